import Foundation
import SvoyiCore

/// The server's settings from flags and environment variables (flags win).
struct ServerConfiguration: Equatable {
    var host = "127.0.0.1"
    var port = 8080
    var dataDirectory = DataDirectory(path: "./svoyi-data")
    var durability = SQLiteDatabase.Configuration.Durability.normal
    /// Create the demo hromada on first start when the database has no hromada.
    var seedDemo = true
    /// Serve `/bench/plaintext` and `/bench/json` for benchmarks/http/run.
    var benchmarkRoutes = false
    /// Whether the panel's cookies are always `Secure` (TLS in front, without a trusted proxy saying so).
    var secureCookies = false
    /// Reverse proxies whose `X-Forwarded-For` is believed.
    var trustedProxies: Set<String> = []
    /// Identity brokers (BankID, Дія) whose signed hooks are accepted: name → shared secret, read from the
    /// secret's file at parse time.
    var identityBrokers: [String: [UInt8]] = [:]
    /// Origins whose pages may call the web chat's JSON API from the browser (CORS), normalised; none by default.
    var chatOrigins: [String] = []

    static let usage = """
        USAGE: svoyi-server [--host <address>] [--port <number>] [--data-dir <path>] [--durability normal|full] [--no-demo] [--secure-cookies] [--identity-broker <name>=<path> ...] [--chat-origin <origin> ...]

        OPTIONS:
          --host <address>        IPv4 or IPv6 address to listen on, or localhost
                                  (env SVOYI_HOST; default 127.0.0.1, behind a reverse proxy).
          --port <number>         TCP port, 0 for any free port (env SVOYI_PORT; default 8080).
          --data-dir <path>       Data directory (env SVOYI_DATA_DIR; default ./svoyi-data).
          --durability <mode>     SQLite synchronous mode: normal, or full to survive power loss
                                  (env SVOYI_DURABILITY; default normal).
          --no-demo               Do not create the demo hromada when the database is created
                                  (env SVOYI_DEMO=0; the demo is only ever created on an empty, new database).
          --trusted-proxy <ip>    A reverse proxy whose X-Forwarded-For is believed; may be repeated
                                  (env SVOYI_TRUSTED_PROXIES, comma-separated; default none).
          --secure-cookies        Mark the admin panel's cookies Secure on every request: for TLS in front of
                                  the server without --trusted-proxy (env SVOYI_SECURE_COOKIES=1; by default
                                  only requests a trusted proxy marks X-Forwarded-Proto: https get them).
          --identity-broker <name>=<path>
                                  Accept signed identity hooks (POST /hooks/identity/<hromada>/<name>) from
                                  the broker <name> (a-z, 0-9, '-', '_'; e.g. bankid); <path> is a file
                                  holding the shared secret, at least 32 bytes (a final newline is ignored).
                                  May be repeated (env SVOYI_IDENTITY_BROKERS, comma-separated
                                  name=path pairs; a flag wins over the same name there; default none).
          --chat-origin <origin>  A website allowed to use the web chat's JSON API (POST /api/v1/chat) from
                                  the browser, e.g. https://hromada.gov.ua for a chat widget there (CORS):
                                  scheme, host and optional port, no path. May be repeated
                                  (env SVOYI_CHAT_ORIGINS, comma-separated; default none: same origin only).
          --benchmark-routes      Also serve /bench/plaintext and /bench/json, and lift the per-address
                                  rate limits of the web chat, for the benchmarks in benchmarks/.
          --version               Show the version.
          -h, --help              Show help information.
        """

    /// A command line the server refuses (exit 64).
    struct UsageError: Error, Equatable {
        let message: String
    }

    struct HelpRequested: Error {}
    struct VersionRequested: Error {}

    static func parse(_ arguments: [String], environment: [String: String]) throws -> ServerConfiguration {
        var configuration = ServerConfiguration()
        var dataDirectoryOption: String?
        if let host = environment["SVOYI_HOST"], !host.isEmpty {
            configuration.host = host == "localhost" ? "127.0.0.1" : host
        }
        if let port = environment["SVOYI_PORT"], !port.isEmpty {
            configuration.port = try parsePort(port, "SVOYI_PORT")
        }
        if let mode = environment["SVOYI_DURABILITY"], !mode.isEmpty {
            configuration.durability = try parseDurability(mode, "SVOYI_DURABILITY")
        }
        if let proxies = environment["SVOYI_TRUSTED_PROXIES"] {
            for proxy in proxies.split(separator: ",") {
                configuration.trustedProxies.insert(proxy.trimmingCharacters(in: .whitespaces))
            }
        }
        if let brokers = environment["SVOYI_IDENTITY_BROKERS"] {
            for pair in brokers.split(separator: ",") {
                let (name, secret) = try parseBroker(
                    pair.trimmingCharacters(in: .whitespaces), "SVOYI_IDENTITY_BROKERS")
                configuration.identityBrokers[name] = secret
            }
        }
        if let origins = environment["SVOYI_CHAT_ORIGINS"] {
            for origin in origins.split(separator: ",") {
                try configuration.addChatOrigin(origin.trimmingCharacters(in: .whitespaces), "SVOYI_CHAT_ORIGINS")
            }
        }
        var brokerFlags: Set<String> = []
        if let secure = environment["SVOYI_SECURE_COOKIES"], !secure.isEmpty {
            switch secure.lowercased() {
            case "0", "false", "no", "off": configuration.secureCookies = false
            case "1", "true", "yes", "on": configuration.secureCookies = true
            default:
                throw UsageError(message: "SVOYI_SECURE_COOKIES must be 1/true/yes/on or 0/false/no/off, not \(secure)")
            }
        }
        if let demo = environment["SVOYI_DEMO"], !demo.isEmpty {
            switch demo.lowercased() {
            case "0", "false", "no", "off": configuration.seedDemo = false
            case "1", "true", "yes", "on": configuration.seedDemo = true
            default: throw UsageError(message: "SVOYI_DEMO must be 1/true/yes/on or 0/false/no/off, not \(demo)")
            }
        }

        var index = 0
        func value(_ name: String) throws -> String {
            guard index < arguments.count else { throw UsageError(message: "\(name) needs a value") }
            defer { index += 1 }
            return arguments[index]
        }
        while index < arguments.count {
            var argument = arguments[index]
            index += 1
            var inline: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                inline = String(argument[argument.index(after: equals)...])
                argument = String(argument[..<equals])
            }
            switch argument {
            case "-h", "--help": throw HelpRequested()
            case "--version": throw VersionRequested()
            case "--host":
                let host = try inline ?? value(argument)
                configuration.host = host == "localhost" ? "127.0.0.1" : host
            case "--port": configuration.port = try parsePort(inline ?? value(argument), "--port")
            case "--data-dir": dataDirectoryOption = try inline ?? value(argument)
            case "--durability":
                configuration.durability = try parseDurability(inline ?? value(argument), "--durability")
            case "--no-demo": configuration.seedDemo = false
            case "--secure-cookies": configuration.secureCookies = true
            case "--benchmark-routes": configuration.benchmarkRoutes = true
            case "--trusted-proxy": configuration.trustedProxies.insert(try inline ?? value(argument))
            case "--chat-origin": try configuration.addChatOrigin(inline ?? value(argument), argument)
            case "--identity-broker":
                let (name, secret) = try parseBroker(inline ?? value(argument), argument)
                guard brokerFlags.insert(name).inserted else {
                    throw UsageError(message: "--identity-broker \(name) is given twice")
                }
                configuration.identityBrokers[name] = secret
            default: throw UsageError(message: "unknown option \(argument)")
            }
        }
        configuration.dataDirectory = DataDirectory.resolve(option: dataDirectoryOption, environment: environment)
        return configuration
    }

    /// Adds `text` to ``chatOrigins`` once, normalised; a usage error names `option` for anything not an origin.
    private mutating func addChatOrigin(_ text: String, _ option: String) throws {
        guard let origin = CORSMiddleware.normalizedOrigin(text) else {
            throw UsageError(
                message: "\(option) must be an origin such as https://hromada.gov.ua (scheme, host, optional port; "
                    + "no path or trailing slash), not \(text)")
        }
        if !chatOrigins.contains(origin) { chatOrigins.append(origin) }
    }

    /// The shortest shared secret a broker may use: 256 bits, as long as the HMAC-SHA256 key it becomes.
    static let minimumBrokerSecret = 32

    /// A `name=path` pair: the broker's name and the secret read from the file at `path`.
    private static func parseBroker(_ text: String, _ option: String) throws -> (String, [UInt8]) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex,
            text.index(after: equals) != text.endIndex
        else { throw UsageError(message: "\(option) must be <name>=<path to the secret file>, not \(text)") }
        let name = String(text[..<equals])
        let path = String(text[text.index(after: equals)...])
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_")
        guard name.count <= 32, name.allSatisfy(allowed.contains) else {
            throw UsageError(message: "\(option): broker name \(name) must be 1 to 32 of a-z, 0-9, '-' and '_'")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError(message: "\(option): cannot read the secret file \(path) of broker \(name)")
        }
        var secret = Array(data)
        while let last = secret.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") { secret.removeLast() }
        guard secret.count >= minimumBrokerSecret else {
            throw UsageError(
                message: "\(option): the secret in \(path) of broker \(name) has \(secret.count) bytes; "
                    + "it needs at least \(minimumBrokerSecret) (e.g. openssl rand -hex 32 > \(path))")
        }
        return (name, secret)
    }

    private static func parsePort(_ text: String, _ name: String) throws -> Int {
        guard text.allSatisfy(\.isASCII), let port = Int(text), (0...65535).contains(port), !text.hasPrefix("+") else {
            throw UsageError(message: "\(name) must be a port number 0…65535, not \(text)")
        }
        return port
    }

    private static func parseDurability(
        _ text: String, _ name: String
    ) throws -> SQLiteDatabase.Configuration.Durability {
        switch text.lowercased() {
        case "normal": return .normal
        case "full": return .full
        default: throw UsageError(message: "\(name) must be normal or full, not \(text)")
        }
    }
}
