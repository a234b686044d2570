// Shorthands for document, sectioning and text elements; anything else goes through
// `HTML.element(_:_:content:)`.
extension HTML {
    /// A `<html>` element.
    public static func html(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.html, attributes, content: content)
    }

    /// A `<head>` element.
    public static func head(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.head, attributes, content: content)
    }

    /// A `<body>` element.
    public static func body(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.body, attributes, content: content)
    }

    /// A `<title>` element.
    public static func title(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.title, attributes, content: content)
    }

    /// A `<header>` element.
    public static func header(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.header, attributes, content: content)
    }

    /// A `<nav>` element.
    public static func nav(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.nav, attributes, content: content)
    }

    /// A `<main>` element.
    public static func main(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.main, attributes, content: content)
    }

    /// A `<footer>` element.
    public static func footer(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.footer, attributes, content: content)
    }

    /// A `<section>` element.
    public static func section(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.section, attributes, content: content)
    }

    /// A `<article>` element.
    public static func article(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.article, attributes, content: content)
    }

    /// A `<aside>` element.
    public static func aside(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.aside, attributes, content: content)
    }

    /// A `<div>` element.
    public static func div(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.div, attributes, content: content)
    }

    /// A `<span>` element.
    public static func span(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.span, attributes, content: content)
    }

    /// A `<p>` element.
    public static func p(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.p, attributes, content: content)
    }

    /// A `<a>` element.
    public static func a(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.a, attributes, content: content)
    }

    /// A `<h1>` element.
    public static func h1(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.h1, attributes, content: content)
    }

    /// A `<h2>` element.
    public static func h2(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.h2, attributes, content: content)
    }

    /// A `<h3>` element.
    public static func h3(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.h3, attributes, content: content)
    }

    /// A `<h4>` element.
    public static func h4(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.h4, attributes, content: content)
    }

    /// A `<ul>` element.
    public static func ul(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.ul, attributes, content: content)
    }

    /// A `<ol>` element.
    public static func ol(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.ol, attributes, content: content)
    }

    /// A `<li>` element.
    public static func li(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.li, attributes, content: content)
    }

    /// A `<dl>` element.
    public static func dl(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.dl, attributes, content: content)
    }

    /// A `<dt>` element.
    public static func dt(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.dt, attributes, content: content)
    }

    /// A `<dd>` element.
    public static func dd(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.dd, attributes, content: content)
    }

    /// A `<strong>` element.
    public static func strong(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.strong, attributes, content: content)
    }

    /// A `<em>` element.
    public static func em(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.em, attributes, content: content)
    }

    /// A `<small>` element.
    public static func small(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.small, attributes, content: content)
    }

    /// A `<time>` element.
    public static func time(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.time, attributes, content: content)
    }

    /// A `<details>` element.
    public static func details(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.details, attributes, content: content)
    }

    /// A `<summary>` element.
    public static func summary(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.summary, attributes, content: content)
    }

    /// A `<meta>` element (void: no children).
    public static func meta(_ attributes: HTMLAttribute...) -> HTML {
        element(.meta, attributes)
    }

    /// A `<link>` element (void: no children).
    public static func link(_ attributes: HTMLAttribute...) -> HTML {
        element(.link, attributes)
    }

    /// A `<br>` element (void: no children).
    public static func br(_ attributes: HTMLAttribute...) -> HTML {
        element(.br, attributes)
    }

    /// A `<hr>` element (void: no children).
    public static func hr(_ attributes: HTMLAttribute...) -> HTML {
        element(.hr, attributes)
    }

    /// A `<img>` element (void: no children).
    public static func img(_ attributes: HTMLAttribute...) -> HTML {
        element(.img, attributes)
    }
}
