import Synchronization

extension UkrainianText {
    /// ``normalise(_:)`` of a button label, remembered: a message typed at a menu is compared with every option's
    /// label, and normalising the same labels again for each message (grapheme by grapheme) was a noticeable part
    /// of answering it. Labels come from dialogues, so there are few of them; typed text is never remembered.
    static func normalisedLabel(_ label: String) -> String {
        if let known = normalisedLabels.withLock({ $0[label] }) { return known }
        let normalised = normalise(label)
        normalisedLabels.withLock { labels in
            if labels.count >= 4_096 { labels.removeAll(keepingCapacity: true) }
            labels[label] = normalised
        }
        return normalised
    }

    private static let normalisedLabels = Mutex<[String: String]>([:])
}
