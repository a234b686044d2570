import Foundation
import SvoyiCore

/// Sharing a location in the web chat when a dialogue asks for one (the nearest shelters): the browser's
/// Geolocation API where the page's small script runs, and without JavaScript a settlement of the hromada or
/// coordinates typed into the same form.
extension WebChat {
    /// Where a resident says they are.
    struct SharedPlace: Equatable {
        var latitude: Double
        var longitude: Double
        /// What the resident's line in the conversation shows: the settlement's name or the coordinates.
        var shown: String
    }

    /// Why a submitted place was refused.
    enum PlaceProblem: Error, Equatable {
        /// Coordinates outside −90…90 / −180…180, or not numbers.
        case outOfRange
        /// Neither coordinates nor a settlement of the hromada.
        case unknown(String)
        /// Nothing typed and no coordinates.
        case empty
    }

    /// `latitude` and `longitude` when both are finite and within range, else ``PlaceProblem/outOfRange``.
    static func checkedLocation(latitude: Double, longitude: Double) throws(PlaceProblem) -> (Double, Double) {
        guard latitude.isFinite, longitude.isFinite, (-90...90).contains(latitude), (-180...180).contains(longitude)
        else { throw .outOfRange }
        return (latitude, longitude)
    }

    /// The place a location form sends: the browser's `latitude` and `longitude` when present, else what the
    /// resident typed in `place` — coordinates (`49.15, 31.18`, `49,15; 31,18`) or the name of one of
    /// `settlements` (case, apostrophes and a leading «с.»/«село»/«м.» do not matter), in the hromada's language
    /// of the page.
    static func place(
        latitude: String?, longitude: String?, typed: String?, settlements: [Settlement], language: Language
    ) throws(PlaceProblem) -> SharedPlace {
        let latitudeText = (latitude ?? "").trimmingCharacters(in: .whitespaces)
        let longitudeText = (longitude ?? "").trimmingCharacters(in: .whitespaces)
        if !latitudeText.isEmpty || !longitudeText.isEmpty {
            guard let lat = number(latitudeText), let lon = number(longitudeText) else { throw .outOfRange }
            let (checkedLatitude, checkedLongitude) = try checkedLocation(latitude: lat, longitude: lon)
            return SharedPlace(
                latitude: checkedLatitude, longitude: checkedLongitude, shown: coordinates(lat, lon))
        }
        let text = (typed ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw .empty }
        if let match = text.wholeMatch(
            of: /([-+]?\d{1,3}(?:[.,]\d+)?)\s*(?:;|,\s+|\s+|,)\s*([-+]?\d{1,3}(?:[.,]\d+)?)/)
        {
            guard let lat = number(String(match.1)), let lon = number(String(match.2)) else { throw .outOfRange }
            let (checkedLatitude, checkedLongitude) = try checkedLocation(latitude: lat, longitude: lon)
            return SharedPlace(
                latitude: checkedLatitude, longitude: checkedLongitude, shown: coordinates(lat, lon))
        }
        let wanted = settlementName(text)
        for settlement in settlements {
            guard let at = settlement.coordinates else { continue }
            let names = [settlement.name.uk, settlement.name.en].compactMap { $0 }
            if names.contains(where: { settlementName($0) == wanted }) {
                return SharedPlace(
                    latitude: at.latitude, longitude: at.longitude,
                    shown: settlement.name.text(for: language.rawValue))
            }
        }
        throw .unknown(text)
    }

    /// A settlement's name for comparing: normalised, without a leading kind («с.», «село», «смт», «м.» …).
    static func settlementName(_ text: String) -> String {
        var words = UkrainianText.normalise(text).split(separator: " ")
        let kinds: Set<Substring> = ["с", "село", "смт", "селище", "м", "місто", "village", "town", "city"]
        while words.count > 1, let first = words.first, kinds.contains(first) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    private static func number(_ text: String) -> Double? {
        Double(text.replacingOccurrences(of: ",", with: "."))
    }

    private static func coordinates(_ latitude: Double, _ longitude: Double) -> String {
        String(format: "%.5f, %.5f", latitude, longitude)
    }

    /// The form under a bot's request for a location, while it is the latest turn: a «Поділитися
    /// місцезнаходженням» button the script shows where the browser can locate, and a field for a settlement or
    /// coordinates that works everywhere. The script's words come in `data-` attributes, in the page's language.
    func locationForm(
        session: String, action: String, example: String, error: String?, language: Language
    ) -> HTML {
        HTML.form(
            .class("chat__location"), HTMLAttribute("action", action), HTMLAttribute("method", "post"),
            .data("chat-location", ""), .data("locating", Wording.locating.text(language)),
            .data("denied", Wording.locationDenied.text(language)),
            .data("unavailable", Wording.locationUnavailable.text(language))
        ) {
            Form.csrfField(token: formToken(session: session))
            HTML.input(.type("hidden"), .name("latitude"), .value(""))
            HTML.input(.type("hidden"), .name("longitude"), .value(""))
            HTML.p(.class("chat__geolocation"), .flag("hidden")) {
                HTML.button(.type("button"), .class("button"), .data("share-location", "")) {
                    Wording.shareLocation.text(language)
                }
                " "
                HTML.span(.class("muted"), .role("status"), .data("location-status", ""))
            }
            HTML.div(.class(error == nil ? "field" : "field field--error")) {
                HTML.label(.class("field__label"), .for("chat-place")) { Wording.placeLabel.text(language) }
                HTML.p(.class("field__hint"), .id("chat-place-hint")) { Wording.placeHint(example).text(language) }
                if let error { HTML.p(.class("field__error"), .id("chat-place-error")) { error } }
                HTML.input(
                    .type("text"), .class("input"), .id("chat-place"), .name("place"), .autocomplete("off"),
                    HTMLAttribute("maxlength", "200"),
                    .aria("describedby", error == nil ? "chat-place-hint" : "chat-place-hint chat-place-error"))
            }
            HTML.button(.type("submit"), .class("button button--secondary")) { Wording.sendPlace.text(language) }
        }
    }

    /// The path of the page's script.
    static let scriptPath = "/chat/location.js"

    /// The page's only script: shows the location button where the browser can locate (a secure context with the
    /// Geolocation API), and on a press fills the form's coordinates and sends it. Without it the form still works.
    static let script = """
        // Svoyi web chat: share the browser's location when the bot asks for one. Progressive enhancement: without
        // this script the same form takes a settlement or coordinates typed by hand.
        (function () {
          "use strict";
          var form = document.querySelector("form[data-chat-location]");
          if (!form || !navigator.geolocation || !window.isSecureContext) { return; }
          var button = form.querySelector("[data-share-location]");
          var status = form.querySelector("[data-location-status]");
          button.parentNode.hidden = false;
          button.addEventListener("click", function () {
            button.disabled = true;
            status.textContent = form.getAttribute("data-locating");
            navigator.geolocation.getCurrentPosition(function (position) {
              form.elements.latitude.value = position.coords.latitude.toFixed(6);
              form.elements.longitude.value = position.coords.longitude.toFixed(6);
              form.elements.place.value = "";
              form.submit();
            }, function (error) {
              button.disabled = false;
              status.textContent = form.getAttribute(error.code === 1 ? "data-denied" : "data-unavailable");
              form.elements.place.focus();
            }, { enableHighAccuracy: false, timeout: 20000, maximumAge: 300000 });
          });
        })();

        """
}
