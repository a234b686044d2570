import SvoyiCore
import Testing

@Suite("Ukrainian plural rules")
struct WebPluralRulesTests {
    /// CLDR `uk`: one = n%10=1 and n%100≠11; few = n%10 in 2..4 and n%100 not in 12..14; many = the rest.
    static let expected: [Int: PluralCategory] = {
        var table: [Int: PluralCategory] = [:]
        let one: Set = [1, 21, 101, 121]
        let few: Set = [2, 3, 4, 22, 23, 24]
        for n in Array(0...30) + [101, 111, 121] {
            table[n] = one.contains(n) ? .one : few.contains(n) ? .few : .many
        }
        return table
    }()

    @Test(arguments: Array(0...30) + [101, 111, 121])
    func categoryOf(_ n: Int) {
        #expect(PluralCategory.ukrainian(n) == Self.expected[n])
    }

    @Test func daysAreSpelledRight() {
        let t = Localizer(language: .uk)
        let words = [
            0: "0 днів", 1: "1 день", 2: "2 дні", 4: "4 дні", 5: "5 днів", 11: "11 днів", 12: "12 днів",
            14: "14 днів", 21: "21 день", 22: "22 дні", 25: "25 днів", 101: "101 день", 111: "111 днів",
            121: "121 день",
        ]
        for (n, word) in words { #expect(t.plural(.days, count: n) == word) }
        #expect(t.plural(.workingDays, count: 3) == "3 робочі дні")
        #expect(t.plural(.minutes, count: 15) == "15 хвилин")
    }

    @Test func englishHasOneAndOther() {
        let t = Localizer(language: .en)
        #expect(t.plural(.days, count: 1) == "1 day")
        #expect(t.plural(.days, count: 21) == "21 days")
        #expect(t.plural(.days, count: 0) == "0 days")
    }

    @Test func negativeCountsUseTheMagnitude() {
        #expect(PluralCategory.ukrainian(-1) == .one)
        #expect(PluralCategory.ukrainian(-12) == .many)
    }
}
