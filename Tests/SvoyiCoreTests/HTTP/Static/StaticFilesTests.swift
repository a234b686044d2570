import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@Suite struct StaticFilesTests {
    let directory: TemporaryDirectory
    let responder: RouterResponder
    let mtime = Date(timeIntervalSince1970: 1_772_357_400)  // Sun, 01 Mar 2026 09:30:00 GMT

    init() throws {
        directory = try TemporaryDirectory("static")
        let fm = FileManager.default
        let public_ = directory.path("public")
        for folder in ["public/css", "public/.hidden", "public/docs"] {
            try fm.createDirectory(atPath: directory.path(folder), withIntermediateDirectories: true)
        }
        let files: [String: String] = [
            "secret.txt": "outside the root", "public/css/site.css": "body{color:#123}",
            "public/app.3f9a1c2b.js": "x()",
            "public/.env": "TOKEN=1", "public/.hidden/x.txt": "hidden", "public/docs/Статут громади.pdf": "%PDF-1.7",
        ]
        for (path, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: directory.path(path)))
            try fm.setAttributes([.modificationDate: mtime], ofItemAtPath: directory.path(path))
        }
        try fm.createSymbolicLink(atPath: public_ + "/out.txt", withDestinationPath: directory.path("secret.txt"))
        try fm.createSymbolicLink(atPath: public_ + "/in.css", withDestinationPath: "css/site.css")
        try fm.createSymbolicLink(atPath: public_ + "/env.txt", withDestinationPath: ".env")
        let files_ = try StaticFiles(root: public_, streamingThreshold: 8)
        var router = Router()
        router.get("/static/{path*}", files_.handler())
        responder = try router.buildResponder(errors: testErrors())
    }

    @Test func servesAFileWithTypeETagLastModifiedAndCacheControl() async throws {
        let response = await responder.respond(
            to: request(
                "/static/docs/%D0%A1%D1%82%D0%B0%D1%82%D1%83%D1%82%20%D0%B3%D1%80%D0%BE%D0%BC%D0%B0%D0%B4%D0%B8.pdf"))
        #expect(response.status == .ok)
        #expect(response.text == "%PDF-1.7")
        #expect(response.headers["Content-Type"] == "application/pdf")
        #expect(response.headers["Last-Modified"] == "Sun, 01 Mar 2026 09:30:00 GMT")
        #expect(response.headers["Cache-Control"] == "no-cache")
        #expect(response.headers["ETag"] == "\"8-69a40718-0\"")  // size, mtime seconds, nanoseconds in hex
    }

    @Test func fingerprintedAssetsAreImmutable() async throws {
        let response = await responder.respond(to: request("/static/app.3f9a1c2b.js"))
        #expect(response.headers["Cache-Control"] == "public, max-age=31536000, immutable")
        #expect(response.headers["Content-Type"] == "text/javascript; charset=utf-8")
    }

    @Test func matchingIfNoneMatchIs304WithoutABody() async throws {
        let first = await responder.respond(
            to: request(
                "/static/docs/%D0%A1%D1%82%D0%B0%D1%82%D1%83%D1%82%20%D0%B3%D1%80%D0%BE%D0%BC%D0%B0%D0%B4%D0%B8.pdf"))
        let etag = try #require(first.headers["ETag"])
        for condition in [etag, "\"other\", W/\(etag)", "*"] {
            let again = await responder.respond(
                to: request(
                    "/static/docs/%D0%A1%D1%82%D0%B0%D1%82%D1%83%D1%82%20%D0%B3%D1%80%D0%BE%D0%BC%D0%B0%D0%B4%D0%B8.pdf",
                    headers: [("If-None-Match", condition)]))
            #expect(again.status == .notModified)
            #expect(again.bytes.isEmpty)
            #expect(again.headers["ETag"] == etag)
            #expect(again.headers["Cache-Control"] == "no-cache")
        }
        let stale = await responder.respond(
            to: request("/static/css/site.css", headers: [("If-None-Match", "\"10-0\"")]))
        #expect(stale.status == .ok)
    }

    @Test func etagChangesWithTheFile() async throws {
        let before = await responder.respond(to: request("/static/css/site.css")).headers["ETag"]
        try Data("body{color:#456;}".utf8).write(to: URL(fileURLWithPath: directory.path("public/css/site.css")))
        let after = await responder.respond(to: request("/static/css/site.css")).headers["ETag"]
        #expect(before != nil)
        #expect(after != nil)
        #expect(before != after)
    }

    @Test func headHasTheHeadersWithoutTheBody() async throws {
        let response = await responder.respond(to: request(.head, "/static/css/site.css"))
        #expect(response.status == .ok)
        #expect(response.bytes.isEmpty)
        #expect(response.headers["Content-Type"] == "text/css; charset=utf-8")
        #expect(response.headers["ETag"]?.hasPrefix("\"10-") == true)
    }

    @Test func largeFilesAreStreamed() async throws {
        let response = await responder.respond(to: request("/static/css/site.css"))
        guard case .stream(let stream) = response.body else {
            Issue.record("a file over the threshold was not streamed")
            return
        }
        var bytes: [UInt8] = []
        for await chunk in stream { bytes += chunk }
        #expect(String(decoding: bytes, as: UTF8.self) == "body{color:#123}")
    }

    @Test(arguments: [
        ("/static/..%2Fsecret.txt", 404), ("/static/css/..%2F..%2F..%2Fsecret.txt", 404),
        ("/static/%2e%2e%2fsecret.txt", 404), ("/static/..%5Csecret.txt", 404), ("/static/css%00/site.css", 400),
    ])
    func traversalAttemptsAreRefused(target: String, status: Int) async throws {
        let response = await responder.respond(to: request(target))
        #expect(response.status.code == status)
        #expect(!response.text.contains("outside the root"))
    }

    @Test func dotDotThatLeavesTheStaticPrefixReachesNoFile() async throws {
        #expect(await responder.respond(to: request("/static/../secret.txt")).status == .notFound)
        #expect(await responder.respond(to: request("/static/../../secret.txt")).status == .badRequest)
    }

    @Test(arguments: ["/static/.env", "/static/%2Eenv", "/static/.hidden/x.txt", "/static/env.txt"])
    func dotfilesAreNotServed(target: String) async throws {
        let response = await responder.respond(to: request(target))
        #expect(response.status == .notFound)
        #expect(!response.text.contains("TOKEN"))
    }

    @Test func symlinksAreFollowedOnlyInsideTheRoot() async throws {
        #expect(await responder.respond(to: request("/static/out.txt")).status == .notFound)
        let inside = await responder.respond(to: request("/static/in.css"))
        #expect(inside.status == .ok)
        #expect(inside.headers["Content-Type"] == "text/css; charset=utf-8")
    }

    @Test func directoriesAndMissingFilesAre404() async throws {
        #expect(await responder.respond(to: request("/static/css")).status == .notFound)
        #expect(await responder.respond(to: request("/static/missing.css")).status == .notFound)
    }

    @Test func httpDatesAreIMFFixdate() {
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 784_111_777)) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 0)) == "Thu, 01 Jan 1970 00:00:00 GMT")
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 1_709_208_000.9)) == "Thu, 29 Feb 2024 12:00:00 GMT")
    }
}
