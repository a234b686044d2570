import Foundation

/// One part of a `multipart/form-data` body: a form field or an uploaded file.
public struct MultipartPart: Sendable, Equatable {
    /// Where the part's bytes are.
    public enum Content: Sendable, Equatable {
        /// Small parts, in memory.
        case memory([UInt8])
        /// Parts over the memory threshold, in a temporary file (mode 0600) the caller must remove; see
        /// ``MultipartForm/removeTemporaryFiles()``.
        case file(path: String)
    }

    /// The field name from `Content-Disposition`.
    public let name: String
    /// The file name the browser sent, if this part is a file. Never use it as a path.
    public let filename: String?
    /// The part's `Content-Type`, if given.
    public let contentType: String?
    /// All the part's headers.
    public let headers: HTTPHeaders
    /// The bytes, in memory or on disk.
    public let content: Content
    /// The number of bytes.
    public let size: Int

    /// The bytes, read from disk when the part was written there.
    public func bytes() throws -> [UInt8] {
        switch content {
        case .memory(let bytes): return bytes
        case .file(let path): return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
    }

    /// The bytes as UTF-8 text, or `nil` when they are not UTF-8 (or are on disk and unreadable).
    public var text: String? {
        (try? bytes()).flatMap { String(validating: $0, as: UTF8.self) }
    }
}

/// The parts of a `multipart/form-data` body, in order.
public struct MultipartForm: Sendable, Equatable {
    /// Every part.
    public let parts: [MultipartPart]

    /// The parts.
    public init(parts: [MultipartPart]) {
        self.parts = parts
    }

    /// The first part named `name`.
    public subscript(name: String) -> MultipartPart? {
        parts.first { $0.name == name }
    }

    /// Deletes the temporary files of parts written to disk (call when done with them).
    public func removeTemporaryFiles() {
        for part in parts {
            if case .file(let path) = part.content { unlink(path) }
        }
    }
}

extension HTTPRequest {
    /// The body parsed as `multipart/form-data`. Throws 415 for another content type, 400 for a malformed body,
    /// 413 over `limits`. Parts over the memory threshold are written under `temporaryDirectory` (by default the
    /// system's temporary directory).
    public func multipartForm(
        limits: MultipartLimits = MultipartLimits(), temporaryDirectory: String? = nil
    ) throws(HTTPError) -> MultipartForm {
        guard let type = headers["Content-Type"], MediaType.essence(of: type) == "multipart/form-data" else {
            throw HTTPError(.unsupportedMediaType, "Expected multipart/form-data.")
        }
        do throws(MultipartError) {
            var parser = try MultipartParser(
                contentType: type, limits: limits,
                temporaryDirectory: temporaryDirectory ?? FileManager.default.temporaryDirectory.path)
            // A large upload arrives spooled to disk; it is read in pieces, never whole.
            var failure: MultipartError?
            let read =
                (try? forEachBodyChunk { chunk in
                    guard failure == nil else { return }
                    do throws(MultipartError) { try parser.feed(chunk) } catch { failure = error }
                }) != nil
            if let failure { throw failure }
            if !read { throw MultipartError.unexpectedEnd }  // the spooled body could not be read back
            return MultipartForm(parts: try parser.finish())
        } catch {
            throw error.httpError
        }
    }
}
