import Foundation
import SvoyiCore

/// The JSON shapes of `/api/v1/push` (documented in `docs/openapi.yaml`).
enum PushAPICoding {
    /// Ukrainian text with optional English.
    struct Text: Codable, Sendable {
        var uk: String
        var en: String?

        init(_ text: LocalizedText) {
            uk = text.uk
            en = text.en
        }

        var localized: LocalizedText { LocalizedText(uk: uk, en: en) }
    }

    struct Link: Codable, Sendable {
        var url: String
        var title: Text?
    }

    struct Location: Codable, Sendable {
        var latitude: Double
        var longitude: Double
        var name: Text
    }

    struct Audience: Codable, Sendable {
        /// `everyone`, `settlements`, `districts` (and `resident` in answers, for a module's notification).
        var kind: String
        /// КАТОТТГ codes of settlements, or starosta district codes.
        var codes: [String]?
    }

    struct Emergency: Decodable, Sendable {
        /// `air-raid`, `danger`, `all-clear`.
        var kind: String
        var details: Text?
        var sheltersUrl: String?
    }

    /// `POST /api/v1/push`.
    struct SendRequest: Decodable, Sendable {
        var topic: String?
        var text: Text?
        var link: Link?
        var location: Location?
        var audience: Audience?
        /// RFC 3339 with an offset (`2026-03-29T09:30:00+03:00`); absent sends now.
        var scheduledAt: String?
        var emergency: Emergency?
    }

    /// Deliveries by state.
    struct Counts: Encodable, Sendable {
        var queued, sending, sent, failed, blocked, uncertain, cancelled, total: Int

        init(_ stats: NotifyDeliveryStats) {
            queued = stats[.queued]
            sending = stats[.sending]
            sent = stats[.sent]
            failed = stats[.failed]
            blocked = stats[.blocked]
            uncertain = stats[.uncertain]
            cancelled = stats[.cancelled]
            total = stats.total
        }
    }

    /// Deliveries a messenger reported on the person's phone, and seen.
    struct Receipts: Encodable, Sendable {
        var delivered: Int
        var seen: Int
    }

    /// A message as the API answers it.
    struct Message: Encodable, Sendable {
        var id: Int64
        var state: String
        var priority: String
        var topic: String
        var text: Text
        var link: Link?
        var location: Location?
        var audience: Audience
        var scheduledAt: String
        var createdAt: String
        var finishedAt: String?
        var createdBy: String
        var idempotencyKey: String?
        var counts: Counts
        /// What messengers reported after accepting deliveries (Viber only; Telegram sends no receipts).
        var receipts: Receipts

        init(_ message: NotifyMessage) {
            id = message.id
            state = message.state.rawValue
            priority = message.priority.rawValue
            topic = message.topic.key
            text = Text(message.text)
            link = message.link.map { Link(url: $0.url, title: Text($0.title)) }
            location = message.location.map {
                Location(latitude: $0.latitude, longitude: $0.longitude, name: Text($0.name))
            }
            let codes = message.audience.codes
            audience = Audience(kind: message.audience.kind, codes: codes.isEmpty ? nil : codes)
            scheduledAt = ISO8601Milliseconds.format(message.scheduledAt)
            createdAt = ISO8601Milliseconds.format(message.createdAt)
            finishedAt = message.finishedAt.map(ISO8601Milliseconds.format)
            createdBy = message.createdBy.description
            idempotencyKey = message.idempotencyKey
            counts = Counts(message.stats)
            receipts = Receipts(delivered: message.stats.delivered, seen: message.stats.seen)
        }
    }

    struct Page: Encodable, Sendable {
        var items: [Message]
        /// Pass as `before` for the next (older) page; absent on the last page.
        var nextBefore: Int64?
    }

    /// What `POST /api/v1/push/{id}/resend-uncertain` answers.
    struct Resent: Encodable, Sendable {
        /// How many uncertain deliveries were queued again.
        var requeued: Int
        var message: Message
    }

    /// The emergency kinds as the API and the command line spell them.
    static let emergencyKinds: [String: NotifyEmergencyKind] = [
        "air-raid": .airRaid, "danger": .danger, "all-clear": .allClear,
    ]

    /// An RFC 3339 date-time with an offset, with or without fractions of a second.
    static func parseTimestamp(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    /// The request field a refusal of the outbox is about.
    static func field(for error: NotifyError, emergency: Bool) -> String {
        switch error {
        case .unknownTopic: "topic"
        case .emptyText, .textTooLong: emergency ? "emergency.details" : "text"
        case .invalidLink: emergency ? "emergency.sheltersUrl" : "link"
        case .invalidLocation: "location"
        case .emptyAudience, .unknownSettlements, .unknownDistricts: "audience.codes"
        case .scheduledInPast, .scheduledTooFar: "scheduledAt"
        case .invalidIdempotencyKey: "Idempotency-Key"
        default: "(body)"
        }
    }
}
