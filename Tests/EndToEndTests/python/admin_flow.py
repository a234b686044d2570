"""A first sign-in to the admin panel over real HTTP with the `requests` library, as a browser would do it.

Usage: admin_flow.py BASE_URL LOGIN TEMPORARY_PASSWORD
Prints one line per check ("ok …" or "FAIL …") and "N failed" last; exits 1 when anything failed.
"""

import re
import sys
import time

import requests
from svoyi_totp import totp

base, login, temporary = sys.argv[1], sys.argv[2], sys.argv[3]
failures = 0


def check(condition, what):
    global failures
    print(("ok " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures += 1


def csrf(html, action):
    start = html.find('action="%s"' % action)
    found = re.search(r'name="_csrf" value="([^"]+)"', html[max(start, 0):])
    return found.group(1) if found else ""




session = requests.Session()
page = session.get(base + "/admin")
check(page.url.startswith(base + "/admin/login"), "anonymous /admin lands on the sign-in page")
check('lang="uk"' in page.text and "Вхід до панелі керування" in page.text, "the sign-in page is in Ukrainian")

page = session.post(base + "/admin/login", data={
    "_csrf": csrf(page.text, "/admin/login"), "login": login, "password": "wrong password, surely"})
check(page.status_code == 422 and "Неправильний логін або пароль." in page.text, "a wrong password is refused")

page = session.post(base + "/admin/login", data={
    "_csrf": csrf(page.text, "/admin/login"), "login": login, "password": temporary})
check(page.url == base + "/admin/login/enrol", "the head administrator must set up 2FA first")
check("<svg" in page.text, "the enrolment page shows a QR code")
secret = re.search(r'<p class="secret">([A-Z2-7 ]+)</p>', page.text).group(1).replace(" ", "")
page = session.post(base + "/admin/login/enrol", data={
    "_csrf": csrf(page.text, "/admin/login/enrol"), "code": totp(secret, time.time())})
codes = re.findall(r"<li>([2-9a-z]{5}(?:-[2-9a-z]{5}){4})</li>", page.text)
check(len(codes) == 10, "ten recovery codes are shown once")

page = session.get(base + "/admin")
check(page.url == base + "/admin/password", "a temporary password must be changed before anything else")
new_password = "нове довге гасло для панелі"
page = session.post(base + "/admin/password", data={
    "_csrf": csrf(page.text, "/admin/password"), "new_password": new_password, "confirm_password": new_password})
check(page.url.startswith(base + "/admin/profile"), "the password is changed")

page = session.get(base + "/admin/staff")
check(page.status_code == 200 and "Головний адміністратор (демо)" in page.text, "the staff list shows the owner")
page = session.get(base + "/admin/roles")
check("Ролі й права" in page.text and "Контент-менеджер" in page.text, "the roles page shows the matrix")

forged = session.post(base + "/admin/logout", data={"_csrf": "forged"}, allow_redirects=False)
check(forged.status_code == 403, "a form without the session's CSRF token is refused")
page = session.get(base + "/admin/audit")
check("Спроба доступу без права" in page.text, "the refusal is in the audit log")

page = session.post(base + "/admin/logout", data={"_csrf": csrf(page.text, "/admin/logout")})
check(page.url.startswith(base + "/admin/login"), "signing out returns to the sign-in page")
page = session.get(base + "/admin/login")
page = session.post(base + "/admin/login", data={
    "_csrf": csrf(page.text, "/admin/login"), "login": login, "password": new_password})
check(page.url == base + "/admin/login/code", "the next sign-in asks for the second factor")
page = session.post(base + "/admin/login/code", data={
    "_csrf": csrf(page.text, "/admin/login/code"), "code": codes[0]})
check(page.url == base + "/admin", "a recovery code signs in")

print("%d failed" % failures)
sys.exit(1 if failures else 0)
