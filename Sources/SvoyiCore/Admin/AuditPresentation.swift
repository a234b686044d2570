/// Staff-facing Ukrainian names for audit actions and outcomes.
enum AuditPresentation {
    static let actions: [String: String] = [
        "access.denied": "Спроба доступу без права",
        "session.signin": "Вхід (пароль)",
        "session.second_factor": "Вхід (другий фактор)",
        "session.signout": "Вихід",
        "session.ended": "Сеанс завершився",
        "session.end": "Завершення сеансу",
        "session.end_others": "Завершення інших сеансів",
        "session.reauthenticate": "Повторне підтвердження пароля",
        "password.change": "Зміна пароля",
        "2fa.enrol": "Увімкнення двофакторного входу",
        "2fa.disable": "Вимкнення двофакторного входу",
        "2fa.recovery_codes": "Нові резервні коди",
        "staff.create": "Новий працівник",
        "staff.update": "Зміна даних працівника",
        "staff.disable": "Вимкнення облікового запису",
        "staff.enable": "Увімкнення облікового запису",
        "staff.remove": "Видалення працівника",
        "staff.reset_password": "Скидання пароля",
        "staff.reset_2fa": "Скидання двофакторного входу",
        "staff.end_sessions": "Завершення сеансів працівника",
        "token.create": "Новий API-токен",
        "token.revoke": "Відкликання API-токена",
        "security.update": "Зміна правил входу",
        "unit.update": "Зміна контактів підрозділу",
        "resident.verify": "Підтвердження особи мешканця",
        "resident.export": "Вивантаження даних мешканця",
        "resident.delete": "Видалення даних мешканця",
    ]

    /// The core's groups for the audit log's filter.
    static let groups: [(prefix: String, name: String)] = [
        ("session.", "Входи й сеанси"), ("access.denied", "Відмови в доступі"), ("staff.", "Працівники"),
        ("2fa.", "Двофакторний вхід"), ("password.", "Паролі"), ("token.", "API-токени"), ("resident.", "Мешканці"),
        ("unit.", "Підрозділи"), ("security.", "Правила входу"),
    ]

    static func outcome(_ outcome: AuditOutcome) -> String {
        switch outcome {
        case .ok: "виконано"
        case .denied: "відмовлено"
        case .failed: "невдало"
        }
    }
}
