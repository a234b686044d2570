/// How sure the hromada is that a resident is who they say they are. Ordered: a higher level implies what the
/// lower ones establish. Each e-democracy action states the level it needs.
///
/// A resident's level never goes down by itself: verifying again at a lower level leaves it as it is.
public enum VerificationLevel: Int, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// A messenger account only: the person can be reached, nothing more is known.
    case messenger = 1
    /// A phone number shared through the messenger's contact button (the messenger vouches for the number).
    case phone = 2
    /// Verified in person at the ЦНАП by a staff member who saw an identity document.
    case inPerson = 3
    /// Verified through an external identity provider such as BankID or Дія.
    case externalProvider = 4

    /// Whether `lhs` is a weaker level than `rhs`.
    public static func < (lhs: VerificationLevel, rhs: VerificationLevel) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The level's name for pages and the staff panel.
    public func title(in language: Language) -> String {
        switch (self, language) {
        case (.messenger, .uk): "Обліковий запис у месенджері"
        case (.messenger, .en): "Messenger account"
        case (.phone, .uk): "Номер телефону підтверджено"
        case (.phone, .en): "Phone number confirmed"
        case (.inPerson, .uk): "Особу підтверджено в ЦНАП"
        case (.inPerson, .en): "Verified in person at the administrative services centre"
        case (.externalProvider, .uk): "Особу підтверджено через BankID або Дію"
        case (.externalProvider, .en): "Verified through BankID or Diia"
        }
    }
}
