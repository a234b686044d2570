import SvoyiCore
import Testing

@Suite("Localizer and catalogue")
struct WebLocalizerTests {
    @Test func ukrainianFirstEnglishFallsBack() {
        var catalogue = Catalogue.common
        catalogue.add("demo.onlyUkrainian", uk: "Лише українською")
        #expect(Localizer(language: .en, catalogue: catalogue).string("demo.onlyUkrainian") == "Лише українською")
        #expect(Localizer(language: .en).string(.home) == "Home")
        #expect(Localizer(language: .uk).string(.home) == "Головна")
    }

    @Test func parametersAreFilledByName() {
        let t = Localizer(language: .uk)
        #expect(t.string(.formOutOfRange, ["min": "1", "max": "10"]) == "Введіть число від 1 до 10")
        #expect(t.string(.formTooLong, [:]) == "Не більше {max} символів")
        #expect(t.string(.formTooLong, ["other": "x"]) == "Не більше {max} символів")
    }

    @Test func missingKeysShowTheKey() {
        #expect(Localizer(language: .uk).string("no.such.key") == "no.such.key")
        #expect(Localizer(language: .uk).plural("no.such.key", count: 2) == "no.such.key")
    }

    @Test func laterCataloguesOverrideWording() {
        var hromada = Catalogue()
        hromada.add(.services, uk: "Адмінпослуги")
        let merged = Catalogue.common.merging(hromada)
        #expect(Localizer(language: .uk, catalogue: merged).string(.services) == "Адмінпослуги")
        #expect(Localizer(language: .en, catalogue: merged).string(.services) == "Адмінпослуги")
        #expect(Localizer(language: .uk, catalogue: merged).string(.news) == "Новини")
    }

    @Test func everyCommonStringHasEnglish() {
        for (key, entry) in Catalogue.common.entries {
            #expect(entry.en != nil, "\(key) has no English")
        }
    }

    @Test(arguments: Catalogue.errorPageStatuses)
    func everyErrorPageHasWordsInBothLanguages(status: Int) {
        for language in Language.allCases {
            let t = Localizer(language: language)
            #expect(t.string(.errorTitle(status)) != MessageKey.errorTitle(status).rawValue)
            #expect(t.string(.errorBody(status)) != MessageKey.errorBody(status).rawValue)
        }
    }
}
