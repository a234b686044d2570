extension ResidentError {
    /// A sentence for staff and for an identity provider's integrator, in Ukrainian; like ``description``, it
    /// never contains personal data or secrets.
    public var messageUK: String {
        switch self {
        case .notFound: "Такого мешканця в громаді немає."
        case .hromadaNotFound: "Такої громади немає."
        case .invalidExternalID: "Ідентифікатор користувача каналу має містити від 1 до 128 символів."
        case .invalidPhone: "Номер телефону не схожий на український (+380 і дев'ять цифр)."
        case .unknownSettlement: "Цього населеного пункту немає серед населених пунктів громади."
        case .invalidNote:
            "Вкажіть лише тип документа, наприклад «паспорт-картка», — без номера документа (не більше чотирьох "
                + "цифр поспіль) і не довше 200 символів."
        case .invalidConsent: "Згода потребує ключа мети [a-z0-9-] і версії тексту."
        case .linkCodeInvalid: "Код прив'язки недійсний або вже використаний."
        case .linkCodeExpired: "Строк дії коду прив'язки минув."
        case .stateInvalid: "Запит на перевірку особи невідомий у цій громаді або належить іншому постачальнику."
        case .stateExpired: "Строк дії запиту на перевірку особи (15 хвилин) минув."
        case .stateUsed: "Цей запит на перевірку особи вже використано."
        case .identityHeldByAnotherResident:
            "Цю особу вже підтверджено в іншому записі мешканця. Щоб об'єднати канали, скористайтеся кодом прив'язки."
        case .identityConflict:
            "Мешканця вже підтверджено цим постачальником як іншу особу; облікові записи не об'єднано."
        case .signatureMissing: "Запит не має заголовків підпису X-Svoyi-Signature і часу X-Svoyi-Timestamp."
        case .signatureInvalid: "Підпис запиту недійсний."
        case .timestampInvalid: "Час запиту в X-Svoyi-Timestamp має бути цілим числом секунд unix."
        case .timestampOutOfRange: "Час запиту надто далекий від поточного; перевірте годинник і надішліть новий запит."
        case .replayedRequest: "Цей підписаний запит уже отримано."
        case .malformedAssertion: "Тіло запиту не є коректним JSON-підтвердженням особи."
        }
    }
}
