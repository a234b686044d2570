/// Why a `multipart/form-data` body was refused. Malformed input answers 400, a body over a limit 413, a disk
/// failure 500.
public enum MultipartError: Error, Sendable, Equatable, HTTPErrorConvertible {
    /// `Content-Type` is not `multipart/form-data` or has no `boundary` parameter.
    case missingBoundary
    /// The boundary is empty, longer than 70 characters, or has characters RFC 2046 does not allow.
    case invalidBoundary
    /// The body does not start with (after at most a short preamble) a boundary line.
    case missingOpeningBoundary
    /// A boundary line is followed by something other than `--` or a line end.
    case invalidBoundaryLine
    /// A part's header block is longer than the limit.
    case headersTooLong
    /// A part header line has no colon, is folded, or ends with a bare LF.
    case malformedHeader
    /// A part has no `Content-Disposition` header.
    case missingContentDisposition
    /// A part's `Content-Disposition` is not `form-data`.
    case notFormData
    /// A part's `Content-Disposition` has no (or a badly quoted) `name`.
    case missingName
    /// The body ended before the closing boundary.
    case unexpectedEnd
    /// More parts than the limit.
    case tooManyParts
    /// One part is larger than the per-part limit.
    case partTooLarge
    /// The parts together are larger than the total limit.
    case tooLarge
    /// A large part could not be written to its temporary file.
    case temporaryFileFailed(errno: Int32)

    public var httpError: HTTPError {
        switch self {
        case .tooManyParts, .partTooLarge, .tooLarge:
            HTTPError(.contentTooLarge, "The uploaded form is too large.")
        case .temporaryFileFailed(let errno):
            HTTPError(.internalServerError, logDetail: "multipart temporary file failed: errno \(errno)")
        default:
            HTTPError(.badRequest, "The uploaded form is malformed.", logDetail: "multipart: \(self)")
        }
    }
}

/// Limits on a `multipart/form-data` body.
public struct MultipartLimits: Sendable, Equatable {
    /// The most parts.
    public var maximumParts: Int
    /// The largest part body, in bytes.
    public var maximumPartBytes: Int
    /// The largest sum of part bodies, in bytes.
    public var maximumTotalBytes: Int
    /// The longest header block of one part (and the longest preamble), in bytes.
    public var maximumHeaderBytes: Int
    /// Parts larger than this are written to a temporary file instead of kept in memory.
    public var memoryThreshold: Int

    /// Limits; the defaults suit a form with a few document scans.
    public init(
        maximumParts: Int = 50, maximumPartBytes: Int = 10 << 20, maximumTotalBytes: Int = 20 << 20,
        maximumHeaderBytes: Int = 8 << 10, memoryThreshold: Int = 64 << 10
    ) {
        self.maximumParts = maximumParts
        self.maximumPartBytes = maximumPartBytes
        self.maximumTotalBytes = maximumTotalBytes
        self.maximumHeaderBytes = maximumHeaderBytes
        self.memoryThreshold = memoryThreshold
    }
}
