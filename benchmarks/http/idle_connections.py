#!/usr/bin/env python3
"""Holds idle keep-alive connections open to an HTTP server, for a memory measurement.

Usage: idle_connections.py HOST PORT COUNT PATH MAX_HOLD_SECONDS

Opens COUNT connections, sends one `GET PATH` on each, reads the responses, prints
`OPEN <answered with 200> <connected>` and keeps every connection open until SIGTERM or
MAX_HOLD_SECONDS, then prints `STILL_OPEN <n>` (connections the server had not closed) and exits.
"""
import selectors
import signal
import socket
import sys
import time

host, port, count, path, max_hold = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], float(sys.argv[5])
request = f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUser-Agent: idle-connections\r\n\r\n".encode()
stop = False


def on_term(*_):
    global stop
    stop = True


signal.signal(signal.SIGTERM, on_term)
signal.signal(signal.SIGINT, on_term)

sockets, failures = [], 0
for _ in range(count):
    if stop:
        break
    try:
        s = socket.create_connection((host, port), timeout=5)
        s.sendall(request)
        s.setblocking(False)
        sockets.append(s)
    except OSError:
        failures += 1
        if failures >= 50:
            break

# Read one response head per connection (the bodies are tiny and arrive with it), 20 s at most.
selector = selectors.DefaultSelector()
for s in sockets:
    selector.register(s, selectors.EVENT_READ)
received = {}
deadline = time.monotonic() + 20
while len(received) < len(sockets) and time.monotonic() < deadline and not stop:
    for key, _ in selector.select(timeout=0.5):
        try:
            data = key.fileobj.recv(4096)
        except OSError:
            data = b""
        received[key.fileobj] = data
        selector.unregister(key.fileobj)
answered = sum(1 for data in received.values() if data.startswith(b"HTTP/1.1 200"))
print(f"OPEN {answered} {len(sockets)}", flush=True)

for s in sockets:
    if s in received and received[s]:
        selector.register(s, selectors.EVENT_READ)
deadline = time.monotonic() + max_hold
closed = set()
while not stop and time.monotonic() < deadline:
    for key, _ in selector.select(timeout=0.5):
        try:
            if key.fileobj.recv(4096) == b"":
                closed.add(key.fileobj)
                selector.unregister(key.fileobj)
        except OSError:
            closed.add(key.fileobj)
            selector.unregister(key.fileobj)
still_open = sum(1 for s in sockets if s in received and received[s] and s not in closed)
print(f"STILL_OPEN {still_open}", flush=True)
for s in sockets:
    s.close()
