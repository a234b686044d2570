// Engine steps per second on one core: ChatbotKit's DialogueEngine over the shipped dialogues (in memory), the same
// through ConversationService over a temporary SQLite database (as the server runs it), and a straightforward Python
// interpreter of the same dialogue JSON (peer.py) replaying the same inputs — all in the same run.
//
//   dialogue-benchmark [--seconds S] [--rounds R]
//
// A step is one `handle` call (one resident message). The script goes through the 15 shipped consultations R times
// (default 8): from the main menu through the menus to the consultation, then buttons round-robin and numbers within
// the question's limits until the consultation ends at the main menu. The peer first replays the script checking it
// reaches the same node with the same number of messages after every input, then is timed. Each side is timed for
// about S seconds (default 3); the best of three timings is reported.
import ChatbotKit
import Foundation
import SvoyiCore

let arguments = CommandLine.arguments
func option(_ name: String, default value: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return value }
    return Int(arguments[index + 1]) ?? value
}
let seconds = Double(option("--seconds", default: 3))
let rounds = option("--rounds", default: 8)
let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// Replays `body` (one pass over the script) until `seconds` have passed, three times; the best passes per second.
func measure(_ body: () async throws -> Void) async rethrows -> Double {
    var best = 0.0
    for _ in 0..<3 {
        var passes = 0
        let start = now()
        repeat {
            try await body()
            passes += 1
        } while now() - start < seconds
        best = max(best, Double(passes) / (now() - start))
    }
    return best
}

let dialogues = ShippedDialogues.all
let script = try await Script.record(dialogues: dialogues, rounds: rounds)
let steps = Double(script.inputs.count)
print("Script: \(script.inputs.count) inputs over \(rounds) × 15 consultations")

// (1) The engine alone: dialogues in memory, no storage.
let source = StaticDialogueSource(dialogues)
let engine = DialogueEngine()
let fixedNow = Date(timeIntervalSince1970: 0)
let enginePasses = try await measure {
    var state: ConversationState?
    for input in script.inputs {
        let context = EngineContext(hromadaID: 1, dialogues: source, now: fixedNow, log: .discard)
        state = try await engine.handle(input.resident, state: state, context: context).state
    }
    precondition(state != nil)
}

// (2) ConversationService over SQLite, as svoyi-server runs it: DialogueStore (the published dialogues in the
// database), the demo catalogue for facts, the state read and written per message.
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("svoyi-dialogue-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: directory) }
let database = try await DataDirectory(path: directory.path).open(modules: [CoreModule(), ChatbotModule()])
let hromada = try await CommunityStore(database: database).importBundle(DemoHromada.bundle)
let store = DialogueStore(database: database, knownActions: nil)
try await store.seedShippedDialogues(hromadaID: hromada.id!)
let service = ConversationService(database: database, dialogues: store, log: .discard)
var resident = 0
let servicePasses = try await measure {
    resident += 1
    for input in script.inputs {
        _ = try await service.receive(input.resident, from: "bench:\(resident)", hromadaID: hromada.id!)
    }
}
let serviceStatic = ConversationService(database: database, dialogues: source, log: .discard)
let serviceStaticPasses = try await measure {
    resident += 1
    for input in script.inputs {
        _ = try await serviceStatic.receive(input.resident, from: "bench:\(resident)", hromadaID: hromada.id!)
    }
}

// (3) The Python peer: the dialogues as JSON files, the script and the trace it must reproduce.
let work = directory.appendingPathComponent("peer")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
for dialogue in dialogues {
    try dialogue.jsonData().write(to: work.appendingPathComponent("\(dialogue.id).json"))
}
let scriptJSON: [String: Any] = ["inputs": script.inputs.map(\.json), "trace": script.trace]
try JSONSerialization.data(withJSONObject: scriptJSON).write(to: work.appendingPathComponent("script.json"))
let python = Process()
python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
python.arguments = [
    "python3", here.appendingPathComponent("peer.py").path, work.path, work.appendingPathComponent("script.json").path,
    String(seconds),
]
let pipe = Pipe()
python.standardOutput = pipe
try python.run()
let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
python.waitUntilExit()
guard python.terminationStatus == 0 else { fatalError("peer.py exited with \(python.terminationStatus)") }
let peer = Dictionary(
    uniqueKeysWithValues: output.split(separator: "\n").compactMap { line -> (String, Double)? in
        let parts = line.split(separator: " ")
        guard parts.count == 2, let value = Double(parts[1]) else { return nil }
        return (String(parts[0]), value)
    })
guard let peerPasses = peer["passes_per_second"], let nodesPerPass = peer["nodes_per_pass"] else {
    fatalError("peer.py printed no figures: \(output)")
}

func figure(_ value: Double) -> String {
    let formatter = NumberFormatter()
    formatter.numberStyle = .decimal
    formatter.maximumFractionDigits = 0
    return formatter.string(from: NSNumber(value: value.rounded())) ?? "\(Int(value))"
}
func row(_ name: String, _ passes: Double) {
    let columns = [
        name.padding(toLength: 62, withPad: " ", startingAt: 0), figure(passes * steps),
        figure(passes * steps * nodesPerPass / steps), String(format: "%.2f×", passes / peerPasses),
    ]
    print(
        columns[0] + String(repeating: " ", count: max(1, 12 - columns[1].count)) + columns[1]
            + String(repeating: " ", count: max(1, 14 - columns[2].count)) + columns[2]
            + String(repeating: " ", count: max(1, 10 - columns[3].count)) + columns[3])
}
print("Peer replayed the script: same node and message count after all \(script.inputs.count) inputs")
print(
    "\(String(format: "%.1f", nodesPerPass / steps)) nodes visited per step; best of 3 × \(Int(seconds)) s, one core\n")
print("side".padding(toLength: 62, withPad: " ", startingAt: 0) + "     steps/s       nodes/s  vs Python")
row("DialogueEngine, dialogues in memory", enginePasses)
row("ConversationService + SQLite state, dialogues in memory", serviceStaticPasses)
row("ConversationService + SQLite, DialogueStore (as the server)", servicePasses)
row("Python 3 interpreter of the same JSON (peer.py)", peerPasses)
let verdict = enginePasses * steps >= 50_000 ? "met" : "NOT met"
print("\nTarget ≥ 50,000 engine steps/s on one core: \(verdict) (\(figure(enginePasses * steps)) steps/s)")
