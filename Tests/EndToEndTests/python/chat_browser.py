"""The web chat in headless Chromium: sharing a location when the bot asks for one (the browser's Geolocation API,
a refusal, and the no-JavaScript form reached by the emergency alert's `?open=shelters` link), axe on the page with the location form, and the chat API called from a
widget page on another origin (CORS: the allowed origin is answered, another is blocked by the browser).

Usage: chat_browser.py BASE_URL WIDGET_PORT
The server must run with --chat-origin http://localhost:WIDGET_PORT; the script serves the widget page on that port
itself, and reaches it also as http://127.0.0.1:WIDGET_PORT, an origin the server does not allow.
Prints one line per check ("ok …" or "FAIL …") and "N failed" last; exits 1 when anything failed.
"""

import http.server
import os
import shutil
import signal
import sys
import threading

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from selenium_axe_python import Axe

base, widget_port = sys.argv[1], int(sys.argv[2])
failures = 0
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
KALYNIVKA = {"latitude": 49.2105, "longitude": 31.1190, "accuracy": 10}


def check(condition, what):
    global failures
    print(("ok " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures += 1
    return condition


def browser():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--lang=uk", "--window-size=1280,900"):
        options.add_argument(argument)
    # Headless Chromium ignores --lang for Accept-Language; the preference sets it.
    options.add_experimental_option("prefs", {"intl.accept_languages": "uk"})
    for candidate in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if os.path.exists(candidate):
            options.binary_location = candidate
            break
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_script_timeout(60)
    return driver


driver = browser()
signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))


def wait_for(condition, what, timeout=60):
    """Waits on a condition with a deadline (never a fixed sleep); a timeout is a failed check."""
    try:
        WebDriverWait(driver, timeout).until(lambda _: condition())
        return True
    except WebDriverException:
        return check(False, "%s (still %s)" % (what, driver.current_url))


def fresh_chat(link=False):
    """A new chat session (no cookie) opened at the main menu, then «укриття» typed; or, with `link`, opened by the
    emergency alert's link straight at the shelters dialogue. Either way the bot asks for a location."""
    driver.delete_all_cookies()
    if link:
        driver.get(base + "/chat?open=shelters")
        check(driver.current_url.endswith("/chat#latest"), "the link's page forgets `open` (%s)" % driver.current_url)
    else:
        driver.get(base + "/chat")
        box = driver.find_element(By.ID, "chat-message")
        box.send_keys("укриття")
        box.submit()
    return wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "form[data-chat-location]"),
                    "the bot asks for a location and the page shows the location form")


def axe_violations():
    Axe(driver).inject()
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => v.id + ': ' + v.help)), e => done(['axe-error: ' + e]));",
        AXE_TAGS)


class Widget(http.server.BaseHTTPRequestHandler):
    """A hromada website's page: anything it is asked for is the same small page."""

    def do_GET(self):
        body = b"<!doctype html><html lang=uk><title>Widget</title><p>Chat widget</p></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_):
        pass


CALL_CHAT = """
const done = arguments[arguments.length - 1];
fetch(arguments[0] + '/api/v1/chat', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: '{}'})
  .then(r => r.json()).then(j => done('answered ' + (j.messages || []).length + ' ' + (j.session || '').length))
  .catch(e => done('blocked ' + e));
"""

widget = http.server.ThreadingHTTPServer(("127.0.0.1", widget_port), Widget)
threading.Thread(target=widget.serve_forever, daemon=True).start()

try:
    origin = base.rstrip("/")
    # 1. The browser knows where the resident is: the button appears, one press sends the location.
    driver.execute_cdp_cmd("Browser.grantPermissions", {"origin": origin, "permissions": ["geolocation"]})
    driver.execute_cdp_cmd("Emulation.setGeolocationOverride", KALYNIVKA)
    if fresh_chat():
        button = driver.find_element(By.CSS_SELECTOR, "[data-share-location]")
        check(button.is_displayed(), "the «Поділитися місцезнаходженням» button is shown by the script")
        check(button.text == "Поділитися місцезнаходженням", "the button says «%s»" % button.text)
        violations = axe_violations()
        check(not violations, "axe finds no violations on the chat with the location form%s" % (
            "" if not violations else ": " + "; ".join(violations)))
        button.click()
        wait_for(lambda: "Найближчі укриття" in driver.page_source, "the nearest shelters come back")
        page = driver.page_source
        check("Моє місцезнаходження: 49.21050, 31.11900" in page, "the resident's line shows the shared location")
        check("Укриття Калинівської гімназії" in page, "the shelter in Калинівка comes first")
        check(not driver.find_elements(By.CSS_SELECTOR, "form[data-chat-location]"),
              "the location form is gone once the bot has answered")

    # 2. The resident refuses: the page says so and the typed field takes over.
    driver.execute_cdp_cmd("Browser.setPermission", {
        "origin": origin, "permission": {"name": "geolocation"}, "setting": "denied"})
    if fresh_chat():
        driver.find_element(By.CSS_SELECTOR, "[data-share-location]").click()
        status = driver.find_element(By.CSS_SELECTOR, "[data-location-status]")
        wait_for(lambda: "не дозволив" in status.text, "a refusal is explained next to the button")
        check(driver.switch_to.active_element.get_attribute("id") == "chat-place",
              "after a refusal the focus is on the settlement field")

    # 3. Without JavaScript (the emergency alert's link this time) the button stays hidden and a typed settlement
    # works.
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    if fresh_chat(link=True):
        check(not driver.find_element(By.CSS_SELECTOR, "[data-share-location]").is_displayed(),
              "without JavaScript the location button is not shown")
        place = driver.find_element(By.ID, "chat-place")
        place.send_keys("Калинівка")
        place.submit()
        wait_for(lambda: "Найближчі укриття" in driver.page_source, "a typed settlement brings the nearest shelters")
        check("Моє місцезнаходження: Калинівка" in driver.page_source, "the resident's line names the settlement")
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})

    # 4. The chat API from a widget on another origin: allowed for the configured origin only.
    driver.get("http://localhost:%d/" % widget_port)
    allowed = driver.execute_async_script(CALL_CHAT, origin)
    check(allowed.startswith("answered ") and allowed.endswith(" 22"),
          "the allowed origin's widget reads the chat's answer (%s)" % allowed)
    driver.get("http://127.0.0.1:%d/" % widget_port)
    refused = driver.execute_async_script(CALL_CHAT, origin)
    check(refused.startswith("blocked "), "another origin's page cannot read the chat (%s)" % refused)
finally:
    try:
        driver.quit()
    finally:
        widget.shutdown()

print("%d failed" % failures, flush=True)
sys.exit(1 if failures else 0)
