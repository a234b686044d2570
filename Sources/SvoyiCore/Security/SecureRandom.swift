internal import CLinux
import Glibc

/// Cryptographically secure random bytes from the kernel, through `getrandom(2)`.
public enum SecureRandom {
    /// `count` random bytes.
    ///
    /// Blocks only until the kernel's pool is first initialised at boot. Retries after `EINTR` and
    /// continues after partial reads. Any other failure means the process cannot produce secrets
    /// safely, so it stops the process, as the standard library's `SystemRandomNumberGenerator` does.
    public static func bytes(_ count: Int) -> [UInt8] {
        precondition(count >= 0, "SecureRandom.bytes needs a non-negative count")
        return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var filled = 0
            while filled < count {
                let result = Int(clinux_getrandom(buffer.baseAddress! + filled, count - filled, 0))
                if result < 0 {
                    let code = errno
                    if code == EINTR { continue }
                    fatalError("getrandom(2) failed with errno \(code)")
                }
                filled += result
            }
            initialized = count
        }
    }

    /// A random token of `bytes` bytes (32 by default, 256 bits) in base64url without padding.
    public static func token(bytes: Int = 32) -> String {
        Base64URL.encode(Self.bytes(bytes))
    }
}
