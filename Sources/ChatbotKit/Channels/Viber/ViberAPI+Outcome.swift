import Foundation
public import SvoyiCore

extension ViberAPI.Result {
    /// How long to pause after Viber's status 12 ("too many requests"), which names no wait: the broadcast limit
    /// counts 500 requests in 10 seconds.
    public static let tooManyRequestsPause: Duration = .seconds(10)

    /// What the call means for a message to one person.
    public var deliveryOutcome: DeliveryOutcome {
        switch self {
        case .answered(let answer, _):
            return Self.outcome(answer.status, message: answer.statusMessage, token: answer.messageToken)
        case .httpStatus(let code, let retryAfter):
            if code == 429 {
                let wait = retryAfter.flatMap { HTTPRetryAfter.delay($0, now: Date()) } ?? Self.tooManyRequestsPause
                return .retryAfter(wait, detail: "HTTP 429")
            }
            // A 5xx is Viber (or the proxy before it) failing to take the request: nothing was sent.
            if (500...599).contains(code) { return .transient(detail: "HTTP \(code)") }
            return .failed(detail: "HTTP \(code)")
        case .noAnswer(let error):
            switch error.kind {
            case .connection where error.detail != Self.connectionLost:
                // Refused, DNS, TLS: the request never reached Viber.
                return .transient(detail: error.description)
            default:
                // A timeout, a connection lost mid-way, a cut or broken answer: Viber may have sent it.
                return .uncertain(detail: error.description)
            }
        case .unreadable(let detail):
            return .uncertain(detail: detail)
        }
    }

    /// `URLError.networkConnectionLost`: the connection broke after the request may have been written.
    static let connectionLost = "URLError -1005"

    /// The outcome of Viber status `status` for one receiver.
    static func outcome(_ status: ViberStatus, message: String?, token: ViberNumber?) -> DeliveryOutcome {
        let detail = status.description + (message.map { ": \($0)" } ?? "")
        switch status {
        case .ok: return .sent(providerMessageID: token?.digits)
        case .receiverNotSubscribed: return .unreachable(.unsubscribed, detail: detail)
        case .receiverNotRegistered: return .unreachable(.deactivated, detail: detail)
        case .tooManyRequests: return .retryAfter(tooManyRequestsPause, detail: detail)
        default: return .failed(detail: detail)
        }
    }
}
