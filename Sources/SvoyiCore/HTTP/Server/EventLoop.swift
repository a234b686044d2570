internal import CLinux
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Something registered on an event loop that reacts to readiness of its descriptor.
protocol EventLoopHandler: AnyObject {
    /// The descriptor is readable, writable, or hung up (edge-triggered: handle until `EAGAIN`).
    func handle(events: UInt32)
    /// Called about four times a second on the loop's thread, for deadlines.
    func tick(now: UInt64)
}

/// One thread waiting in `epoll_wait`, owning the sockets registered on it. Other threads hand it work with
/// ``execute(_:)``, which wakes it through an `eventfd`.
///
/// `@unchecked Sendable`: everything but the inbox is touched only on the loop's own thread; the inbox is a
/// `Mutex`, and the descriptors are immutable after `init`.
final class EventLoop: @unchecked Sendable {
    let index: Int
    private let epoll: Int32
    private let wakeDescriptor: Int32
    private let inbox = Mutex<[@Sendable () -> Void]>([])
    private var handlers: [Int32: any EventLoopHandler] = [:]
    private var lastTick: UInt64 = 0
    private let stopped = Atomic<Bool>(false)
    private var thread: Thread?
    /// Scratch space for reads, shared by the loop's connections (one read at a time on this thread).
    let readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)

    init(index: Int) throws {
        self.index = index
        epoll = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard epoll >= 0 else { throw HTTPServerError.system("epoll_create1", errno) }
        wakeDescriptor = eventfd(0, Int32(EFD_NONBLOCK | EFD_CLOEXEC))
        guard wakeDescriptor >= 0 else { throw HTTPServerError.system("eventfd", errno) }
        var event = epoll_event()
        clinux_epoll_event_set(&event, EPOLLIN.rawValue, wakeDescriptor)
        guard epoll_ctl(epoll, EPOLL_CTL_ADD, wakeDescriptor, &event) == 0 else {
            throw HTTPServerError.system("epoll_ctl", errno)
        }
    }

    deinit {
        readBuffer.deallocate()
        close(wakeDescriptor)
        close(epoll)
    }

    /// Calls `body` for every registered handler (on the loop's thread).
    func forEachHandler(_ body: (any EventLoopHandler) -> Void) {
        for handler in Array(handlers.values) { body(handler) }
    }

    /// Starts the loop's thread.
    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "svoyi-http-\(index)"
        thread.stackSize = 1 << 20
        self.thread = thread
        thread.start()
    }

    /// Runs `job` on the loop's thread soon. Safe from any thread.
    func execute(_ job: @escaping @Sendable () -> Void) {
        let wasEmpty = inbox.withLock { jobs in
            jobs.append(job)
            return jobs.count == 1
        }
        if wasEmpty { wake() }
    }

    /// Ends the loop after the jobs already queued.
    func stop() {
        stopped.store(true, ordering: .releasing)
        wake()
    }

    private func wake() {
        var one: UInt64 = 1
        _ = write(wakeDescriptor, &one, 8)
    }

    /// Registers a descriptor (on the loop's thread) for edge-triggered input, and output when `writable`.
    /// `exclusive` is for a listening socket shared by all loops: one loop is woken per connection.
    func register(
        _ descriptor: Int32, _ handler: any EventLoopHandler, writable: Bool = false, exclusive: Bool = false
    ) {
        handlers[descriptor] = handler
        var event = epoll_event()
        clinux_epoll_event_set(
            &event, exclusive ? EPOLLIN.rawValue | EPOLLEXCLUSIVE.rawValue : interest(writable), descriptor)
        epoll_ctl(epoll, EPOLL_CTL_ADD, descriptor, &event)
    }

    /// Changes whether output readiness is wanted (after a short write, and back once drained).
    func setWritable(_ descriptor: Int32, _ writable: Bool) {
        var event = epoll_event()
        clinux_epoll_event_set(&event, interest(writable), descriptor)
        epoll_ctl(epoll, EPOLL_CTL_MOD, descriptor, &event)
    }

    /// Forgets a descriptor; the caller closes it.
    func deregister(_ descriptor: Int32) {
        handlers[descriptor] = nil
        epoll_ctl(epoll, EPOLL_CTL_DEL, descriptor, nil)
    }

    var handlerCount: Int { handlers.count }

    private func interest(_ writable: Bool) -> UInt32 {
        EPOLLIN.rawValue | EPOLLRDHUP.rawValue | EPOLLET.rawValue | (writable ? EPOLLOUT.rawValue : 0)
    }

    private func run() {
        let capacity = 256
        let events = UnsafeMutablePointer<epoll_event>.allocate(capacity: capacity)
        defer { events.deallocate() }
        while !stopped.load(ordering: .acquiring) {
            let count = epoll_wait(epoll, events, Int32(capacity), 250)
            if count < 0 && errno != EINTR { break }
            for i in 0..<max(0, Int(count)) {
                let descriptor = clinux_epoll_event_fd(events + i)
                if descriptor == wakeDescriptor {
                    var value: UInt64 = 0
                    _ = read(wakeDescriptor, &value, 8)
                    continue
                }
                handlers[descriptor]?.handle(events: clinux_epoll_event_events(events + i))
            }
            let jobs = inbox.withLock { jobs in
                defer { jobs.removeAll(keepingCapacity: true) }
                return jobs
            }
            for job in jobs { job() }
            let now = DispatchTime.now().uptimeNanoseconds
            if now - lastTick >= 250_000_000 {
                lastTick = now
                for handler in Array(handlers.values) { handler.tick(now: now) }
            }
        }
        for job in inbox.withLock({ $0 }) { job() }
    }
}

/// A failure of the server's own machinery.
public enum HTTPServerError: Error, CustomStringConvertible {
    case system(String, Int32)
    case cannotListen(String)

    public var description: String {
        switch self {
        case .system(let call, let code): "\(call) failed: \(String(cString: strerror(code)))"
        case .cannotListen(let reason): reason
        }
    }
}
