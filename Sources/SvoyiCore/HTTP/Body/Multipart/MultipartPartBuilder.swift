/// The part being read: its headers, then its bytes in memory until they pass the threshold, then on disk.
struct PartBuilder {
    var headers = HTTPHeaders()
    var headerBytes = 0
    private var name = ""
    private var filename: String?
    private var memory: [UInt8] = []
    private var file: TemporaryFile?
    private var size = 0
    private var temporaryDirectory = ""

    /// Adds one `name: value` header line (no folding, no bare CR).
    mutating func addHeader(_ line: ArraySlice<UInt8>) throws(MultipartError) {
        guard let colon = line.firstIndex(of: 58), colon > line.startIndex,
            line.first != 32, line.first != 9, !line.contains(13)
        else { throw .malformedHeader }
        let name = String(decoding: line[..<colon], as: UTF8.self)
        guard name.utf8.allSatisfy(SetCookie.isTokenByte) else { throw .malformedHeader }
        let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingASCIIWhitespace()
        headers.add(name, value)
    }

    /// Checks `Content-Disposition` once the headers are complete.
    mutating func start(temporaryDirectory: String) throws(MultipartError) {
        guard let disposition = headers["Content-Disposition"] else { throw .missingContentDisposition }
        guard MediaType.essence(of: disposition) == "form-data" else { throw .notFormData }
        guard let name = MediaType.parameter("name", in: disposition), !name.isEmpty else { throw .missingName }
        self.name = name
        filename = MediaType.parameter("filename", in: disposition)
        self.temporaryDirectory = temporaryDirectory
    }

    /// Adds body bytes, checking the part and total limits and moving to disk past the threshold.
    mutating func append(
        _ bytes: ArraySlice<UInt8>, limits: MultipartLimits, total: inout Int
    ) throws(MultipartError) {
        guard !bytes.isEmpty else { return }
        size += bytes.count
        total += bytes.count
        guard size <= limits.maximumPartBytes else { throw .partTooLarge }
        guard total <= limits.maximumTotalBytes else { throw .tooLarge }
        if let file {
            try file.write(bytes)
        } else if size > limits.memoryThreshold {
            let file = try TemporaryFile(directory: temporaryDirectory)
            self.file = file
            try file.write(memory)
            try file.write(bytes)
            memory = []
        } else {
            memory.append(contentsOf: bytes)
        }
    }

    /// The finished part (its file, if any, closed).
    func finish() -> MultipartPart {
        let content: MultipartPart.Content
        if let file {
            file.close()
            content = .file(path: file.path)
        } else {
            content = .memory(memory)
        }
        return MultipartPart(
            name: name, filename: filename, contentType: headers["Content-Type"], headers: headers, content: content,
            size: size)
    }

    /// Removes the file of an unfinished part.
    func discard() {
        file?.remove()
    }
}
