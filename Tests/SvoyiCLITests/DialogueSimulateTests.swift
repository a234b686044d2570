import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@testable import svoyi_cli

/// `svoyi-cli dialogues simulate` run in-process with `--script`: the transcripts it prints.
@Suite struct DialogueSimulateTests {
    /// Runs `simulate` with `lines` as the script; `arguments` go before `--script`.
    func simulate(
        _ lines: [String], _ arguments: [String] = [], harness: OperatorHarness? = nil
    ) async throws -> OperatorHarness.Result {
        let dir = try TemporaryDirectory("svoyi-cli-simulate")
        let script = dir.path("script.txt")
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: script))
        let command = ["dialogues", "simulate"] + arguments + ["--script", script]
        if let harness { return await OperatorHarness.run(["--data-dir", harness.dir.path("data")] + command) }
        return await OperatorHarness.run(command)
    }

    /// The lines of `text` from the first that starts with `first`, as many as `expected` has.
    func lines(of text: String, from first: String, count: Int) -> [String] {
        let all = text.components(separatedBy: "\n")
        guard let start = all.firstIndex(where: { $0.hasPrefix(first) }) else { return [] }
        return Array(all[start..<min(all.count, start + count)])
    }

    @Test func theIDCardConsultationFromItsStartWithBackAndMenu() async throws {
        let result = try await simulate(
            ["1", "30", ":back", "45", "2", ":quit", "never read"], ["--dialogue", "id_card"])
        #expect(result.status == 0, "\(result.err)")
        let out = result.out
        let expected = [
            "> 1",
            "bot: Скільки повних років цій особі?",
            "  [1] ⬅ Назад",
            "  [2] 🏠 Головне меню",
            "> 30",
            "bot: Яка ваша ситуація?",
            "  [1] Паспорт оформлюю вперше",
            "  [2] Закінчився строк / пошкоджений",
        ]
        #expect(lines(of: out, from: "> 1", count: expected.count) == expected, "\(out)")
        #expect(out.hasPrefix("bot: Паспорт громадянина України (ID-картка): підкажу"), "\(out)")
        #expect(out.contains("  [1] Так, громадянин(ка) України\n  [2] Ні, іноземець / без громадянства\n"))
        // Back shows the age question again; the new answer goes on from there.
        #expect(lines(of: out, from: "> :back", count: 2) == ["> :back", "bot: Скільки повних років цій особі?"])
        #expect(lines(of: out, from: "> 45", count: 2) == ["> 45", "bot: Яка ваша ситуація?"])
        // «Expired»: the consultation's texts, the facts from the demo catalogue, then the main menu.
        let afterExpired = out.components(separatedBy: "> 2\n").last ?? ""
        #expect(afterExpired.hasPrefix("bot: Паспорт обмінюють"), "\(afterExpired)")
        #expect(afterExpired.contains("грн") || afterExpired.contains("безоплатно"), "\(afterExpired)")
        #expect(afterExpired.contains("  [1] Послуги\n  [2] Я + Влада\n"), "\(afterExpired)")
        // :quit stops; the rest of the script is not read.
        #expect(out.hasSuffix("> :quit\n"))
        #expect(!out.contains("never read"))
    }

    @Test func theMainMenuByNumbersAndTextsThatAreNotButtons() async throws {
        let result = try await simulate(["1", "1", "1", "1", "сто", "7", ":nonsense", ":menu"])
        #expect(result.status == 0, "\(result.err)")
        let out = result.out
        #expect(out.contains("  [1] Послуги\n"), "\(out)")
        #expect(lines(of: out, from: "> 1", count: 2).last?.hasPrefix("bot: Послуги: консультації") == true, "\(out)")
        // Послуги → Особисті документи → Паспорт (ID-картка) → citizen → the age question, which wants a number:
        // «сто» is refused with the question's hint, and 7 (not a button here) is the answer.
        #expect(
            lines(of: out, from: "> сто", count: 2) == ["> сто", "bot: Введіть вік числом від 0 до 120, наприклад 14."])
        #expect(
            lines(of: out, from: "> 7", count: 2).last?.hasPrefix(
                "bot: Паспорт громадянина України оформлюють з 14 років")
                == true, "\(out)")
        #expect(out.contains("> :nonsense\n(unknown command :nonsense; use :back, :menu"))
        // The end of the script ends the simulation.
        let mainMenu = out.components(separatedBy: "\n").first ?? "?"
        #expect(lines(of: out, from: "> :menu", count: 2) == ["> :menu", mainMenu])
        #expect(out.hasSuffix("  [4] Налаштування\n"), "\(out)")
    }

    @Test func aHromadasPublishedDialoguesFromTheDatabase() async throws {
        let harness = try await OperatorHarness()
        let empty = try await simulate(["1"], ["--hromada", "bucha"], harness: harness)
        #expect(empty.status == 65)
        #expect(empty.err.contains("bucha has no published main menu"), "\(empty.err)")
        // The demo hromada's catalogue has every service the shipped consultations show.
        let demo = try await CommunityStore(database: harness.database).importBundle(DemoHromada.bundle)
        let store = DialogueStore(database: harness.database, knownActions: nil)
        #expect(try await store.seedShippedDialogues(hromadaID: try #require(demo.id)) == ShippedDialogues.all.count)
        let result = try await simulate(["1", "1", "1", "2"], ["--hromada", "demo"], harness: harness)
        #expect(result.status == 0, "\(result.err)")
        #expect(
            result.out.contains("> 2\nbot: Паспорт громадянина України оформлюють лише громадянам України"),
            "\(result.out)")
        // The simulated conversation is forgotten at the end.
        let left = try await harness.database.read { db in
            try db.scalar("SELECT count(*) FROM chatbot_conversations", [], as: Int64.self)
        }
        #expect(left == 0)
    }

    @Test func anUnknownDialogueNamesTheOnesThereAre() async throws {
        let result = try await simulate([], ["--dialogue", "nope"])
        #expect(result.status == 65)
        #expect(result.err.contains("no published dialogue nope; there are: "))
        #expect(result.err.contains("id_card"))
    }

    @Test func whatALineMeans() {
        let choice = [
            BotButton(label: "Так", payload: "v1:id_card@1:cit:0"),
            BotButton(label: "Ні", payload: "v1:id_card@1:cit:1"),
            BotButton(label: "Назад", payload: "cmd:back"),
        ]
        let onlyCommands = [
            BotButton(label: "Назад", payload: "cmd:back"), BotButton(label: "Меню", payload: "cmd:menu"),
        ]
        #expect(SimulatorInput("2", buttons: choice) == .send(.button("v1:id_card@1:cit:1")))
        #expect(SimulatorInput("3", buttons: choice) == .send(.button("cmd:back")))
        #expect(SimulatorInput("4", buttons: choice) == .invalid("there is no button 4; the buttons are 1–3"))
        #expect(SimulatorInput("1", buttons: onlyCommands) == .send(.text("1")))
        #expect(SimulatorInput(":text 2", buttons: choice) == .send(.text("2")))
        #expect(SimulatorInput(":back", buttons: []) == .send(.button("cmd:back")))
        #expect(SimulatorInput(":menu", buttons: []) == .send(.button("cmd:menu")))
        #expect(SimulatorInput(":quit", buttons: []) == .quit)
        #expect(SimulatorInput("", buttons: []) == .nothing)
        #expect(
            SimulatorInput(":location 49.44, 32.06", buttons: []) == .send(.location(latitude: 49.44, longitude: 32.06))
        )
        #expect(SimulatorInput(":location here", buttons: []) != .send(.text(":location here")))
        #expect(SimulatorInput("привіт", buttons: choice) == .send(.text("привіт")))
    }
}
