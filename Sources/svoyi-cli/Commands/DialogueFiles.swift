import ChatbotKit
import Foundation
import SvoyiCore

/// Dialogue files read from the command line, and their problems located back in them.
struct DialogueFiles {
    /// A problem and the file (with the list index, for a file holding several) it is in.
    struct Located {
        let file: String
        let problem: DialogueProblem
    }

    var dialogues: [(file: String, dialogue: Dialogue)] = []
    /// Files or list entries that did not decode.
    var problems: [Located] = []
    var fileCount = 0

    /// Reads `path`: a file, or every `*.json` under a directory (sorted by path).
    static func load(_ path: String) throws -> DialogueFiles {
        var files = [path]
        if isDirectory(path) {
            let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
            files = found.filter { $0.hasSuffix(".json") }.sorted().map {
                (path as NSString).appendingPathComponent($0)
            }
            guard !files.isEmpty else { throw CLIFailure.dataError("\(path) holds no *.json files") }
        }
        var loaded = DialogueFiles(fileCount: files.count)
        for file in files {
            let results = Dialogue.decodeAll(json: try readInput(file))
            for (index, result) in results.enumerated() {
                let name = results.count > 1 ? "\(file)[\(index)]" : file
                switch result {
                case .success(let dialogue): loaded.dialogues.append((name, dialogue))
                case .failure(let error): loaded.problems.append(Located(file: name, problem: error.problem))
                }
            }
        }
        return loaded
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Problems with the file of the dialogue each is in (the first file with that id).
    func locate(_ problems: [DialogueProblem]) -> [Located] {
        problems.map { problem in
            Located(file: dialogues.first { $0.dialogue.id == problem.dialogueID }?.file ?? "-", problem: problem)
        }
    }

    /// `file: error code path: message`, one a line, in `language`.
    static func print(_ problems: [Located], language: String, _ env: CLIEnvironment) {
        for located in problems {
            let problem = located.problem
            env.print(
                "\(located.file): \(problem.severity.rawValue) \(problem.code.rawValue) \(problem.path): "
                    + problem.message.text(for: language))
        }
    }
}
