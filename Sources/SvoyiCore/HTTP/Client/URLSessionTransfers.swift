import Foundation
import Synchronization

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Why a single transfer ended without a response; the client turns it into an ``HTTPClientError``.
struct TransferFailure: Error {
    var kind: HTTPClientError.Kind
    var detail: String?
}

/// The delegate of a ``URLSessionHTTPClient``'s session: collects each task's response head and body,
/// enforces the body cap while bytes arrive, and resumes the waiting caller exactly once — on completion,
/// on its deadline, or on cancellation, whichever comes first.
final class URLSessionTransfers: NSObject, URLSessionDataDelegate, Sendable {
    /// One transfer in flight.
    private struct Transfer {
        /// Cancelled (outside the lock) when the transfer fails or its caller gives up.
        var task: URLSessionDataTask
        var continuation: CheckedContinuation<HTTPClientResponse, any Error>
        var limit: Int
        var head: (statusCode: Int, headers: HTTPHeaders)?
        var body: [UInt8] = []
        var deadline: Task<Void, Never>?
    }

    private let transfers = Mutex<[Int: Transfer]>([:])

    /// Starts `task`, resuming `continuation` when it ends or after `timeout`, whichever is first.
    func start(
        _ task: URLSessionDataTask, limit: Int, timeout: Duration,
        continuation: CheckedContinuation<HTTPClientResponse, any Error>
    ) {
        let id = task.taskIdentifier
        transfers.withLock { $0[id] = Transfer(task: task, continuation: continuation, limit: limit) }
        let deadline = Task { [weak self] in
            do { try await Task.sleep(for: timeout) } catch { return }
            self?.finish(id, .failure(TransferFailure(kind: .timeout, detail: "deadline \(timeout)")))
        }
        let running = transfers.withLock { transfers in
            transfers[id]?.deadline = deadline
            return transfers[id] != nil
        }
        if running { task.resume() } else { deadline.cancel() }
    }

    /// Ends transfer `id` with `result` unless it has already ended; cancels the URLSession task on failure.
    func finish(_ id: Int, _ result: Result<HTTPClientResponse, TransferFailure>) {
        guard let transfer = transfers.withLock({ $0.removeValue(forKey: id) }) else { return }
        transfer.deadline?.cancel()
        if case .failure = result { transfer.task.cancel() }
        transfer.continuation.resume(with: result.mapError { $0 })
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let id = dataTask.taskIdentifier
        guard let http = response as? HTTPURLResponse else {
            completionHandler(.cancel)
            return finish(id, .failure(TransferFailure(kind: .invalidResponse, detail: "not an HTTP response")))
        }
        let declared = http.expectedContentLength
        let tooLarge: Int? = transfers.withLock { transfers in
            guard let limit = transfers[id]?.limit else { return nil }
            if declared > Int64(limit) { return limit }
            transfers[id]?.head = (http.statusCode, Self.headers(of: http))
            transfers[id]?.body.reserveCapacity(declared > 0 ? Int(declared) : 0)
            return nil
        }
        if let limit = tooLarge {
            completionHandler(.cancel)
            return finish(id, .failure(TransferFailure(kind: .tooLarge, detail: "Content-Length over \(limit) bytes")))
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let id = dataTask.taskIdentifier
        let overLimit: Int? = transfers.withLock { transfers in
            guard let transfer = transfers[id] else { return nil }
            if transfer.body.count + data.count > transfer.limit { return transfer.limit }
            transfers[id]?.body.append(contentsOf: data)
            return nil
        }
        if let limit = overLimit {
            finish(id, .failure(TransferFailure(kind: .tooLarge, detail: "body over \(limit) bytes")))
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let id = task.taskIdentifier
        if let error {
            return finish(id, .failure(Self.failure(for: error)))
        }
        let response: HTTPClientResponse? = transfers.withLock { transfers in
            guard let transfer = transfers[id], let head = transfer.head else { return nil }
            return HTTPClientResponse(statusCode: head.statusCode, headers: head.headers, body: transfer.body)
        }
        finish(id, response.map { .success($0) } ?? .failure(TransferFailure(kind: .invalidResponse, detail: nil)))
    }

    /// Redirects are not followed: the caller gets the 3xx, and credentials never travel to another host.
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    /// Header fields of `response`, sorted by name (URLSession hands them over as an unordered dictionary).
    private static func headers(of response: HTTPURLResponse) -> HTTPHeaders {
        let pairs = response.allHeaderFields.compactMap { name, value -> (String, String)? in
            guard let name = name as? String else { return nil }
            return (name, value as? String ?? "\(value)")
        }
        return HTTPHeaders(pairs.sorted { $0.0.lowercased() < $1.0.lowercased() })
    }

    /// Maps URLSession's error to a kind; only the numeric code is kept, since its text can quote the URL.
    private static func failure(for error: any Error) -> TransferFailure {
        guard let error = error as? URLError else { return TransferFailure(kind: .connection, detail: nil) }
        let detail = "URLError \(error.code.rawValue)"
        switch error.code {
        case .timedOut: return TransferFailure(kind: .timeout, detail: detail)
        case .cancelled: return TransferFailure(kind: .cancelled, detail: detail)
        case .badServerResponse, .cannotParseResponse, .cannotDecodeRawData, .cannotDecodeContentData:
            return TransferFailure(kind: .invalidResponse, detail: detail)
        case .dataLengthExceedsMaximum: return TransferFailure(kind: .tooLarge, detail: detail)
        default: return TransferFailure(kind: .connection, detail: detail)
        }
    }
}
