/// A period of martial law (воєнний стан), by civil dates in Ukraine.
///
/// While it lasts, КЗпП art. 73 (holidays) and art. 67 part 3 (moving a day off when a holiday falls on a
/// weekend) do not apply: holidays are ordinary working days and nothing is moved (Law 2136-IX, art. 6).
/// Martial law has been in force since 2022-02-24 and is extended periodically; record its end here when it
/// comes, so deadlines stay right before, during and after it.
public struct MartialLawPeriod: Hashable, Sendable, Codable {
    /// The first day under martial law (the whole day counts, even if it was declared at 05:30).
    public var start: CivilDate
    /// The last day under martial law; `nil` while it is still in force.
    public var end: CivilDate?

    /// A period from `start` through `end` (both included); `end` is `nil` while it lasts.
    public init(start: CivilDate, end: CivilDate? = nil) {
        self.start = start
        self.end = end
    }

    /// Whether `date` is under this period of martial law.
    public func contains(_ date: CivilDate) -> Bool {
        start <= date && end.map { date <= $0 } ?? true
    }
}
