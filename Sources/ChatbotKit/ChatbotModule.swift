public import SvoyiCore

/// ChatbotKit's contribution to a Svoyi server: the municipal chatbot: dialogues, Telegram, Viber and web chat channels, broadcasts.
///
/// Mount it by adding it to the server's module list; it brings its own migrations (module `chatbot`).
public struct ChatbotModule: Module {
    public let name = "chatbot"

    public init() {}

    /// Version 1: the dialogue library (``DialogueStore/migrations``); version 2: conversations
    /// (``ConversationStore/migration``); version 3: the bot registry (``BotStore/migration``); version 4: the
    /// Telegram update log (``TelegramUpdateLog/migration``); version 5: the Viber message tokens
    /// (``ViberInboundLog/migration``); version 6: the Viber bots' pictures (``ViberProfiles/migration``); version 7:
    /// the bots' send rates (``BotStore/sendRateMigration``).
    public var migrations: [Migration] {
        DialogueStore.migrations + [
            ConversationStore.migration, BotStore.migration, TelegramUpdateLog.migration, ViberInboundLog.migration,
            ViberProfiles.migration, BotStore.sendRateMigration,
        ]
    }

    /// The daily purge of idle conversations (``ConversationStore/purgeJob``), of the Telegram update log
    /// (``TelegramUpdateLog/pruneJob``) and of old Viber message tokens (``ViberInboundLog/purgeJob``).
    public var jobHandlers: [JobHandler] {
        [ConversationStore.purgeJob, TelegramUpdateLog.pruneJob, ViberInboundLog.purgeJob]
    }

    /// `dialogues.edit` and `dialogues.publish` (see ``DialogueAdmin``), `push.send` and `push.emergency` (see
    /// ``PushAdmin``).
    public var permissions: [Permission] { Permission.chatbot + Permission.push }

    /// «Діалоги чат-бота» and «PUSH-повідомлення».
    public var adminSections: [AdminSection] { [.dialogues, .push] }

    /// The dialogue admin's, the PUSH section's and `svoyi-cli bot …`/`dialogues import`'s audit actions.
    public var auditNames: AuditNames {
        AuditNames(
            actions: [
                "dialogue.draft": "Збереження чернетки діалогу", "dialogue.publish": "Публікація діалогу",
                "dialogue.rollback": "Повернення версії діалогу", "dialogues.import": "Імпорт діалогів",
                "push.send": "PUSH-повідомлення", "push.emergency": "Екстрена тривога",
                "push.cancel": "Скасування PUSH-повідомлення", "push.resend": "Повторне надсилання PUSH",
                "bot.add": "Новий бот месенджера", "bot.enable": "Увімкнення бота", "bot.disable": "Вимкнення бота",
                "bot.set-rate": "Зміна швидкості розсилки бота", "bot.set-webhook": "Адреса вебхука бота",
            ],
            groups: [("dialogue", "Діалоги чат-бота"), ("push.", "PUSH-повідомлення"), ("bot.", "Боти месенджерів")])
    }

    /// `{dialogue}`, the admin routes' dialogue id, and `{push}`, a PUSH message's id.
    public var scopeResolvers: [ScopeResolver] { [.dialogue, .pushMessage] }

    /// The residents' conversations, exported and erased with their data (``ConversationStore/residentData``).
    public var residentData: [ResidentDataProvider] { [ConversationStore.residentData] }
}
