import Synchronization

/// Tells the delivery workers of this process that deliveries may be ready to send: rung after an expansion batch
/// commits, after staff resend uncertain deliveries, after a message is cancelled. A ring wakes every listener;
/// one that finds nothing to do goes back to sleep, so a ring is never wrong, only sometimes unneeded.
final class NotifyBell: Sendable {
    /// The process's bell.
    static let shared = NotifyBell()

    private let listeners = Mutex<[ObjectIdentifier: WakeSignal]>([:])

    /// Wakes every listener.
    func ring() {
        let signals = listeners.withLock { Array($0.values) }
        for signal in signals { signal.signal() }
    }

    /// Adds `signal` to the listeners until ``stopListening(_:)``.
    func listen(_ signal: WakeSignal) {
        listeners.withLock { $0[ObjectIdentifier(signal)] = signal }
    }

    func stopListening(_ signal: WakeSignal) {
        _ = listeners.withLock { $0.removeValue(forKey: ObjectIdentifier(signal)) }
    }
}
