import SvoyiCore
import Synchronization

/// The test chats' transcripts, for redrawing the page without JavaScript, and the version each was started on:
/// opening the chat on another version starts it afresh. Kept in memory (the conversation state itself is in the
/// database under the staff member's own key); a restart of the server starts test chats again.
final class DialogueTryOuts: Sendable {
    struct Session: Sendable {
        var version: Int
        var lines: [WebChatTranscripts.Line]
    }

    private let sessions = Mutex<[String: Session]>([:])
    /// Lines kept per test chat.
    let linesPerSession: Int

    init(linesPerSession: Int = 60) {
        self.linesPerSession = linesPerSession
    }

    /// The version the test chat `key` runs, if it was started.
    func version(of key: String) -> Int? {
        sessions.withLock { $0[key]?.version }
    }

    /// Starts (or starts again) test chat `key` on `version` with its first lines.
    func start(_ key: String, version: Int, lines: [WebChatTranscripts.Line]) {
        sessions.withLock { $0[key] = Session(version: version, lines: Array(lines.suffix(linesPerSession))) }
    }

    /// Adds lines to a started test chat.
    func append(_ lines: [WebChatTranscripts.Line], to key: String) {
        sessions.withLock { all in
            guard var session = all[key] else { return }
            session.lines.append(contentsOf: lines)
            if session.lines.count > linesPerSession {
                session.lines.removeFirst(session.lines.count - linesPerSession)
            }
            all[key] = session
        }
    }

    /// The lines of test chat `key`.
    func lines(of key: String) -> [WebChatTranscripts.Line] {
        sessions.withLock { $0[key]?.lines ?? [] }
    }
}
