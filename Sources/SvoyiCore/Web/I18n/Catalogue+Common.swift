extension Catalogue {
    /// The common UI strings in Ukrainian and English: navigation, buttons, form errors, counted words and the
    /// error pages. Kits merge their own catalogues over it.
    public static let common: Catalogue = {
        var c = Catalogue()
        c.add(.skipToContent, uk: "Перейти до основного вмісту", en: "Skip to main content")
        c.add(.home, uk: "Головна", en: "Home")
        c.add(.services, uk: "Послуги", en: "Services")
        c.add(.news, uk: "Новини", en: "News")
        c.add(.contacts, uk: "Контакти", en: "Contacts")
        c.add(.mainNavigation, uk: "Основна навігація", en: "Main navigation")
        c.add(.languageSwitch, uk: "Мова сайту", en: "Site language")
        c.add(.footerOwner, uk: "© {hromada}", en: "© {hromada}")
        c.add(
            .footerPoweredBy, uk: "Працює на «Свої» — відкритому програмному забезпеченні для громад",
            en: "Powered by Svoyi, open-source software for hromadas")

        c.add(.submit, uk: "Надіслати", en: "Submit")
        c.add(.save, uk: "Зберегти", en: "Save")
        c.add(.cancel, uk: "Скасувати", en: "Cancel")
        c.add(.continueAction, uk: "Продовжити", en: "Continue")
        c.add(.back, uk: "Назад", en: "Back")
        c.add(.search, uk: "Шукати", en: "Search")
        c.add(.signIn, uk: "Увійти", en: "Sign in")
        c.add(.signOut, uk: "Вийти", en: "Sign out")

        c.add(.errorSummaryTitle, uk: "Виникла проблема", en: "There is a problem")
        c.add(.errorPrefix, uk: "Помилка:", en: "Error:")
        c.add(.optionalField, uk: "(необов’язково)", en: "(optional)")
        c.add(.formRequired, uk: "Заповніть поле «{field}»", en: "Enter {field}")
        c.add(
            .formInvalidEmail, uk: "Введіть адресу електронної пошти у форматі name@example.com",
            en: "Enter an email address in the correct format, like name@example.com")
        c.add(
            .formInvalidPhone, uk: "Введіть номер телефону, наприклад +380 67 123 45 67",
            en: "Enter a phone number, like +380 67 123 45 67")
        c.add(.formInvalidNumber, uk: "Введіть число", en: "Enter a number")
        c.add(
            .formInvalidDate, uk: "Введіть справжню дату, наприклад 24.08.2026",
            en: "Enter a real date, like 24.08.2026")
        c.add(.formTooLong, uk: "Не більше {max} символів", en: "Use {max} characters or fewer")
        c.add(.formOutOfRange, uk: "Введіть число від {min} до {max}", en: "Enter a number from {min} to {max}")
        c.add(.formChooseOne, uk: "Оберіть один із варіантів", en: "Choose one option")
        c.add(
            .formExpired, uk: "Форма застаріла. Перевірте дані й надішліть її ще раз.",
            en: "The form has expired. Check your answers and send it again.")

        c.add(
            .days, uk: .plural(one: "{count} день", few: "{count} дні", many: "{count} днів", other: "{count} дня"),
            en: .plural(one: "{count} day", other: "{count} days"))
        c.add(
            .workingDays,
            uk: .plural(
                one: "{count} робочий день", few: "{count} робочі дні", many: "{count} робочих днів",
                other: "{count} робочого дня"),
            en: .plural(one: "{count} working day", other: "{count} working days"))
        c.add(
            .minutes,
            uk: .plural(
                one: "{count} хвилина", few: "{count} хвилини", many: "{count} хвилин",
                other: "{count} хвилини"),
            en: .plural(one: "{count} minute", other: "{count} minutes"))

        addErrorPages(to: &c)
        return c
    }()
}
