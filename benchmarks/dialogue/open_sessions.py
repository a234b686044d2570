#!/usr/bin/env python3
"""Opens web chat sessions for the load test: `open_sessions.py HOST PORT COUNT` prints one session token a line.

Each is a `POST /api/v1/chat` with `{}` (a new session at the main menu) over one keep-alive connection.
"""
import http.client
import json
import sys

host, port, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
connection = http.client.HTTPConnection(host, port, timeout=30)
for _ in range(count):
    connection.request("POST", "/api/v1/chat", body=b"{}", headers={"Content-Type": "application/json"})
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        sys.exit("open_sessions.py: POST /api/v1/chat answered %d: %s" % (response.status, body[:200]))
    print(json.loads(body)["session"])
