extension AdminPanel {
    /// A data table with its caption (hidden, read by screen readers), in a wrapper that scrolls sideways when the
    /// table is wider than the screen, so the page itself never does (WCAG 1.4.10).
    ///
    /// The wrapper is a region named like the table and sits in the tab order: someone without a mouse can focus it
    /// and scroll with the arrow keys even when the table has no links (WCAG 2.1.1, axe `scrollable-region-focusable`).
    /// A page without JavaScript cannot know whether its table will overflow, so every wrapper is focusable.
    public static func table(caption: String, @HTMLBuilder content: () -> HTML) -> HTML {
        HTML.div(.class("table-wrap"), .role("region"), .aria("label", caption), HTMLAttribute("tabindex", "0")) {
            HTML.table(.class("table")) {
                HTML.caption(.class("visually-hidden")) { caption }
                content()
            }
        }
    }
}
