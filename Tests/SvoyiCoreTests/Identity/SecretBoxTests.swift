import Foundation
import SvoyiCore
import Testing

@Suite struct SecretBoxTests {
    let key = SecureRandom.bytes(32)
    let seed = Array("12345678901234567890".utf8)

    @Test(arguments: [0, 1, 20, 32, 33, 100])
    func aSealedValueOpensToThePlaintext(length: Int) throws {
        let box = SecretBox(key: key)
        let plaintext = SecureRandom.bytes(length)
        let sealed = box.seal(plaintext, context: "staff:1:totp")
        #expect(sealed.count == 1 + 16 + length + 32)
        #expect(sealed[0] == 1)
        #expect(try box.open(sealed, context: "staff:1:totp") == plaintext)
        #expect(try SecretBox(key: key).open(sealed, context: "staff:1:totp") == plaintext)
    }

    @Test func theCiphertextDoesNotShowThePlaintext() {
        let sealed = SecretBox(key: key).seal(seed, context: "staff:1:totp")
        #expect(!identityBytes(sealed, contain: seed))
        #expect(!identityBytes(sealed, contain: Array(seed.prefix(8))))
    }

    @Test func eachSealDrawsAFreshNonce() {
        let box = SecretBox(key: key)
        let first = box.seal(seed, context: "staff:1:totp")
        let second = box.seal(seed, context: "staff:1:totp")
        #expect(first[1...16] != second[1...16])
        #expect(first[17...] != second[17...])
    }

    @Test func anyAlteredByteFailsToOpen() {
        let box = SecretBox(key: key)
        let sealed = box.seal(seed, context: "staff:1:totp")
        for index in sealed.indices {
            var altered = sealed
            altered[index] ^= 0x01
            #expect(throws: index == 0 ? SecretBox.OpenError.malformed : .authenticationFailed, "byte \(index)") {
                try box.open(altered, context: "staff:1:totp")
            }
        }
    }

    @Test func shortOrUnknownValuesAreMalformed() {
        let box = SecretBox(key: key)
        let sealed = box.seal([], context: "c")
        #expect(throws: SecretBox.OpenError.malformed) { try box.open(Array(sealed.dropLast()), context: "c") }
        #expect(throws: SecretBox.OpenError.malformed) { try box.open([], context: "c") }
        #expect(throws: SecretBox.OpenError.authenticationFailed) {
            try box.open(Array(box.seal(seed, context: "c").dropLast()), context: "c")
        }
        var future = sealed
        future[0] = 2
        #expect(throws: SecretBox.OpenError.malformed) { try box.open(future, context: "c") }
    }

    @Test func anotherContextOrKeyDoesNotOpen() {
        let sealed = SecretBox(key: key).seal(seed, context: "staff:1:totp")
        #expect(throws: SecretBox.OpenError.authenticationFailed) {
            try SecretBox(key: key).open(sealed, context: "staff:2:totp")
        }
        #expect(throws: SecretBox.OpenError.authenticationFailed) {
            try SecretBox(key: key).open(sealed, context: "staff:1:totp ")
        }
        #expect(throws: SecretBox.OpenError.authenticationFailed) {
            try SecretBox(key: key).open(sealed, context: "")
        }
        var otherKey = key
        otherKey[31] ^= 0x80
        #expect(throws: SecretBox.OpenError.authenticationFailed) {
            try SecretBox(key: otherKey).open(sealed, context: "staff:1:totp")
        }
    }
}

@Suite struct SecretBoxKeyFileTests {
    static func withDirectory(_ body: (DataDirectory) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("svoyi-key-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(DataDirectory(path: (path as NSString).appendingPathComponent("data")))
    }

    @Test func theKeyIsCreatedPrivateAndReturnedAgain() throws {
        try Self.withDirectory { directory in
            #expect(directory.secretKeyPath.hasSuffix("/data/secret.key"))
            let key = try directory.secretKey()
            #expect(key.count == 32)
            #expect(key != [UInt8](repeating: 0, count: 32))
            let attributes = try FileManager.default.attributesOfItem(atPath: directory.secretKeyPath)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
            #expect((attributes[.size] as? NSNumber)?.intValue == 32)
            #expect(FileManager.default.contents(atPath: directory.secretKeyPath).map(Array.init) == key)
            #expect(try directory.secretKey() == key)
            #expect(try DataDirectory(path: directory.path).secretKey() == key)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["secret.key"])
        }
    }

    @Test(arguments: [0, 31, 33, 64])
    func aWrongSizedKeyFileIsRefusedAndKept(size: Int) throws {
        try Self.withDirectory { directory in
            try FileManager.default.createDirectory(atPath: directory.path, withIntermediateDirectories: true)
            let contents = Data(repeating: 7, count: size)
            #expect(FileManager.default.createFile(atPath: directory.secretKeyPath, contents: contents))
            #expect(throws: DataDirectoryError.badSecretKey(directory.secretKeyPath)) { try directory.secretKey() }
            #expect(FileManager.default.contents(atPath: directory.secretKeyPath) == contents)
        }
    }

    @Test func concurrentFirstUsesAgreeOnOneKey() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("svoyi-key-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let directory = DataDirectory(path: path)
        let keys = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<16 { group.addTask { try directory.secretKey() } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let stored = try #require(FileManager.default.contents(atPath: directory.secretKeyPath))
        #expect(keys.count == 16)
        #expect(keys.allSatisfy { $0 == Array(stored) })
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["secret.key"])
    }
}
