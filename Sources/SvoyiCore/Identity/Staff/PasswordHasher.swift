import Dispatch
import Synchronization

/// Hashes and checks staff passwords with PBKDF2-HMAC-SHA256 (OWASP: at least 600,000 iterations) and a 128-bit
/// salt, in the text form `pbkdf2-sha256$<iterations>$<salt>$<hash>` (base64url), so the iteration count can grow
/// without invalidating stored hashes.
///
/// A hash takes a few hundred milliseconds of CPU by design, so the work runs on two dedicated serial dispatch
/// queues taken in turn (at most two hashes at once), never on the cooperative pool that serves requests.
public struct PasswordHasher: Sendable {
    /// The iterations new hashes use: 600,000 (OWASP's figure for PBKDF2-HMAC-SHA256).
    public static let recommendedIterations = 600_000

    /// Iterations for new hashes. Tests may lower it; stored hashes keep their own count.
    public let iterations: Int

    /// Two serial queues, used in turn: at most two hashes run at once and no thread ever waits on a lock.
    private static let queues = [
        DispatchQueue(label: "svoyi.password-hashing.1", qos: .userInitiated),
        DispatchQueue(label: "svoyi.password-hashing.2", qos: .userInitiated),
    ]
    private static let turn = Atomic<Int>(0)

    public init(iterations: Int = PasswordHasher.recommendedIterations) {
        precondition(iterations >= 1)
        self.iterations = iterations
    }

    /// A new hash of `password` with a fresh salt.
    public func hash(_ password: String) async -> String {
        let iterations = self.iterations
        return await Self.offload {
            let salt = SecureRandom.bytes(16)
            let key = PBKDF2.sha256(password: password.utf8, salt: salt, iterations: iterations, keyLength: 32)
            return "pbkdf2-sha256$\(iterations)$\(Base64URL.encode(salt))$\(Base64URL.encode(key))"
        }
    }

    /// Whether `password` matches `encoded`; `false` for anything that is not a hash this type wrote.
    public func verify(_ password: String, against encoded: String) async -> Bool {
        guard let parsed = Self.parse(encoded) else { return false }
        return await Self.offload {
            let key = PBKDF2.sha256(
                password: password.utf8, salt: parsed.salt, iterations: parsed.iterations,
                keyLength: parsed.key.count)
            return ConstantTime.equals(key, parsed.key)
        }
    }

    /// Spends the time of one verification without a stored hash, so an unknown login answers as slowly as a
    /// known one.
    public func verifyNothing(_ password: String) async {
        let iterations = self.iterations
        _ = await Self.offload {
            PBKDF2.sha256(
                password: password.utf8, salt: [UInt8](repeating: 0, count: 16), iterations: iterations, keyLength: 32)
        }
    }

    /// Whether `encoded` was made with fewer iterations than this hasher uses now.
    public func needsRehash(_ encoded: String) -> Bool {
        (Self.parse(encoded)?.iterations ?? 0) < iterations
    }

    /// The iteration count of a stored hash.
    public static func iterations(of encoded: String) -> Int? { parse(encoded)?.iterations }

    private static func parse(_ encoded: String) -> (iterations: Int, salt: [UInt8], key: [UInt8])? {
        let parts = encoded.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "pbkdf2-sha256", let iterations = Int(parts[1]),
            (1...10_000_000).contains(iterations), let salt = try? Base64URL.decode(String(parts[2])),
            let key = try? Base64URL.decode(String(parts[3])), salt.count >= 8, key.count >= 16
        else { return nil }
        return (iterations, salt, key)
    }

    private static func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        let index = turn.add(1, ordering: .relaxed).newValue & 1
        return await withCheckedContinuation { continuation in
            queues[index].async { continuation.resume(returning: work()) }
        }
    }
}
