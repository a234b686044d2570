/// The name of an HTML element, checked when it is made.
///
/// Use the predefined tags (``div``, ``p``, ``a`` …) or make one from a literal: `HTMLTag("search")`.
/// Void elements (`<input>`, `<br>` …) render without an end tag and never take children.
public struct HTMLTag: Sendable, Hashable {
    /// The lowercase element name.
    public let name: String
    /// Whether the element is void: it has no end tag and no children.
    public let isVoid: Bool

    /// Makes a tag from a literal name; a name that is not `[a-z][a-z0-9-]*` stops the program.
    public init(_ name: StaticString) {
        self.name = HTMLName.element(name)
        self.isVoid = HTMLTag.voidNames.contains(self.name)
    }

    static let voidNames: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
}

extension HTMLTag {
    /// The `<html>` element.
    public static let html = HTMLTag("html")
    /// The `<head>` element.
    public static let head = HTMLTag("head")
    /// The `<body>` element.
    public static let body = HTMLTag("body")
    /// The `<title>` element.
    public static let title = HTMLTag("title")
    /// The `<meta>` element.
    public static let meta = HTMLTag("meta")
    /// The `<link>` element.
    public static let link = HTMLTag("link")
    /// The `<header>` element.
    public static let header = HTMLTag("header")
    /// The `<nav>` element.
    public static let nav = HTMLTag("nav")
    /// The `<main>` element.
    public static let main = HTMLTag("main")
    /// The `<footer>` element.
    public static let footer = HTMLTag("footer")
    /// The `<section>` element.
    public static let section = HTMLTag("section")
    /// The `<article>` element.
    public static let article = HTMLTag("article")
    /// The `<aside>` element.
    public static let aside = HTMLTag("aside")
    /// The `<div>` element.
    public static let div = HTMLTag("div")
    /// The `<span>` element.
    public static let span = HTMLTag("span")
    /// The `<p>` element.
    public static let p = HTMLTag("p")
    /// The `<a>` element.
    public static let a = HTMLTag("a")
    /// The `<h1>` element.
    public static let h1 = HTMLTag("h1")
    /// The `<h2>` element.
    public static let h2 = HTMLTag("h2")
    /// The `<h3>` element.
    public static let h3 = HTMLTag("h3")
    /// The `<h4>` element.
    public static let h4 = HTMLTag("h4")
    /// The `<ul>` element.
    public static let ul = HTMLTag("ul")
    /// The `<ol>` element.
    public static let ol = HTMLTag("ol")
    /// The `<li>` element.
    public static let li = HTMLTag("li")
    /// The `<dl>` element.
    public static let dl = HTMLTag("dl")
    /// The `<dt>` element.
    public static let dt = HTMLTag("dt")
    /// The `<dd>` element.
    public static let dd = HTMLTag("dd")
    /// The `<strong>` element.
    public static let strong = HTMLTag("strong")
    /// The `<em>` element.
    public static let em = HTMLTag("em")
    /// The `<small>` element.
    public static let small = HTMLTag("small")
    /// The `<br>` element.
    public static let br = HTMLTag("br")
    /// The `<hr>` element.
    public static let hr = HTMLTag("hr")
    /// The `<img>` element.
    public static let img = HTMLTag("img")
    /// The `<form>` element.
    public static let form = HTMLTag("form")
    /// The `<label>` element.
    public static let label = HTMLTag("label")
    /// The `<input>` element.
    public static let input = HTMLTag("input")
    /// The `<select>` element.
    public static let select = HTMLTag("select")
    /// The `<option>` element.
    public static let option = HTMLTag("option")
    /// The `<textarea>` element.
    public static let textarea = HTMLTag("textarea")
    /// The `<button>` element.
    public static let button = HTMLTag("button")
    /// The `<fieldset>` element.
    public static let fieldset = HTMLTag("fieldset")
    /// The `<legend>` element.
    public static let legend = HTMLTag("legend")
    /// The `<table>` element.
    public static let table = HTMLTag("table")
    /// The `<caption>` element.
    public static let caption = HTMLTag("caption")
    /// The `<thead>` element.
    public static let thead = HTMLTag("thead")
    /// The `<tbody>` element.
    public static let tbody = HTMLTag("tbody")
    /// The `<tr>` element.
    public static let tr = HTMLTag("tr")
    /// The `<th>` element.
    public static let th = HTMLTag("th")
    /// The `<td>` element.
    public static let td = HTMLTag("td")
    /// The `<time>` element.
    public static let time = HTMLTag("time")
    /// The `<details>` element.
    public static let details = HTMLTag("details")
    /// The `<summary>` element.
    public static let summary = HTMLTag("summary")
}
