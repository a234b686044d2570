// Prints SHA-256 throughput over 64 MiB against `sha256sum` on the same bytes in a file, and PBKDF2-HMAC-SHA256
// with 600,000 iterations against Python's `hashlib.pbkdf2_hmac` (OpenSSL), in the same run. Each figure is the
// best of `BENCH_ROUNDS` (default 5). Ratio = Svoyi speed / peer speed; target ≥ 0.5.
import Foundation
import SvoyiCore

let rounds = Int(ProcessInfo.processInfo.environment["BENCH_ROUNDS"] ?? "") ?? 5
let byteCount = 64 << 20
let iterations = 600_000

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Runs `executable` with `arguments` and returns its standard output; stops the benchmark if it fails.
func run(_ executable: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [executable] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { fatalError("\(executable) exited with \(process.terminationStatus)") }
    return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
}

// Deterministic pseudo-random data (xorshift64), so that runs are comparable.
var state: UInt64 = 0x9E37_79B9_7F4A_7C15
let data = [UInt8](unsafeUninitializedCapacity: byteCount) { buffer, count in
    let raw = UnsafeMutableRawBufferPointer(buffer)
    for offset in stride(from: 0, to: byteCount, by: 8) {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        raw.storeBytes(of: state, toByteOffset: offset, as: UInt64.self)
    }
    count = byteCount
}
let file = FileManager.default.temporaryDirectory.appendingPathComponent("svoyi-crypto-bench-\(getpid()).bin")
try Data(data).write(to: file)
defer { try? FileManager.default.removeItem(at: file) }

// SHA-256 throughput.
var svoyiDigest: [UInt8] = []
var svoyiHash = Double.infinity
var peerHash = Double.infinity
var peerDigest = ""
for _ in 0..<rounds {
    svoyiHash = min(svoyiHash, seconds { svoyiDigest = SHA256.hash(data) })
    peerHash = min(peerHash, try seconds { peerDigest = try run("sha256sum", [file.path]) })
}
precondition(peerDigest.hasPrefix(hex(svoyiDigest)), "SHA-256 digests differ: \(peerDigest) vs \(hex(svoyiDigest))")
let megabytes = Double(byteCount) / 1_048_576
print("SHA-256, 64 MiB (best of \(rounds))")
print(String(format: "  Svoyi SHA256.hash      %8.1f MB/s  (%.1f ms)", megabytes / svoyiHash, svoyiHash * 1000))
print(String(format: "  sha256sum (file, proc) %8.1f MB/s  (%.1f ms)", megabytes / peerHash, peerHash * 1000))
print(String(format: "  ratio                  %8.2f", peerHash / svoyiHash))

// PBKDF2-HMAC-SHA256, 600,000 iterations, 32-byte key.
var svoyiKey: [UInt8] = []
var svoyiKDF = Double.infinity
for _ in 0..<rounds {
    svoyiKDF = min(
        svoyiKDF,
        seconds {
            svoyiKey = PBKDF2.sha256(
                password: "correct horse battery staple".utf8, salt: "hromada-salt".utf8, iterations: iterations,
                keyLength: 32)
        })
}
let python = """
    import hashlib, time
    best = float("inf")
    for _ in range(\(rounds)):
        start = time.perf_counter()
        key = hashlib.pbkdf2_hmac("sha256", b"correct horse battery staple", b"hromada-salt", \(iterations), 32)
        best = min(best, time.perf_counter() - start)
    print(key.hex(), best)
    """
let pythonOutput = try run("python3", ["-c", python]).split(separator: " ")
precondition(pythonOutput[0] == hex(svoyiKey), "PBKDF2 keys differ")
let peerKDF = Double(pythonOutput[1])!
print("PBKDF2-HMAC-SHA256, \(iterations) iterations, dkLen 32 (best of \(rounds))")
print(String(format: "  Svoyi PBKDF2.sha256    %8.1f ms", svoyiKDF * 1000))
print(String(format: "  Python hashlib         %8.1f ms", peerKDF * 1000))
print(String(format: "  ratio                  %8.2f", peerKDF / svoyiKDF))
