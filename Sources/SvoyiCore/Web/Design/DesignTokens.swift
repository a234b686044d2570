/// The look of every Svoyi page in one stylesheet: design tokens as CSS custom properties on `:root`, then the
/// component styles, which use only the tokens.
///
/// A hromada re-colours its site by overriding tokens (see ``stylesheet(overriding:)``); the component styles stay
/// the same. Every text/background pair in ``contrastPairs`` meets WCAG 2.1 AA, and a unit test keeps it so.
public enum DesignTokens {
    /// Where the server serves ``css``. Pages link to it; it carries no user data, so it can be cached for long.
    public static let stylesheetPath = "/assets/svoyi.css"

    /// The whole stylesheet: tokens, then components.
    public static let css: String = tokens + components + admin + chat

    /// The `:root` block of design tokens.
    public static let tokens: String = """
        /* Svoyi design tokens. A hromada may override any of them; see DesignTokens.stylesheet(overriding:). */
        :root {
          /* Colours: text on backgrounds meets WCAG 2.1 AA (4.5:1), borders and focus 3:1 */
          --color-text: #0b0b0b;
          --color-text-muted: #474747;
          --color-background: #ffffff;
          --color-page: #e7eef5;
          --color-surface: #f3f5f8;
          --color-border: #6f6f6f;
          --color-divider: #c9d1da;
          --color-link: #0b4a8f;
          --color-link-visited: #5b2a86;
          --color-accent: #000000;
          --color-accent-text: #ffffff;
          --color-accent-hover: #2e2e2e;
          --color-focus: #ffd43b;
          --color-focus-text: #0b0b0b;
          --color-error: #b01e1e;
          --color-error-surface: #fdeeee;
          --color-success: #1b6332;
          --color-success-surface: #e8f5ec;
          --color-warning: #7a4b00;
          --color-warning-surface: #fff5d9;
          --color-info: #0b4a8f;
          --color-info-surface: #e8f1fb;
          /* Shape */
          --radius-small: 8px;
          --radius-medium: 16px;
          --radius-large: 24px;
          --radius-pill: 999px;
          --border-width: 2px;
          /* Spacing */
          --space-1: 0.25rem;
          --space-2: 0.5rem;
          --space-3: 1rem;
          --space-4: 1.5rem;
          --space-5: 2rem;
          --space-6: 3rem;
          /* Type: 18px base, never below 16px */
          --font-family: "e-Ukraine", "Inter", "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif;
          --font-size-base: 1.125rem;
          --font-size-small: 1rem;
          --font-size-large: 1.25rem;
          --font-size-h1: clamp(1.75rem, 1.2rem + 2.4vw, 2.5rem);
          --font-size-h2: clamp(1.375rem, 1.1rem + 1.2vw, 1.75rem);
          --font-size-h3: 1.25rem;
          --line-height: 1.5;
          --line-height-heading: 1.2;
          --font-weight-bold: 700;
          /* Layout and interaction */
          --page-width: 72rem;
          --measure: 42rem;
          --tap-target: 48px;
          --focus-width: 3px;
        }

        """

    /// A token pair whose contrast must meet WCAG 2.1 AA.
    public struct ContrastPair: Sendable, Hashable {
        /// The token of the text or graphic.
        public let foreground: String
        /// The token of what it sits on.
        public let background: String
        /// 4.5 for text, 3 for borders and focus indicators (WCAG 1.4.3, 1.4.11).
        public let minimum: Double
    }

    /// Every pair of tokens that the component styles put one on the other.
    public static let contrastPairs: [ContrastPair] =
        [
            ("--color-text", "--color-background"), ("--color-text", "--color-page"),
            ("--color-text", "--color-surface"), ("--color-text-muted", "--color-background"),
            ("--color-text-muted", "--color-page"), ("--color-text-muted", "--color-surface"),
            ("--color-link", "--color-background"), ("--color-link", "--color-page"),
            ("--color-link", "--color-surface"), ("--color-link-visited", "--color-background"),
            ("--color-link-visited", "--color-page"), ("--color-accent-text", "--color-accent"),
            ("--color-accent-text", "--color-accent-hover"), ("--color-focus-text", "--color-focus"),
            ("--color-error", "--color-background"), ("--color-error", "--color-error-surface"),
            ("--color-text", "--color-error-surface"), ("--color-success", "--color-success-surface"),
            ("--color-text", "--color-success-surface"), ("--color-warning", "--color-warning-surface"),
            ("--color-text", "--color-warning-surface"), ("--color-info", "--color-info-surface"),
            ("--color-text", "--color-info-surface"), ("--color-accent", "--color-background"),
        ].map { ContrastPair(foreground: $0.0, background: $0.1, minimum: 4.5) }
        + [
            ("--color-border", "--color-background"), ("--color-border", "--color-page"),
            ("--color-text", "--color-focus"), ("--color-accent", "--color-page"),
            ("--color-focus", "--color-accent"), ("--color-error", "--color-page"),
        ].map { ContrastPair(foreground: $0.0, background: $0.1, minimum: 3) }
}
