/// Lowercase hex of `bytes`, for comparing digests with published vectors.
func cryptoHex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    return String(decoding: bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
}

/// The ASCII bytes of `text`.
func cryptoASCII(_ text: String) -> [UInt8] {
    Array(text.utf8)
}
