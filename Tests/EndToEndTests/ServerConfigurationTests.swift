import Foundation
import SvoyiTestSupport
import Testing

@testable import svoyi_server

/// The server's command line and environment, parsed in-process.
@Suite struct ServerConfigurationTests {
    /// A directory with a 64-byte secret (`bankid`, written with a final newline as `echo` does), another
    /// (`diia`) and one too short.
    struct Secrets {
        let directory: TemporaryDirectory
        let bankid: String
        let diia: String
        let short: String

        init() throws {
            directory = try TemporaryDirectory("svoyi-brokers")
            bankid = directory.path("bankid.secret")
            diia = directory.path("diia.secret")
            short = directory.path("short.secret")
            try Data((String(repeating: "ab", count: 32) + "\n").utf8).write(to: URL(fileURLWithPath: bankid))
            try Data(String(repeating: "d", count: 40).utf8).write(to: URL(fileURLWithPath: diia))
            try Data("only-31-bytes-long-secret-text!".utf8).write(to: URL(fileURLWithPath: short))
        }
    }

    func usageError(_ arguments: [String], environment: [String: String] = [:]) -> String? {
        do {
            _ = try ServerConfiguration.parse(arguments, environment: environment)
            return nil
        } catch let error as ServerConfiguration.UsageError {
            return error.message
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test func identityBrokersAreReadFromRepeatedFlags() throws {
        let secrets = try Secrets()
        let configuration = try ServerConfiguration.parse(
            ["--identity-broker", "bankid=\(secrets.bankid)", "--identity-broker=diia=\(secrets.diia)"],
            environment: [:])
        #expect(configuration.identityBrokers.keys.sorted() == ["bankid", "diia"])
        #expect(configuration.identityBrokers["bankid"] == Array(String(repeating: "ab", count: 32).utf8))
        #expect(configuration.identityBrokers["diia"] == Array(String(repeating: "d", count: 40).utf8))
        #expect(try ServerConfiguration.parse([], environment: [:]).identityBrokers.isEmpty)
        #expect(ServerConfiguration.usage.contains("--identity-broker <name>=<path>"))
    }

    @Test func identityBrokersComeFromTheEnvironmentAndAFlagWins() throws {
        let secrets = try Secrets()
        let environment = ["SVOYI_IDENTITY_BROKERS": "bankid=\(secrets.diia), diia=\(secrets.diia)"]
        let fromEnvironment = try ServerConfiguration.parse([], environment: environment)
        #expect(fromEnvironment.identityBrokers.keys.sorted() == ["bankid", "diia"])
        let overridden = try ServerConfiguration.parse(
            ["--identity-broker", "bankid=\(secrets.bankid)"], environment: environment)
        #expect(overridden.identityBrokers["bankid"] == Array(String(repeating: "ab", count: 32).utf8))
        #expect(overridden.identityBrokers["diia"] == Array(String(repeating: "d", count: 40).utf8))
    }

    @Test func badIdentityBrokersAreUsageErrors() throws {
        let secrets = try Secrets()
        let short = usageError(["--identity-broker", "bankid=\(secrets.short)"])
        #expect(short?.contains("has 31 bytes; it needs at least 32") == true)
        #expect(
            usageError(["--identity-broker", "bankid=\(secrets.directory.path("missing"))"])?
                .contains("cannot read the secret file") == true)
        #expect(usageError(["--identity-broker", "bankid"])?.contains("must be <name>=<path") == true)
        #expect(usageError(["--identity-broker", "=\(secrets.bankid)"])?.contains("must be <name>=<path") == true)
        #expect(usageError(["--identity-broker", "BankID=\(secrets.bankid)"])?.contains("broker name") == true)
        #expect(usageError(["--identity-broker"]) == "--identity-broker needs a value")
        #expect(
            usageError(["--identity-broker", "bankid=\(secrets.bankid)", "--identity-broker", "bankid=\(secrets.diia)"]
            )?
            .contains("given twice") == true)
        #expect(
            usageError([], environment: ["SVOYI_IDENTITY_BROKERS": "diia=\(secrets.short)"])?
                .hasPrefix("SVOYI_IDENTITY_BROKERS:") == true)
    }
}

@Suite struct ChatOriginConfigurationTests {
    @Test func chatOriginsComeFromRepeatedFlagsAndTheEnvironment() throws {
        #expect(try ServerConfiguration.parse([], environment: [:]).chatOrigins.isEmpty)
        let flags = try ServerConfiguration.parse(
            [
                "--chat-origin", "https://Hromada.gov.ua", "--chat-origin=http://localhost:8000", "--chat-origin",
                "https://hromada.gov.ua",
            ],
            environment: ["SVOYI_CHAT_ORIGINS": "https://cnap.hromada.gov.ua, https://hromada.gov.ua"])
        #expect(
            flags.chatOrigins == ["https://cnap.hromada.gov.ua", "https://hromada.gov.ua", "http://localhost:8000"])
        #expect(ServerConfiguration.usage.contains("--chat-origin <origin>"))
    }

    @Test func aChatOriginThatIsNoOriginIsAUsageError() throws {
        for bad in ["https://hromada.gov.ua/", "hromada.gov.ua", "*", "https://hromada.gov.ua/chat"] {
            let message = try #require(
                throwsUsageError { try ServerConfiguration.parse(["--chat-origin", bad], environment: [:]) })
            #expect(message.hasPrefix("--chat-origin must be an origin such as https://hromada.gov.ua"), "\(bad)")
        }
        let fromEnvironment = try #require(
            throwsUsageError { try ServerConfiguration.parse([], environment: ["SVOYI_CHAT_ORIGINS": "null"]) })
        #expect(fromEnvironment.hasPrefix("SVOYI_CHAT_ORIGINS must be an origin"))
        #expect(throwsUsageError { try ServerConfiguration.parse(["--chat-origin"], environment: [:]) } != nil)
    }

    func throwsUsageError(_ body: () throws -> ServerConfiguration) -> String? {
        do {
            _ = try body()
            return nil
        } catch let error as ServerConfiguration.UsageError {
            return error.message
        } catch {
            return nil
        }
    }
}

@Suite struct SecureCookieConfigurationTests {
    @Test func secureCookiesComeFromTheFlagOrTheEnvironment() throws {
        #expect(try ServerConfiguration.parse([], environment: [:]).secureCookies == false)
        #expect(try ServerConfiguration.parse(["--secure-cookies"], environment: [:]).secureCookies)
        #expect(try ServerConfiguration.parse([], environment: ["SVOYI_SECURE_COOKIES": "yes"]).secureCookies)
        #expect(throws: ServerConfiguration.UsageError.self) {
            try ServerConfiguration.parse([], environment: ["SVOYI_SECURE_COOKIES": "maybe"])
        }
    }
}
