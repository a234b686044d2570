import Foundation
import Synchronization

/// A task executor of its own threads for the fake APIs' request handlers (``SvoyiCore/HTTPServerConfiguration``'s
/// `handlerExecutor`).
///
/// Swift Testing starts every test of the process at once, and on a two-core machine the two threads of the
/// cooperative pool then have minutes of queued work. A fake's answer queued behind it would arrive after the
/// client's timeout, although the fake has nothing to wait for; on these threads it answers at once.
public final class FakeServerExecutor: TaskExecutor, @unchecked Sendable {
    /// The executor every fake shares: two threads, started on first use and kept for the life of the process.
    public static let shared = FakeServerExecutor(threads: 2, name: "fake-api")

    private let jobs = Mutex<[UnownedJob]>([])
    private let available: DispatchSemaphore

    init(threads: Int, name: String) {
        available = DispatchSemaphore(value: 0)
        for index in 0..<threads {
            let thread = Thread { [self] in
                while true {
                    available.wait()
                    guard let job = jobs.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) else { continue }
                    job.runSynchronously(on: asUnownedTaskExecutor())
                }
            }
            thread.name = "\(name)-\(index)"
            thread.start()
        }
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        jobs.withLock { $0.append(job) }
        available.signal()
    }
}
