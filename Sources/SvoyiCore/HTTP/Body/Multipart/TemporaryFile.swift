import Glibc

/// A file created with `mkstemp` (mode 0600) and written through its descriptor; the descriptor is closed in
/// `deinit` at the latest.
final class TemporaryFile {
    let path: String
    private var descriptor: Int32

    /// Creates `svoyi-upload-XXXXXX` in `directory`.
    init(directory: String) throws(MultipartError) {
        var template = Array((directory + "/svoyi-upload-XXXXXX").utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { throw .temporaryFileFailed(errno: errno) }
        descriptor = fd
        path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Writes all of `bytes`, retrying short writes and `EINTR`.
    func write(_ bytes: some Collection<UInt8>) throws(MultipartError) {
        let array = Array(bytes)
        var offset = 0
        while offset < array.count {
            let written = array.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, array.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw .temporaryFileFailed(errno: errno)
            }
            offset += written
        }
    }

    /// Closes the descriptor (the file stays).
    func close() {
        if descriptor >= 0 { _ = Glibc.close(descriptor) }
        descriptor = -1
    }

    /// Closes and deletes the file.
    func remove() {
        close()
        unlink(path)
    }

    deinit {
        close()
    }
}
