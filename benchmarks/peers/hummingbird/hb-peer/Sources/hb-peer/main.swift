// hb-peer: Hummingbird 2 serving exactly the two benchmark routes of svoyi-server.
//
//   GET /bench/plaintext  200 text/plain; charset=utf-8  "Hello, hromada!\n" (16 bytes)
//   GET /bench/json       200 application/json           the 60-byte object below
//
// Usage: hb-peer --port N   (binds 127.0.0.1; no Server header, as svoyi-server sends none)
import Foundation
import Hummingbird

let plaintextBody = "Hello, hromada!\n"
let jsonBody = #"{"status":"ok","service":"svoyi","queue":42,"up":true,"v":1}"#
precondition(plaintextBody.utf8.count == 16 && jsonBody.utf8.count == 60, "benchmark bodies changed size")

func usage(_ message: String) -> Never {
    FileHandle.standardError.write(Data("hb-peer: \(message)\nUSAGE: hb-peer --port <number>\n".utf8))
    exit(64)
}

var port: Int?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--port":
        guard let text = arguments.popFirst(), let value = Int(text), (0...65535).contains(value) else {
            usage("--port needs a number 0…65535")
        }
        port = value
    case "--help", "-h":
        print("USAGE: hb-peer --port <number>")
        exit(0)
    default:
        usage("unknown argument \(argument)")
    }
}
guard let port else { usage("--port is required") }

/// Responses are built once; each request only copies the (reference-counted) buffer.
let plaintext = ByteBuffer(string: plaintextBody)
let json = ByteBuffer(string: jsonBody)

let router = Router()
router.get("bench/plaintext") { _, _ -> Response in
    Response(
        status: .ok,
        headers: [.contentType: "text/plain; charset=utf-8"],
        body: .init(byteBuffer: plaintext)
    )
}
router.get("bench/json") { _, _ -> Response in
    Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: json))
}

let app = Application(
    router: router,
    configuration: .init(address: .hostname("127.0.0.1", port: port))
)
try await app.runService()
