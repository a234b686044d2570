extension DesignTokens {
    /// The admin panel's layout: a left-hand menu beside the content (stacked on narrow screens), the signed-in
    /// user bar, compact tables with inline action forms, QR codes on white, one-time codes in monospace.
    public static let admin: String = """
        .admin-bar { display: flex; flex-wrap: wrap; align-items: center; gap: var(--space-2) var(--space-4); }
        .admin-bar form { margin: 0; }
        .admin-shell { display: grid; gap: var(--space-5); grid-template-columns: minmax(12rem, 16rem) 1fr;
          align-items: start; }
        @media (max-width: 48rem) { .admin-shell { grid-template-columns: 1fr; } }
        .admin-menu ul { list-style: none; margin: 0; padding: 0; }
        .admin-menu a { display: flex; align-items: center; min-height: var(--tap-target); padding: 0 var(--space-3);
          color: var(--color-text); border-left: 4px solid transparent; }
        .admin-menu a[aria-current="page"] { border-left-color: var(--color-text); font-weight: 700;
          background: var(--color-background); }
        .admin-content { min-width: 0; }
        .admin-content dt { font-weight: 700; }
        .admin-content dd { margin: 0 0 var(--space-2); }
        .inline-form { display: inline; margin: 0; }
        .inline-form .button { margin: 0; }
        .badge { display: inline-block; padding: 0 var(--space-2); border-radius: var(--radius-pill);
          border: 1px solid var(--color-text); font-size: var(--font-size-small); }
        .qr { display: inline-block; background: #ffffff; padding: var(--space-3); line-height: 0;
          margin: 0 0 var(--space-3); }
        .qr svg { width: 14rem; height: 14rem; }
        .codes { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: var(--font-size-large);
          columns: 2 12rem; }
        .secret { font-family: ui-monospace, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
        .filters { display: flex; flex-wrap: wrap; gap: var(--space-3); align-items: flex-end; }
        .filters .field { margin-bottom: 0; }
        """
}
