"""Talks to a running svoyi-server with two independent HTTP implementations: h11 (a strict HTTP/1.1
state machine, used raw over one socket for keep-alive and pipelining) and requests (urllib3).
Usage: python3 http_clients.py http://127.0.0.1:PORT   — prints one line per check, exits 1 on a failure."""
import socket
import sys
from urllib.parse import urlparse

import h11
import requests

base = sys.argv[1]
url = urlparse(base)
failures = 0


def check(name, condition, detail=""):
    global failures
    print(("ok   " if condition else "FAIL ") + name + ("" if condition else f" — {detail}"))
    if not condition:
        failures += 1


# requests: ordinary calls, HEAD, 404 page, problem JSON, a POST body to a route that does not take it.
r = requests.get(base + "/healthz", timeout=10)
check("requests GET /healthz", r.status_code == 200 and r.text == "ok\n", r.status_code)
check("security headers", r.headers.get("X-Content-Type-Options") == "nosniff" and "frame-ancestors 'none'" in r.headers.get("Content-Security-Policy", ""))
check("request id", len(r.headers.get("X-Request-Id", "")) >= 16)
h = requests.head(base + "/healthz", timeout=10)
check("requests HEAD keeps Content-Length, sends no body", h.status_code == 200 and h.headers.get("Content-Length") == "3" and h.content == b"")
nf = requests.get(base + "/no-such-page", timeout=10)
check("404 is a Ukrainian HTML page", nf.status_code == 404 and "text/html" in nf.headers["Content-Type"] and "Сторінку не знайдено" in nf.text)
api = requests.get(base + "/api/v1/no-such-thing", timeout=10)
check("404 under /api/ is problem JSON", api.status_code == 404 and api.headers["Content-Type"].startswith("application/problem+json") and api.json()["status"] == 404)
post = requests.post(base + "/healthz", data=b"x" * 10, timeout=10)
check("405 with Allow", post.status_code == 405 and "GET" in post.headers.get("Allow", ""), post.status_code)
with requests.Session() as session:
    statuses = [session.get(base + "/readyz", timeout=10).status_code for _ in range(5)]
    check("requests keep-alive session", statuses == [200] * 5, statuses)
m = requests.get(base + "/metrics", timeout=10)
check("metrics count what was asked", 'svoyi_http_requests_total{route="/healthz",method="GET",status="200"}' in m.text)

# h11: three pipelined requests on one connection, sent at once as raw bytes, and the responses parsed by
# h11 in order (h11 keeps bytes beyond one response for the next cycle).
sock = socket.create_connection((url.hostname, url.port), timeout=10)
conn = h11.Connection(our_role=h11.CLIENT)
targets = ["/healthz", "/readyz", "/healthz"]
raw = b""
for i, target in enumerate(targets):
    raw += f"GET {target} HTTP/1.1\r\nHost: {url.netloc}\r\n".encode()
    raw += b"Connection: close\r\n\r\n" if i == len(targets) - 1 else b"\r\n"
sock.sendall(raw)
bodies = []
for i, target in enumerate(targets):
    headers = [("Host", url.netloc)] + ([("Connection", "close")] if i == len(targets) - 1 else [])
    conn.send(h11.Request(method="GET", target=target, headers=headers))  # bytes already sent above
    conn.send(h11.EndOfMessage())
    body, status = b"", None
    while True:
        event = conn.next_event()
        if event is h11.NEED_DATA:
            conn.receive_data(sock.recv(65536))
            continue
        if isinstance(event, h11.Response):
            status = event.status_code
        elif isinstance(event, h11.Data):
            body += event.data
        elif isinstance(event, h11.EndOfMessage):
            bodies.append((status, body))
            break
    if i < len(targets) - 1:
        conn.start_next_cycle()
check("h11 pipelined responses in order", bodies == [(200, b"ok\n"), (200, b"ready\n"), (200, b"ok\n")], bodies)
conn.receive_data(sock.recv(65536))
check("h11 sees the server close after Connection: close", conn.next_event() is h11.ConnectionClosed or conn.their_state is h11.CLOSED)
sock.close()

print(f"{failures} failed")
sys.exit(1 if failures else 0)
