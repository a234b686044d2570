import SvoyiCore
import Testing

@Suite struct PasswordPolicyTests {
    let policy = PasswordPolicy()

    @Test func lengthCountsCharactersNotBytes() {
        #expect(policy.problem(with: "коротко-11ч", login: "olena") == .tooShort(minimum: 12))
        // Twelve Cyrillic letters are 24 bytes and exactly long enough.
        #expect(policy.problem(with: "тихийвечірок", login: "olena") == nil)
        #expect(policy.problem(with: String(repeating: "ab1", count: 42) + "xy", login: "olena") == nil)
        #expect(
            policy.problem(with: String(repeating: "ab1", count: 43), login: "olena") == .tooLong(maximum: 128))
    }

    @Test func spacesArePartOfAPassphrase() {
        #expect(policy.problem(with: "три слова тут", login: "olena") == nil)
    }

    @Test func aPasswordContainingTheLoginIsRefusedWhateverTheCase() {
        #expect(policy.problem(with: "Olena.Koval-2026!", login: "olena.koval") == .containsLogin)
        #expect(policy.problem(with: "мій-OLENA.KOVAL", login: "olena.koval") == .containsLogin)
        #expect(policy.problem(with: "olena-koval-2026", login: "olena.koval") == nil)
    }

    @Test func wellKnownAndRepetitivePasswordsAreRefused() {
        for common in ["password1234", "Administrator", "слава україні", "Слава Україні!", "qwerty123456"] {
            #expect(policy.problem(with: common, login: "olena") == .common, "\(common)")
        }
        for repetitive in ["aaaaaaaaaaaa", "abababababab", "abcabcabcabc", "000000000000"] {
            #expect(policy.problem(with: repetitive, login: "olena") == .common, "\(repetitive)")
        }
        // A four-character run repeated is not caught by the repetition rule.
        #expect(policy.problem(with: "abcdabcdabcd", login: "olena") == nil)
    }

    @Test func problemsHaveUkrainianMessages() {
        #expect(PasswordPolicy.Problem.tooShort(minimum: 12).messageUK.contains("12"))
        #expect(IdentityError.weakPassword(.containsLogin).messageUK == "Пароль не може містити логін.")
        #expect(IdentityError.weakPassword(.common).description == "the password is refused: a well-known password")
    }
}

@Suite struct PasswordHasherTests {
    @Test func aHashVerifiesItsPasswordOnly() async {
        let hasher = PasswordHasher(iterations: 1_000)
        let hash = await hasher.hash("Зелений гай навесні")
        #expect(hash.hasPrefix("pbkdf2-sha256$1000$"))
        #expect(PasswordHasher.iterations(of: hash) == 1_000)
        #expect(await hasher.verify("Зелений гай навесні", against: hash))
        #expect(!(await hasher.verify("зелений гай навесні", against: hash)))
        #expect(!(await hasher.verify("", against: hash)))
    }

    @Test func eachHashHasItsOwnSalt() async {
        let hasher = PasswordHasher(iterations: 1_000)
        let first = await hasher.hash("той самий пароль")
        let second = await hasher.hash("той самий пароль")
        #expect(first != second)
        #expect(await hasher.verify("той самий пароль", against: second))
    }

    @Test func malformedHashesNeverVerify() async {
        let hasher = PasswordHasher(iterations: 1_000)
        for encoded in ["", "plain", "pbkdf2-sha256$0$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA", "md5$1$a$b"] {
            #expect(!(await hasher.verify("plain", against: encoded)), "\(encoded)")
            #expect(PasswordHasher.iterations(of: encoded) == nil)
        }
    }

    @Test func aHashWithFewerIterationsNeedsRehash() async {
        let weak = await PasswordHasher(iterations: 1_000).hash("Зелений гай навесні")
        #expect(PasswordHasher(iterations: 2_000).needsRehash(weak))
        #expect(!PasswordHasher(iterations: 1_000).needsRehash(weak))
        #expect(!PasswordHasher(iterations: 500).needsRehash(weak))
        #expect(PasswordHasher(iterations: 1_000).needsRehash("garbage"))
    }

    @Test func theDefaultUsesAtLeastOWASPsIterations() async {
        let hasher = PasswordHasher()
        #expect(hasher.iterations >= 600_000)
        let hash = await hasher.hash("Зелений гай навесні")
        #expect((PasswordHasher.iterations(of: hash) ?? 0) >= 600_000)
    }
}

@Suite struct PasswordLockoutPolicyTests {
    @Test func theFifthFailureLocksAndEachFurtherOneDoublesUpToFifteenMinutes() {
        let policy = LockoutPolicy()
        #expect((1...4).map { policy.lockDuration(afterFailures: $0) } == [nil, nil, nil, nil])
        #expect(policy.lockDuration(afterFailures: 5) == .seconds(60))
        #expect(policy.lockDuration(afterFailures: 6) == .seconds(120))
        #expect(policy.lockDuration(afterFailures: 7) == .seconds(240))
        #expect(policy.lockDuration(afterFailures: 8) == .seconds(480))
        #expect(policy.lockDuration(afterFailures: 9) == .seconds(900))
        #expect(policy.lockDuration(afterFailures: 10_000) == .seconds(900))
    }
}
