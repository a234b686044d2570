/// An institution or a unit of one: a ЦНАП office, a remote workplace, a school, a shelter…
public struct Institution: Hashable, Sendable, Codable {
    /// What the place is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// ЦНАП (центр надання адміністративних послуг), main office.
        case cnapOffice
        /// Територіальний підрозділ ЦНАП.
        case cnapBranch
        /// Віддалене робоче місце адміністратора ЦНАП.
        case remoteWorkplace
        /// Пересувне робоче місце (мобільний ЦНАП).
        case mobileOffice
        /// Старостат.
        case starostaOffice
        /// Council or executive committee body, department.
        case councilUnit
        case school
        case kindergarten
        case hospital
        /// Амбулаторія, ФАП.
        case clinic
        /// Укриття (shelter, civil protection structure).
        case shelter
        /// Пункт незламності.
        case resiliencePoint
        case library
        case culture
        /// Social protection, pension service, employment centre.
        case socialService
        case utility
        case police
        case other
    }

    /// Facts about physical access, shown to residents and used to filter.
    public struct Accessibility: Hashable, Sendable, Codable {
        public var stepFreeEntrance: Bool?
        public var ramp: Bool?
        public var accessibleToilet: Bool?
        public var elevatorOrGroundFloor: Bool?
        public var parkingForDisabled: Bool?
        public var tactileGuidance: Bool?
        public var hearingLoop: Bool?
        public var notes: LocalizedText?

        public init(
            stepFreeEntrance: Bool? = nil, ramp: Bool? = nil, accessibleToilet: Bool? = nil,
            elevatorOrGroundFloor: Bool? = nil, parkingForDisabled: Bool? = nil, tactileGuidance: Bool? = nil,
            hearingLoop: Bool? = nil, notes: LocalizedText? = nil
        ) {
            self.stepFreeEntrance = stepFreeEntrance
            self.ramp = ramp
            self.accessibleToilet = accessibleToilet
            self.elevatorOrGroundFloor = elevatorOrGroundFloor
            self.parkingForDisabled = parkingForDisabled
            self.tactileGuidance = tactileGuidance
            self.hearingLoop = hearingLoop
            self.notes = notes
        }
    }

    /// How to reach the place.
    public struct Contacts: Hashable, Sendable, Codable {
        public var phones: [String]
        public var email: String?
        public var website: String?

        public init(phones: [String] = [], email: String? = nil, website: String? = nil) {
            self.phones = phones
            self.email = email
            self.website = website
        }
    }

    /// Facts that matter for a shelter.
    public struct ShelterFacts: Hashable, Sendable, Codable {
        public enum Kind: String, Sendable, Codable, CaseIterable {
            /// Сховище.
            case blastShelter
            /// Протирадіаційне укриття.
            case antiRadiation
            /// Найпростіше укриття (basement, cellar).
            case simple
            /// Споруда подвійного призначення.
            case dualUse
        }

        public var kind: Kind
        /// People it holds.
        public var capacity: Int?
        /// Open round the clock, or opened on alarm by a named keeper.
        public var alwaysOpen: Bool

        public init(kind: Kind, capacity: Int? = nil, alwaysOpen: Bool) {
            self.kind = kind
            self.capacity = capacity
            self.alwaysOpen = alwaysOpen
        }
    }

    public var id: Int64?
    /// Stable key within the hromada, e.g. `cnap-main`.
    public var code: String
    public var kind: Kind
    public var name: LocalizedText
    /// The `code` of the institution this is a unit of.
    public var parent: String?
    /// КАТОТТГ code of the settlement it is in.
    public var settlement: String?
    public var address: LocalizedText
    public var coordinates: Coordinates?
    public var contacts: Contacts
    public var accessibility: Accessibility
    public var openingHours: WeeklySchedule
    public var shelter: ShelterFacts?
    public var description: LocalizedText?

    public init(
        id: Int64? = nil, code: String, kind: Kind, name: LocalizedText, parent: String? = nil,
        settlement: String? = nil, address: LocalizedText, coordinates: Coordinates? = nil,
        contacts: Contacts = Contacts(), accessibility: Accessibility = Accessibility(),
        openingHours: WeeklySchedule = WeeklySchedule(), shelter: ShelterFacts? = nil,
        description: LocalizedText? = nil
    ) {
        self.id = id
        self.code = code
        self.kind = kind
        self.name = name
        self.parent = parent
        self.settlement = settlement
        self.address = address
        self.coordinates = coordinates
        self.contacts = contacts
        self.accessibility = accessibility
        self.openingHours = openingHours
        self.shelter = shelter
        self.description = description
    }
}
