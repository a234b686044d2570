/// Authenticated encryption for small secrets kept in the database (TOTP seeds), with a key kept outside it.
///
/// The construction uses only primitives verified here against published vectors: HMAC-SHA256 in counter mode
/// as the keystream (a PRF-based stream cipher) and encrypt-then-MAC with a separate HMAC-SHA256 key, both keys
/// derived from the one 32-byte master key. Each seal draws a fresh 128-bit nonce. `context` binds a sealed value
/// to where it belongs (`staff:12:totp`), so a value copied to another row does not open.
///
/// ```swift
/// let box = SecretBox(key: try DataDirectory(path: "svoyi-data").secretKey())
/// let sealed = box.seal(secret, context: "staff:12:totp")
/// let opened = try box.open(sealed, context: "staff:12:totp")
/// ```
public struct SecretBox: Sendable {
    /// Why a sealed value did not open.
    public enum OpenError: Error, Equatable, Sendable {
        /// Too short, or an unknown format version.
        case malformed
        /// The tag does not match: another key, another context, or altered bytes.
        case authenticationFailed
    }

    static let version: UInt8 = 1
    static let nonceLength = 16
    static let tagLength = 32

    private let encryptionKey: [UInt8]
    private let authenticationKey: [UInt8]

    /// A box with a 32-byte master key.
    public init(key: [UInt8]) {
        precondition(key.count == 32, "a SecretBox key is 32 bytes")
        encryptionKey = HMAC<SHA256>.authenticationCode(for: Array("svoyi secretbox encryption".utf8), key: key)
        authenticationKey = HMAC<SHA256>.authenticationCode(
            for: Array("svoyi secretbox authentication".utf8), key: key)
    }

    /// `plaintext` encrypted and authenticated: version, nonce, ciphertext, tag.
    public func seal(_ plaintext: [UInt8], context: String) -> [UInt8] {
        seal(plaintext, context: context, nonce: SecureRandom.bytes(Self.nonceLength))
    }

    func seal(_ plaintext: [UInt8], context: String, nonce: [UInt8]) -> [UInt8] {
        let ciphertext = xorKeystream(plaintext, nonce: nonce)
        let head = [Self.version] + nonce
        return head + ciphertext + tag(head + ciphertext, context: context)
    }

    /// The plaintext of a value made by ``seal(_:context:)`` with the same key and context.
    public func open(_ sealed: [UInt8], context: String) throws(OpenError) -> [UInt8] {
        let minimum = 1 + Self.nonceLength + Self.tagLength
        guard sealed.count >= minimum, sealed[0] == Self.version else { throw .malformed }
        let body = Array(sealed[..<(sealed.count - Self.tagLength)])
        let given = Array(sealed[(sealed.count - Self.tagLength)...])
        guard ConstantTime.equals(tag(body, context: context), given) else { throw .authenticationFailed }
        let nonce = Array(body[1...Self.nonceLength])
        return xorKeystream(Array(body[(1 + Self.nonceLength)...]), nonce: nonce)
    }

    private func tag(_ body: [UInt8], context: String) -> [UInt8] {
        var mac = HMAC<SHA256>(key: authenticationKey)
        let contextBytes = Array(context.utf8)
        mac.update(bigEndian(UInt32(contextBytes.count)))
        mac.update(contextBytes)
        mac.update(body)
        return mac.finalize()
    }

    private func xorKeystream(_ input: [UInt8], nonce: [UInt8]) -> [UInt8] {
        var output = input
        var counter: UInt32 = 0
        var offset = 0
        while offset < output.count {
            let block = HMAC<SHA256>.authenticationCode(for: nonce + bigEndian(counter), key: encryptionKey)
            for index in 0..<min(block.count, output.count - offset) { output[offset + index] ^= block[index] }
            offset += block.count
            counter += 1
        }
        return output
    }

    private func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xff), UInt8((value >> 8) & 0xff), UInt8(value & 0xff)]
    }
}
