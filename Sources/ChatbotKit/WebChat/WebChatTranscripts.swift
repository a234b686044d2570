import SvoyiCore
import Synchronization

/// The last lines of each browser's conversation, for redrawing the `/chat` page without JavaScript. Kept in memory
/// (bounded), since the conversation itself is in the database: after a restart the page starts from the bot's next
/// answer.
final class WebChatTranscripts: Sendable {
    /// One line: who said it and what.
    struct Line: Sendable, Hashable {
        let fromResident: Bool
        let message: BotMessage
    }

    private let lines = Mutex<[String: [Line]]>([:])
    private let order = Mutex<[String]>([])
    let linesPerSession: Int
    let sessions: Int

    init(linesPerSession: Int = 30, sessions: Int = 5_000) {
        self.linesPerSession = linesPerSession
        self.sessions = sessions
    }

    func append(_ new: [Line], to session: String) {
        lines.withLock { all in
            if all[session] == nil {
                order.withLock { order in
                    order.append(session)
                    if order.count > sessions {
                        let dropped = order.removeFirst()
                        all[dropped] = nil
                    }
                }
            }
            all[session, default: []].append(contentsOf: new)
            if let count = all[session]?.count, count > linesPerSession {
                all[session]?.removeFirst(count - linesPerSession)
            }
        }
    }

    func lines(of session: String) -> [Line] {
        lines.withLock { $0[session] ?? [] }
    }
}
