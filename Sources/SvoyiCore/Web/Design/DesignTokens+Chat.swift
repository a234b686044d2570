extension DesignTokens {
    /// The web chat: the conversation as a list of bubbles (the resident's on the right), buttons under the latest
    /// answer, the message box below.
    public static let chat: String = """
        .chat { list-style: none; margin: 0 0 var(--space-4); padding: 0; max-width: var(--measure); }
        .chat__line { margin: 0 0 var(--space-3); padding: var(--space-3); border-radius: var(--radius-large);
          background: var(--color-background); max-width: 90%; }
        .chat__line p { margin: 0 0 var(--space-2); }
        .chat__line p:last-child { margin-bottom: 0; }
        .chat__line--resident { margin-left: auto; background: var(--color-accent); color: var(--color-accent-text); }
        .chat__buttons { display: flex; flex-wrap: wrap; gap: var(--space-2); margin-top: var(--space-3); }
        .chat__buttons .button { margin: 0; }
        .chat__form { max-width: var(--measure); }
        """
}
