import Foundation
import Glibc

/// Serves the files under one directory: `router.get("/static/{path*}", files.handler())`.
///
/// A file is served only when every segment of its path is non-empty, does not start with `.` (no dotfiles, no
/// `..`) and has no `/`, `\` or NUL, and when its real path, symlinks resolved, is a regular file inside the
/// root — so neither an encoded `..%2F` nor a symlink leads out. Refusals are 404, the same as a missing file.
///
/// Responses carry `Content-Type` by extension, `Last-Modified`, an `ETag` from size and modification time, and
/// `Cache-Control` from ``cacheControl``; a matching `If-None-Match` answers 304 without a body. Files over
/// ``streamingThreshold`` are streamed in chunks.
public struct StaticFiles: Sendable {
    /// The root directory, as a real path.
    public let root: String
    /// The `Cache-Control` value for a path relative to the root.
    public var cacheControl: @Sendable (String) -> String
    /// Files larger than this many bytes are streamed.
    public var streamingThreshold: Int

    /// Files under `root`; throws when it is not a directory.
    public init(
        root: String, cacheControl: @escaping @Sendable (String) -> String = StaticFiles.defaultCacheControl,
        streamingThreshold: Int = 1 << 20
    ) throws {
        guard let resolved = Self.realPath(root), Self.isDirectory(resolved) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: root])
        }
        self.root = resolved
        self.cacheControl = cacheControl
        self.streamingThreshold = streamingThreshold
    }

    /// A year and `immutable` for fingerprinted names (a dot-separated part of 8 or more hex digits, as in
    /// `app.3f9a1c2b.js`); `no-cache` (use, but revalidate with the ETag) for everything else.
    public static func defaultCacheControl(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        let parts = name.split(separator: ".")
        let fingerprinted = parts.dropFirst().dropLast().contains { $0.count >= 8 && $0.allSatisfy(\.isHexDigit) }
        return fingerprinted ? "public, max-age=31536000, immutable" : "no-cache"
    }

    /// A handler serving the segments of the route's rest capture `parameter`.
    public func handler(parameter: String = "path") -> RouteHandler {
        { request, context in try self.response(for: context.parameters.segments(parameter), request: request) }
    }

    /// The response for the file at `segments` under the root.
    public func response(for segments: [String], request: HTTPRequest) throws(HTTPError) -> HTTPResponse {
        guard !segments.isEmpty, segments.allSatisfy(Self.isServable) else { throw HTTPError(.notFound) }
        let relative = segments.joined(separator: "/")
        guard let resolved = Self.realPath(root + "/" + relative), resolved.hasPrefix(root + "/"),
            resolved.dropFirst(root.count + 1).split(separator: "/").allSatisfy({ !$0.hasPrefix(".") })
        else { throw HTTPError(.notFound) }
        let descriptor = open(resolved, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw HTTPError(.notFound) }
        let file = FileChunks(descriptor: descriptor)  // closes the descriptor when released
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { throw HTTPError(.notFound) }
        let size = Int(info.st_size)
        let etag =
            "\"\(String(size, radix: 16))-\(String(info.st_mtim.tv_sec, radix: 16))-"
            + "\(String(info.st_mtim.tv_nsec, radix: 16))\""
        var headers = HTTPHeaders([
            ("ETag", etag),
            ("Last-Modified", HTTPDate.format(Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec)))),
            ("Cache-Control", cacheControl(relative)),
        ])
        if let condition = request.headers["If-None-Match"], Self.matches(condition, etag) {
            return HTTPResponse(status: .notModified, headers: headers)
        }
        headers.add("Content-Type", ContentTypes.forFile(resolved))
        if size > streamingThreshold || request.method == .head {
            return HTTPResponse(headers: headers, body: request.method == .head ? .bytes([]) : .stream(file.stream))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        while let chunk = file.next() { bytes += chunk }
        return HTTPResponse(headers: headers, body: .bytes(bytes))
    }

    /// Whether `If-None-Match` names `etag` (weak comparison, RFC 9110 §13.1.2) or is `*`.
    static func matches(_ condition: String, _ etag: String) -> Bool {
        condition.split(separator: ",").contains { item in
            let tag = item.trimmingASCIIWhitespace()
            return tag == "*" || tag == etag || tag == "W/" + etag
        }
    }

    static func isServable(_ segment: String) -> Bool {
        !segment.isEmpty && !segment.hasPrefix(".") && !segment.contains("/") && !segment.contains("\\")
            && !segment.contains("\0")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
