extension Catalogue {
    /// The statuses that have a page written for people; others use the 500 wording for 5xx and the 400 wording
    /// for 4xx.
    public static let errorPageStatuses: [Int] = [400, 403, 404, 405, 413, 429, 500]

    static func addErrorPages(to c: inout Catalogue) {
        c.add(.errorGoHome, uk: "Перейти на головну сторінку", en: "Go to the home page")
        c.add(.errorCode, uk: "Код помилки: {code}", en: "Error code: {code}")

        c.add(.errorTitle(400), uk: "Не вдалося прочитати запит", en: "We could not read the request")
        c.add(
            .errorBody(400),
            uk: "Посилання або форма містять помилку. Поверніться назад і спробуйте ще раз.",
            en: "The link or the form has a mistake in it. Go back and try again.")
        c.add(.errorTitle(403), uk: "Доступ заборонено", en: "Access denied")
        c.add(
            .errorBody(403),
            uk: "У вас немає права переглядати цю сторінку. Якщо вважаєте, що це помилка, зверніться до ЦНАП.",
            en: "You do not have permission to see this page. If you think this is wrong, contact the ЦНАП.")
        c.add(.errorTitle(404), uk: "Сторінку не знайдено", en: "Page not found")
        c.add(
            .errorBody(404),
            uk: "Можливо, адресу введено з помилкою або сторінку перенесли. Перевірте адресу чи почніть з головної.",
            en: "The address may be mistyped, or the page has moved. Check the address or start from the home page.")
        c.add(.errorTitle(405), uk: "Так цю сторінку відкрити не можна", en: "This page cannot be opened this way")
        c.add(
            .errorBody(405),
            uk: "Сторінка не приймає такий запит. Відкрийте її за посиланням на сайті.",
            en: "The page does not accept this kind of request. Open it from a link on the site.")
        c.add(.errorTitle(413), uk: "Файл або форма завеликі", en: "The file or form is too large")
        c.add(
            .errorBody(413),
            uk: "Зменшіть розмір файлу або надішліть менше даних і спробуйте ще раз.",
            en: "Make the file smaller or send less data, then try again.")
        c.add(.errorTitle(429), uk: "Забагато запитів", en: "Too many requests")
        c.add(
            .errorBody(429),
            uk: "Ви надіслали забагато запитів за короткий час. Зачекайте хвилину й спробуйте ще раз.",
            en: "You have sent too many requests in a short time. Wait a minute and try again.")
        c.add(
            .errorTitle(500), uk: "Вибачте, сталася помилка на сервері",
            en: "Sorry, there is a problem with the service")
        c.add(
            .errorBody(500),
            uk: "Спробуйте ще раз за кілька хвилин. Те, що ви вже надіслали й отримали підтвердження, збережено.",
            en: "Try again in a few minutes. Anything you sent and saw confirmed is saved.")
    }
}
