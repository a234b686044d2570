"""The admin panel's accessibility gate: every page the owner can reach, in headless Chromium, checked with axe-core
(WCAG 2.1 AA and best practice) and with the checks axe cannot make on its own.

Usage: admin_a11y.py BASE_URL LOGIN TEMPORARY_PASSWORD
Signs in the way admin_flow.py does (temporary password, 2FA enrolment, a new password), but through the browser.
Prints one line per check ("ok …" or "FAIL …") and "N failed" last; exits 1 when anything failed.
With SVOYI_A11Y_SCREENSHOTS=DIR, saves DIR/NN-page-wide.png (1280 px) and DIR/NN-page-narrow.png (320 px).

The law behind it: CMU Resolution 757 requires ДСТУ EN 301 549:2022, which includes WCAG 2.1 AA.
"""

import os
import re
import shutil
import signal
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait
from selenium_axe_python import Axe
from svoyi_totp import totp

base, login, temporary = sys.argv[1], sys.argv[2], sys.argv[3]
screenshots = os.environ.get("SVOYI_A11Y_SCREENSHOTS")
failures = 0
pages_checked = 0
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
WIDE, NARROW = (1280, 900), (320, 800)


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
    # Debian's own browser and driver: Selenium must not try to download either.
    for candidate in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if os.path.exists(candidate):
            options.binary_location = candidate
            break
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_window_size(*WIDE)
    driver.set_script_timeout(60)
    return driver


driver = browser()
# The Swift test sends SIGTERM when it gives up: leave through `finally`, which closes the browser.
signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))


def wait_for(condition, what, timeout=20):
    """Waits on a condition with a deadline (never a fixed sleep); a timeout is a failed check."""
    try:
        WebDriverWait(driver, timeout).until(lambda _: condition())
        return True
    except WebDriverException:
        return check(False, "%s (still %s)" % (what, driver.current_url))


def path():
    return driver.current_url[len(base):] if driver.current_url.startswith(base) else driver.current_url


def submit(action, fields):
    """Fills the form posting to `action` and presses its first submit button, as a person would."""
    form = driver.find_element(By.CSS_SELECTOR, 'form[action="%s"]' % action)
    for name, value in fields.items():
        control = form.find_element(By.NAME, name)
        control.clear()
        control.send_keys(value)
    old = driver.find_element(By.TAG_NAME, "html")
    form.find_element(By.CSS_SELECTOR, 'button[type="submit"]').click()
    wait_for(lambda: old.id != driver.find_element(By.TAG_NAME, "html").id, "the form %s is submitted" % action)


def go(target):
    driver.get(base + target)


# The checks axe does not make, in one script: language, headings, labels, reflow.
PAGE_FACTS = """
const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1]));
const controls = [...document.querySelectorAll('input, select, textarea')]
  .filter(c => !['hidden', 'submit', 'button', 'reset', 'image'].includes(c.type));
const unlabelled = controls.filter(c => {
  const named = [...c.labels].some(l => l.textContent.trim() !== '')
    || (c.getAttribute('aria-label') || '').trim() !== '' || c.hasAttribute('aria-labelledby');
  return !named;
}).map(c => c.outerHTML.slice(0, 120));
return {lang: document.documentElement.getAttribute('lang'), headings: headings, unlabelled: unlabelled,
        title: document.title, errorSummary: !!document.querySelector('.error-summary'),
        focusedSummary: document.activeElement === document.querySelector('.error-summary')};
"""

# The style that tells a focused element from the same element unfocused.
FOCUS_STYLE = """
const el = arguments[0];
if (!el || el === document.body) return null;
const s = getComputedStyle(el);
return [s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, s.boxShadow, s.backgroundColor, s.color,
        s.textDecorationLine, s.borderColor].join(' | ');
"""


# What sticks out to the right, to say where a horizontal scroll comes from: elements inside a box that scrolls or
# clips on its own do not count, unless they are positioned against something outside it.
WIDER_THAN_SCREEN = """
const w = document.documentElement.clientWidth;
const clipped = e => {
  for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
    if (getComputedStyle(a).overflowX !== 'visible') return e.offsetParent === null || a.contains(e.offsetParent)
      || e.offsetParent === a;
  }
  return false;
};
return [...document.querySelectorAll('body *')]
  .filter(e => { const r = e.getBoundingClientRect(); return r.right > w + 1 && r.width > 0 && !clipped(e); })
  .slice(0, 3).map(e => e.tagName.toLowerCase() + '.' + String(e.className).split(' ').join('.'));
"""


def describe(element):
    return driver.execute_script(
        "const e = arguments[0]; return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + "
        "(e.className ? '.' + String(e.className).split(' ').join('.') : '') + ' «' + "
        "(e.innerText || e.value || '').trim().slice(0, 40) + '»';", element)


def start_from_top():
    """Puts the sequential focus navigation starting point at the top of the document, as on a fresh load."""
    driver.execute_script(
        "const r = document.documentElement; r.setAttribute('tabindex', '-1'); r.focus({preventScroll: true});"
        "r.removeAttribute('tabindex'); window.scrollTo(0, 0);")


def check_keyboard(name):
    """Tab once from the top: the skip link comes first. Then every focusable element, each must look focused."""
    start_from_top()
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    first = driver.switch_to.active_element
    check(driver.execute_script("return arguments[0].matches('a.skip-link[href=\"#main\"]')", first),
          "%s: the skip link is the first focusable element (got %s)" % (name, describe(first)))
    invisible = []
    seen = []
    previous, previous_focused = None, None
    for _ in range(80):
        current = driver.switch_to.active_element
        if previous is not None and current.id == previous.id:
            current.send_keys(Keys.TAB)  # the next part of one control: a date input's day, month and year
            continue
        if previous is not None and previous_focused is not None:
            unfocused = driver.execute_script(FOCUS_STYLE, previous)
            if unfocused == previous_focused:
                invisible.append(describe(previous))
        if current.id in seen or driver.execute_script("return arguments[0] === document.body", current):
            break
        seen.append(current.id)
        previous, previous_focused = current, driver.execute_script(FOCUS_STYLE, current)
        current.send_keys(Keys.TAB)
    check(not invisible, "%s: every focusable element shows focus%s" % (
        name, "" if not invisible else " — not: " + "; ".join(invisible[:5])))


def screenshot(name, suffix):
    if not screenshots:
        return
    os.makedirs(screenshots, exist_ok=True)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    size = driver.get_window_size()
    # The whole page in one picture: make the window as tall as the page, then restore it.
    driver.set_window_size(size["width"], min(max(height + (size["height"] - driver.execute_script(
        "return window.innerHeight")), 200), 6000))
    driver.save_screenshot(os.path.join(screenshots, "%02d-%s-%s.png" % (pages_checked, name, suffix)))
    driver.set_window_size(size["width"], size["height"])


def check_page(name, expected_path=None):
    """Every check on the page now in the browser."""
    global pages_checked
    pages_checked += 1
    if expected_path is not None and not check(
            path().split("?")[0] == expected_path, "%s: the browser is on %s (is on %s)" % (
                name, expected_path, path())):
        return
    facts = driver.execute_script(PAGE_FACTS)
    check(facts["lang"] == "uk", '%s: <html lang="uk"> (is %r)' % (name, facts["lang"]))
    levels = facts["headings"]
    check(levels.count(1) == 1, "%s: exactly one h1 (headings %s)" % (name, levels))
    skipped = [(a, b) for a, b in zip([1] + levels, levels) if b > a + 1]
    check(not skipped and max(levels or [1]) <= 4, "%s: no skipped heading levels, h1–h4 only (headings %s)" % (
        name, levels))
    check(not facts["unlabelled"], "%s: every input, select and textarea has a label%s" % (
        name, "" if not facts["unlabelled"] else " — not: " + "; ".join(facts["unlabelled"])))
    if facts["errorSummary"]:
        check(facts["title"].startswith("Помилка:"), "%s: the title starts «Помилка:» (%s)" % (name, facts["title"]))
        check(facts["focusedSummary"], "%s: the error summary has focus when the page opens" % name)

    Axe(driver).inject()
    results = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(r.violations), e => done([{id: 'axe-error', impact: 'critical', help: String(e),"
        " nodes: []}]));", AXE_TAGS)
    if not results:
        check(True, "%s: axe finds no violations" % name)
    for violation in results:
        targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
        detail = violation["nodes"][0].get("failureSummary", "").replace("\n", " ") if violation["nodes"] else ""
        check(False, "%s: axe %s (%s) on %d element(s): %s — %s. %s" % (
            name, violation["id"], violation["impact"], len(violation["nodes"]), violation["help"], targets,
            detail[:300]))

    check_keyboard(name)
    screenshot(name, "wide")

    driver.set_window_size(*NARROW)
    width = driver.execute_script("return window.innerWidth")
    if width > NARROW[0]:
        # The window cannot be made narrower than the browser allows; emulate the viewport instead.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": NARROW[0], "height": NARROW[1], "deviceScaleFactor": 1, "mobile": False})
    scroll = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
    wide = driver.execute_script(WIDER_THAN_SCREEN)
    check(scroll[0] <= NARROW[0], "%s: no horizontal scrolling at 320 px (scrollWidth %d, viewport %d)%s" % (
        name, scroll[0], scroll[1], "" if not wide else " — too wide: " + ", ".join(wide)))
    screenshot(name, "narrow")
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.set_window_size(*WIDE)


try:
    # Before signing in.
    go("/admin")
    check_page("sign-in", "/admin/login")
    submit("/admin/login", {"login": login, "password": "wrong password, surely"})
    check_page("sign-in-errors", "/admin/login")
    submit("/admin/login", {"login": login, "password": temporary})
    check_page("enrolment", "/admin/login/enrol")
    secret = driver.find_element(By.CSS_SELECTOR, "p.secret").text.replace(" ", "")
    submit("/admin/login/enrol", {"code": totp(secret, time.time())})
    codes = [item.text for item in driver.find_elements(By.CSS_SELECTOR, "ul.codes li")]
    check(len(codes) == 10, "ten recovery codes are shown once (%d)" % len(codes))
    check_page("recovery-codes", "/admin/login/enrol")
    go("/admin")
    check_page("password", "/admin/password")
    new_password = "нове довге гасло для панелі"
    submit("/admin/password", {"new_password": new_password, "confirm_password": new_password})
    check(path().startswith("/admin/profile"), "the password is changed (%s)" % path())

    # Signed in: every page of the owner's menu and the pages behind it.
    go("/admin")
    check_page("dashboard", "/admin")
    go("/admin/profile")
    check_page("profile", "/admin/profile")
    go("/admin/profile/2fa")
    check_page("profile-2fa")
    go("/admin/staff")
    check_page("staff", "/admin/staff")
    card = driver.find_element(By.CSS_SELECTOR, 'table a[href^="/admin/staff/"]').get_attribute("href")
    go("/admin/staff/new")
    check_page("staff-new", "/admin/staff/new")
    submit("/admin/staff", {})
    check_page("staff-new-errors", "/admin/staff")
    driver.get(card)
    check_page("staff-card", card[len(base):])
    go("/admin/roles")
    check_page("roles", "/admin/roles")
    go("/admin/audit?action=session.&outcome=ok")
    check_page("audit", "/admin/audit")
    go("/admin/tokens")
    check_page("tokens", "/admin/tokens")
    go("/admin/security")
    check_page("security", "/admin/security")
    go("/admin/units")
    check_page("units", "/admin/units")
    units = driver.find_elements(By.CSS_SELECTOR, 'table a[href^="/admin/units/"]')
    if check(bool(units), "the units list links to a unit"):
        unit = units[0].get_attribute("href")
        driver.get(unit)
        check_page("unit", unit[len(base):])
    go("/admin/residents")
    check_page("residents", "/admin/residents")
    residents = driver.find_elements(By.CSS_SELECTOR, 'table a[href^="/admin/residents/"]')
    if check(bool(residents), "the residents list links to the demo residents"):
        resident = residents[0].get_attribute("href")
        driver.get(resident)
        check_page("resident", resident[len(base):])
    go("/admin/dialogues")
    check_page("dialogues", "/admin/dialogues")
    go("/admin/dialogues/reviews")
    check_page("dialogue-reviews", "/admin/dialogues/reviews")
    go("/admin/dialogues/id_card")
    check_page("dialogue", "/admin/dialogues/id_card")
    submit("/admin/dialogues/id_card/draft", {"json": "{"})
    check_page("dialogue-errors", "/admin/dialogues/id_card/draft")
    go("/admin/dialogues/id_card/try")
    check_page("dialogue-try", "/admin/dialogues/id_card/try")
    go("/admin/push")
    check_page("push", "/admin/push")
    go("/admin/push/new")
    check_page("push-new", "/admin/push/new")
    submit("/admin/push/new", {"text_uk": " ", "latitude": "95"})
    check_page("push-new-errors", "/admin/push/new")
    submit("/admin/push/new", {"text_uk": "Завтра в парку свято громади.", "latitude": ""})
    check_page("push-preview", "/admin/push/new")
    submit("/admin/push/new", {})  # «Надіслати»
    check(re.match(r"^/admin/push/\d+$", path().split("?")[0]) is not None, "the message is sent (%s)" % path())
    message = path().split("?")[0]
    check_page("push-message", message)
    submit(message + "/cancel", {})
    check_page("push-cancel", message + "/cancel")
    go("/admin/push")
    check_page("push-list", "/admin/push")
    go("/admin/push/emergency")
    check_page("push-emergency", "/admin/push/emergency")
    submit("/admin/push/emergency", {})  # the preview only: no alert is sent
    check_page("push-emergency-preview", "/admin/push/emergency")

    # The second factor, on the next sign-in.
    go("/admin")
    submit("/admin/logout", {})
    check(path().startswith("/admin/login"), "signing out returns to the sign-in page (%s)" % path())
    submit("/admin/login", {"login": login, "password": new_password})
    check_page("second-factor", "/admin/login/code")
    submit("/admin/login/code", {"code": codes[0] if codes else ""})
    check(path() == "/admin", "a recovery code signs in (%s)" % path())
except Exception as error:  # a page the script expected was not there: say where, and fail
    check(False, "the walk through the panel stopped at %s: %s" % (path(), repr(error)[:400]))
finally:
    driver.quit()

print("%d pages checked" % pages_checked)
print("%d failed" % failures)
sys.exit(1 if failures else 0)
