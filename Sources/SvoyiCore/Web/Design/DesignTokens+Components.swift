extension DesignTokens {
    /// Component styles: layout, type, links, buttons, cards, forms, error summary, tables and alerts.
    /// They use the tokens only, so re-colouring never needs a change here.
    public static let components: String = """
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; font-family: var(--font-family); font-size: var(--font-size-base);
          line-height: var(--line-height); color: var(--color-text); background: var(--color-page);
          overflow-wrap: break-word; display: flex; flex-direction: column; min-height: 100vh; }
        .page-width { width: 100%; max-width: var(--page-width); margin: 0 auto;
          padding-left: var(--space-3); padding-right: var(--space-3); }
        h1, h2, h3, h4 { line-height: var(--line-height-heading); font-weight: var(--font-weight-bold);
          margin: var(--space-5) 0 var(--space-3); }
        h1 { font-size: var(--font-size-h1); margin-top: 0; }
        h2 { font-size: var(--font-size-h2); }
        h3, h4 { font-size: var(--font-size-h3); }
        p, ul, ol, dl { margin: 0 0 var(--space-3); max-width: var(--measure); }
        .lead { font-size: var(--font-size-large); }
        .muted, small { color: var(--color-text-muted); font-size: var(--font-size-small); }
        a { color: var(--color-link); text-decoration-thickness: 0.08em; text-underline-offset: 0.15em; }
        a:visited { color: var(--color-link-visited); }
        a:hover { text-decoration-thickness: 0.16em; }
        :focus-visible { outline: var(--focus-width) solid var(--color-text); outline-offset: 0;
          box-shadow: 0 0 0 calc(var(--focus-width) * 2) var(--color-focus); }
        a:focus-visible { outline: none; color: var(--color-focus-text); background: var(--color-focus);
          box-shadow: 0 -2px var(--color-focus), 0 4px var(--color-focus-text); text-decoration: none; }
        .visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
          overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
        .skip-link { position: absolute; left: var(--space-3); top: -10rem; z-index: 10; padding: var(--space-2)
          var(--space-3); background: var(--color-focus); color: var(--color-focus-text); font-weight: 700; }
        .skip-link:focus, .skip-link:focus-visible { top: var(--space-2); }
        .site-header { background: var(--color-background); border-bottom: 1px solid var(--color-divider); }
        .site-header__bar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
          gap: var(--space-2) var(--space-4); padding-top: var(--space-2); padding-bottom: var(--space-2); }
        .site-header__name { display: inline-flex; align-items: center; min-height: var(--tap-target);
          font-size: var(--font-size-large); font-weight: 700; color: var(--color-text); text-decoration: none; }
        .site-header__name:visited { color: var(--color-text); }
        .language-switch { display: flex; gap: var(--space-2); margin: 0; padding: 0; list-style: none; }
        .language-switch a, .language-switch span { display: inline-flex; align-items: center;
          min-height: var(--tap-target); padding: 0 var(--space-3); border-radius: var(--radius-pill);
          border: var(--border-width) solid var(--color-text); color: var(--color-text); text-decoration: none; }
        .language-switch span { background: var(--color-accent); border-color: var(--color-accent);
          color: var(--color-accent-text); font-weight: 700; }
        .site-nav ul { display: flex; flex-wrap: wrap; gap: 0 var(--space-4); margin: 0; padding: 0;
          list-style: none; max-width: none; }
        .site-nav a { display: inline-flex; align-items: center; min-height: var(--tap-target);
          color: var(--color-text); font-weight: 700; }
        .site-nav a[aria-current="page"] { text-decoration: none; box-shadow: inset 0 -4px 0 var(--color-text); }
        main { display: block; flex: 1 0 auto; padding-top: var(--space-4); padding-bottom: var(--space-6); }
        main:focus { outline: none; }
        .site-footer { background: var(--color-accent); color: var(--color-accent-text);
          padding: var(--space-5) 0; font-size: var(--font-size-small); }
        .site-footer a, .site-footer a:visited { color: var(--color-accent-text); }
        .site-footer p { margin: 0 0 var(--space-2); }
        .card { background: var(--color-background); border-radius: var(--radius-large); padding: var(--space-4);
          margin: 0 0 var(--space-4); }
        .card > :first-child { margin-top: 0; }
        .card > :last-child { margin-bottom: 0; }
        .card-grid { display: grid; gap: var(--space-4); grid-template-columns: repeat(auto-fit,
          minmax(min(100%, 18rem), 1fr)); }
        .card-grid { margin: 0 0 var(--space-4); padding: 0; list-style: none; max-width: none; }
        .card-grid > .card { margin: 0; }
        .button { display: inline-flex; align-items: center; justify-content: center; gap: var(--space-2);
          min-height: var(--tap-target); padding: var(--space-2) var(--space-5); border-radius: var(--radius-pill);
          border: var(--border-width) solid var(--color-accent); background: var(--color-accent);
          color: var(--color-accent-text); font: inherit; font-weight: 700; line-height: 1.25; cursor: pointer;
          text-align: center; text-decoration: none; }
        .button:visited { color: var(--color-accent-text); }
        .button:hover { background: var(--color-accent-hover); border-color: var(--color-accent-hover); }
        .button--secondary, .button--secondary:visited { background: var(--color-background);
          color: var(--color-text); border-color: var(--color-text); }
        .button--secondary:hover { background: var(--color-surface); }
        .button--warning, .button--warning:visited { background: var(--color-error); border-color: var(--color-error);
          color: var(--color-accent-text); }
        .button:focus-visible, .button--secondary:focus-visible, .button--warning:focus-visible {
          background: var(--color-focus); color: var(--color-focus-text); border-color: var(--color-focus-text);
          outline: var(--focus-width) solid transparent; box-shadow: 0 4px 0 var(--color-focus-text); }
        .button-group { display: flex; flex-wrap: wrap; gap: var(--space-3); align-items: center;
          margin: var(--space-4) 0; }
        .field { margin: 0 0 var(--space-4); max-width: var(--measure); }
        .field--error { border-left: 5px solid var(--color-error); padding-left: var(--space-3); }
        .field__label, legend { display: block; font-weight: 700; margin: 0 0 var(--space-1); }
        .field__hint { display: block; color: var(--color-text-muted); margin: 0 0 var(--space-2); }
        .field__error { display: block; color: var(--color-error); font-weight: 700; margin: 0 0 var(--space-2); }
        .input, .select, .textarea { display: block; width: 100%; min-height: var(--tap-target);
          padding: var(--space-2) var(--space-3); border: var(--border-width) solid var(--color-border);
          border-radius: var(--radius-small); background: var(--color-background); color: var(--color-text);
          font: inherit; }
        .textarea { min-height: 8rem; resize: vertical; }
        .input--short { max-width: 12rem; }
        .field--error .input, .field--error .select, .field--error .textarea { border-color: var(--color-error);
          border-width: 3px; }
        fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
        legend { padding: 0; }
        .choice { display: flex; align-items: flex-start; gap: var(--space-3); min-height: var(--tap-target);
          padding: var(--space-2) 0; }
        .choice input { flex: none; width: 1.75rem; height: 1.75rem; margin: 0; accent-color: var(--color-accent); }
        .choice label { padding-top: 0.1rem; cursor: pointer; }
        .choice .field__hint { margin: 0; }
        .error-summary { border: 4px solid var(--color-error); border-radius: var(--radius-medium);
          background: var(--color-background); padding: var(--space-4); margin: 0 0 var(--space-5);
          max-width: var(--measure); }
        .error-summary:focus { outline: var(--focus-width) solid var(--color-text);
          box-shadow: 0 0 0 calc(var(--focus-width) * 2) var(--color-focus); }
        .error-summary h2 { margin-top: 0; font-size: var(--font-size-h3); }
        .error-summary ul { margin: 0; padding-left: var(--space-4); }
        .error-summary a, .error-summary a:visited { color: var(--color-error); font-weight: 700; }
        .alert { border-left: 6px solid var(--color-info); background: var(--color-info-surface);
          border-radius: var(--radius-small); padding: var(--space-3) var(--space-4); margin: 0 0 var(--space-4);
          max-width: var(--measure); }
        .alert > :last-child { margin-bottom: 0; }
        .alert__title { display: block; font-weight: 700; margin-bottom: var(--space-1); }
        .alert--success { border-color: var(--color-success); background: var(--color-success-surface); }
        .alert--warning { border-color: var(--color-warning); background: var(--color-warning-surface); }
        .alert--error { border-color: var(--color-error); background: var(--color-error-surface); }
        .error-page__other { border-top: 1px solid var(--color-divider); margin-top: var(--space-4);
          padding-top: var(--space-3); }
        .table-wrap { position: relative; overflow-x: auto; margin: 0 0 var(--space-4); }
        .table { width: 100%; border-collapse: collapse; background: var(--color-background); }
        .table caption { text-align: left; font-weight: 700; padding: 0 0 var(--space-2); }
        .table th, .table td { text-align: left; vertical-align: top; padding: var(--space-2) var(--space-3);
          border-bottom: 1px solid var(--color-divider); }
        .table thead th { border-bottom: var(--border-width) solid var(--color-text); }
        .table tbody tr:nth-child(even) { background: var(--color-surface); }
        @media (max-width: 40rem) {
          .card { padding: var(--space-3); border-radius: var(--radius-medium); }
          .button-group .button { width: 100%; }
        }
        @media (forced-colors: active) {
          .button, .card, .alert, .language-switch span { border: 2px solid CanvasText; }
          :focus-visible, a:focus-visible { outline: 3px solid Highlight; }
        }
        @media (prefers-reduced-motion: reduce) { * { transition: none !important; scroll-behavior: auto !important; } }
        @media print { .skip-link, .site-nav, .language-switch, .button { display: none; } }

        """
}
