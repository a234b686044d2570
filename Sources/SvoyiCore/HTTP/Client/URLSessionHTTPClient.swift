public import Foundation
import Synchronization

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An ``HTTPClient`` on Foundation's `URLSession` (libcurl on Linux), with deadlines, retries and a body cap.
///
/// Create one per process (or per upstream service) and keep it: it owns one long-lived `URLSession`
/// without cookies or cache, because short-lived sessions doing HTTPS crash on `deinit` on Linux
/// (swift-corelibs-foundation#5203). Call ``invalidate()`` once at shutdown.
///
/// Each attempt has its own deadline (the request's ``HTTPClientRequest/timeout``) on top of URLSession's
/// idle and resource timeouts. Retries follow ``HTTPRetryPolicy``; redirects are not followed.
public final class URLSessionHTTPClient: HTTPClient {
    /// Waits between attempts; tests pass one that returns at once.
    public typealias Sleeper = @Sendable (Duration) async throws -> Void

    private let session: URLSession
    private let transfers = URLSessionTransfers()
    private let configuration: Configuration
    private let sleep: Sleeper
    private let random: @Sendable () -> Double
    private let now: @Sendable () -> Date
    private let invalidated = Mutex(false)

    /// Creates a client and its session.
    ///
    /// - Parameters:
    ///   - sleep: Waits out a backoff; by default `Task.sleep`.
    ///   - random: Numbers in 0…1 for backoff jitter.
    ///   - now: The current time, for `Retry-After` dates.
    public init(
        configuration: Configuration = Configuration(),
        sleep: @escaping Sleeper = { try await Task.sleep(for: $0) },
        random: @escaping @Sendable () -> Double = { Double.random(in: 0...1) },
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.configuration = configuration
        self.sleep = sleep
        self.random = random
        self.now = now
        let settings = URLSessionConfiguration.ephemeral
        settings.timeoutIntervalForRequest = configuration.idleTimeout.urlSessionTimeout
        settings.timeoutIntervalForResource = configuration.resourceTimeout.urlSessionTimeout
        settings.httpCookieAcceptPolicy = .never
        settings.httpShouldSetCookies = false
        settings.httpCookieStorage = nil
        settings.urlCache = nil
        settings.requestCachePolicy = .reloadIgnoringLocalCacheData
        settings.httpMaximumConnectionsPerHost = configuration.maxConnectionsPerHost
        let queue = OperationQueue()
        queue.name = "svoyi.http-client"
        queue.maxConcurrentOperationCount = 1
        session = URLSession(configuration: settings, delegate: transfers, delegateQueue: queue)
    }

    /// Sends `request`, retrying idempotent ones as ``Configuration/retry`` allows.
    public func send(_ request: HTTPClientRequest) async throws -> HTTPClientResponse {
        var attempt = 1
        while true {
            let result = await perform(request)
            let outcome: HTTPRetryPolicy.Outcome =
                switch result {
                case .success(let response):
                    .response(statusCode: response.statusCode, retryAfter: response.headers["Retry-After"])
                case .failure(let failure): .failure(failure.kind)
                }
            let decision = configuration.retry.decision(
                after: outcome, attempt: attempt, isIdempotent: request.isIdempotent, now: now(), jitter: random())
            switch (decision, result) {
            case (.stop, .success(let response)):
                return response
            case (.stop, .failure(let failure)):
                throw error(failure, request, attempts: attempt)
            case (.retry(let wait), _):
                do { try await sleep(wait) } catch {
                    throw self.error(TransferFailure(kind: .cancelled, detail: nil), request, attempts: attempt)
                }
                attempt += 1
            }
        }
    }

    /// Cancels transfers in flight and releases the session; later calls to ``send(_:)`` throw `cancelled`.
    public func invalidate() {
        let first = invalidated.withLock { flag in
            defer { flag = true }
            return !flag
        }
        if first { session.invalidateAndCancel() }
    }

    /// One attempt, bounded by the request's deadline and by cancellation of the calling task.
    private func perform(_ request: HTTPClientRequest) async -> Result<HTTPClientResponse, TransferFailure> {
        guard request.url.scheme == "http" || request.url.scheme == "https", request.url.host != nil else {
            return .failure(TransferFailure(kind: .connection, detail: "not an absolute http(s) URL"))
        }
        guard !Task.isCancelled else { return .failure(TransferFailure(kind: .cancelled, detail: nil)) }
        guard !invalidated.withLock({ $0 }) else {
            return .failure(TransferFailure(kind: .cancelled, detail: "client invalidated"))
        }
        let task = session.dataTask(with: urlRequest(for: request))
        let id = task.taskIdentifier
        let transfers = self.transfers
        do {
            return .success(
                try await withTaskCancellationHandler {
                    try await withCheckedThrowingContinuation { continuation in
                        transfers.start(
                            task, limit: configuration.maxResponseBytes, timeout: request.timeout,
                            continuation: continuation)
                        if Task.isCancelled {
                            transfers.finish(id, .failure(TransferFailure(kind: .cancelled, detail: nil)))
                        }
                    }
                } onCancel: {
                    transfers.finish(id, .failure(TransferFailure(kind: .cancelled, detail: nil)))
                })
        } catch let failure as TransferFailure {
            return .failure(failure)
        } catch {
            return .failure(TransferFailure(kind: .connection, detail: nil))
        }
    }

    private func urlRequest(for request: HTTPClientRequest) -> URLRequest {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method.description
        // URLSession's own timer as a backstop; the precise per-attempt deadline is the transfer's.
        urlRequest.timeoutInterval = min(request.timeout, configuration.idleTimeout).urlSessionTimeout
        urlRequest.cachePolicy = .reloadIgnoringLocalCacheData
        urlRequest.httpShouldHandleCookies = false
        for field in request.headers { urlRequest.addValue(field.value, forHTTPHeaderField: field.name) }
        if !request.headers.contains("User-Agent") {
            urlRequest.setValue(configuration.userAgent, forHTTPHeaderField: "User-Agent")
        }
        if !request.body.isEmpty { urlRequest.httpBody = Data(request.body) }
        return urlRequest
    }

    private func error(_ failure: TransferFailure, _ request: HTTPClientRequest, attempts: Int) -> HTTPClientError {
        HTTPClientError(
            failure.kind, method: request.method, url: request.url, attempts: attempts, detail: failure.detail)
    }
}
