#!/usr/bin/env python3
"""Attackers for load/attack.sh: each kind from its own client address (X-Forwarded-For), for a
given time, tallying every answer it got: HTTP status and GraphQL code, or WebSocket close code.

    load/attackers.py --port 18090 --seconds 90 --password <local account's>

Standard library only (no WebSocket package): the upgrade and frames are written by hand.
Prints one line per attacker and answer, "attacker<TAB>answer<TAB>count", at the end.
"""
import argparse
import base64
import collections
import http.client
import json
import os
import re
import socket
import struct
import threading
import time

CODE = re.compile(rb'"code"\s*:\s*"([A-Z_]+)"')
VERDICTS = "models(first: 100) { nodes { useTerms { explanation } } }"


def aliases(count, field):
    return "{ " + " ".join(f"a{i}: {field}" for i in range(count)) + " }"


def deep():
    nested = "slug"
    for _ in range(11):
        nested = "baseModel { " + nested + " }"
    return '{ model(slug: "chatbit") { ' + nested + " } }"


COSTLY_ALLOWED = aliases(6, VERDICTS)  # 7,206: just under the limit
REFUSED = [aliases(15, VERDICTS), deep(), aliases(16, "__typename")]


class Tally:
    def __init__(self):
        self.counts = collections.Counter()
        self.lock = threading.Lock()

    def add(self, attacker, answer):
        with self.lock:
            self.counts[(attacker, answer)] += 1


def answer_of(status, body):
    code = CODE.search(body)
    return f"{status} {code.group(1).decode() if code else ('ok' if status == 200 else '-')}"


def http_loop(args, tally, name, address, documents, headers=None):
    end = time.time() + args.seconds
    i = 0
    while time.time() < end:
        document = documents[i % len(documents)]
        i += 1
        try:
            c = http.client.HTTPConnection("localhost", args.port, timeout=30)
            c.request("POST", "/graphql", json.dumps({"query": document}),
                      {"Content-Type": "application/json", "X-Forwarded-For": address,
                       **(headers or {})})
            r = c.getresponse()
            tally.add(name, answer_of(r.status, r.read()))
            c.close()
        except OSError as e:
            tally.add(name, f"socket {type(e).__name__}")
            time.sleep(0.1)


def slow_body(args, tally, name, address):
    """Headers at once, then the body a byte a second: holds a connection as long as allowed."""
    end = time.time() + args.seconds
    body = json.dumps({"query": "{ __typename }"}).encode()
    while time.time() < end:
        try:
            s = socket.create_connection(("localhost", args.port))
        except OSError as e:
            tally.add(name, f"socket {type(e).__name__}")
            time.sleep(1)
            continue
        s.settimeout(1)
        answer, sent = "open at the end", 0
        try:
            s.sendall(b"POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                      + f"\r\nX-Forwarded-For: {address}\r\nContent-Length: {len(body)}\r\n\r\n"
                      .encode())
            while time.time() < end:
                try:
                    data = s.recv(4096)
                    if not data:
                        answer = "closed by the registry"
                        break
                    status = data.split(b" ", 2)[1].decode()
                    answer = answer_of(int(status), data) if sent == len(body) else \
                        f"{status} before the body ended"
                    break
                except socket.timeout:
                    pass
                if sent < len(body):
                    s.sendall(body[sent:sent + 1])
                    sent += 1
        except OSError as e:
            answer = f"socket {type(e).__name__}"
        s.close()
        tally.add(name, answer)
        time.sleep(0.1)


def ws_connect(args, address, sock_timeout=10):
    s = socket.create_connection(("localhost", args.port), timeout=sock_timeout)
    key = base64.b64encode(os.urandom(16)).decode()
    s.sendall((f"GET /graphql HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
               f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
               f"Sec-WebSocket-Protocol: graphql-transport-ws\r\nX-Forwarded-For: {address}\r\n\r\n")
              .encode())
    head = b""
    while b"\r\n\r\n" not in head:
        data = s.recv(4096)
        if not data:
            raise ConnectionError("closed during the upgrade")
        head += data
    status = int(head.split(b" ", 2)[1])
    rest = head.split(b"\r\n\r\n", 1)[1]
    if status != 101:
        try:
            rest += s.recv(4096)
        except OSError:
            pass
        s.close()
        return None, answer_of(status, rest)
    return Frames(s, rest), None


class Frames:
    def __init__(self, sock, buffered):
        self.sock, self.buffer = sock, buffered

    def _take(self, n):
        while len(self.buffer) < n:
            data = self.sock.recv(65536)
            if not data:
                raise ConnectionError("closed without a close frame")
            self.buffer += data
        taken, self.buffer = self.buffer[:n], self.buffer[n:]
        return taken

    def send(self, text):
        payload, mask = text.encode(), os.urandom(4)
        n = len(payload)
        head = bytes([0x81]) + (bytes([0x80 | n]) if n < 126 else
                                bytes([0x80 | 126]) + struct.pack(">H", n) if n < 65536 else
                                bytes([0x80 | 127]) + struct.pack(">Q", n))
        self.sock.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def receive(self):
        """The next message: ("text", str) or ("close", code); pings are skipped, fragments joined."""
        fragments = b""
        while True:
            first, second = self._take(2)
            n = second & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._take(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._take(8))[0]
            payload = self._take(n)
            opcode = first & 0x0F
            if opcode == 8:
                return "close", struct.unpack(">H", payload[:2])[0] if len(payload) >= 2 else 1005
            if opcode in (1, 0):
                fragments += payload
                if first & 0x80:
                    return "text", fragments.decode(errors="replace")

    def close(self):
        self.sock.close()


def ws_flood(args, tally, name, address):
    """Opens connections without ever initialising them, more than one address may hold."""
    end = time.time() + args.seconds
    while time.time() < end:
        try:
            frames, refused = ws_connect(args, address)
            if refused:
                tally.add(name, f"upgrade {refused}")
                time.sleep(0.2)
                continue
            tally.add(name, "upgrade 101")
            kind, value = frames.receive()
            tally.add(name, f"close {value}" if kind == "close" else "message before init")
            frames.close()
        except OSError as e:
            tally.add(name, f"socket {type(e).__name__}")
            time.sleep(0.1)


class Closed(Exception):
    """The registry closed the connection; its close code is already counted."""


def ws_documents(args, tally, name, address):
    """One initialised connection sending the costliest allowed and the refused documents."""
    end = time.time() + args.seconds
    while time.time() < end:
        try:
            frames, refused = ws_connect(args, address, sock_timeout=30)
            if refused:
                tally.add(name, f"upgrade {refused}")
                time.sleep(1)
                continue
            frames.send(json.dumps({"type": "connection_init"}))
            frames.receive()
            i = 0
            while time.time() < end:
                i += 1
                document = ([COSTLY_ALLOWED] + REFUSED)[i % 4]
                frames.send(json.dumps({"id": str(i), "type": "subscribe",
                                        "payload": {"query": document}}))
                while True:
                    kind, value = frames.receive()
                    if kind == "close":
                        tally.add(name, f"close {value}")
                        raise Closed
                    message = json.loads(value)
                    if message.get("type") in ("ping", "pong"):
                        continue
                    if message.get("id") != str(i):
                        continue
                    if message["type"] == "next":
                        found = CODE.search(value.encode())
                        tally.add(name, f"next {found.group(1).decode() if found else 'ok'}")
                    elif message["type"] == "error":
                        found = CODE.search(value.encode())
                        tally.add(name, f"error {found.group(1).decode() if found else '-'}")
                    if message["type"] in ("complete", "error"):
                        break
            frames.close()
        except Closed:
            time.sleep(0.1)
        except (OSError, ValueError) as e:
            if time.time() < end:
                tally.add(name, f"no answer: {type(e).__name__}")
            time.sleep(0.1)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, default=18090)
    p.add_argument("--seconds", type=float, default=90)
    p.add_argument("--password", default="wrong")
    args = p.parse_args()
    tally = Tally()
    wrong = "Basic " + base64.b64encode(b"editor:not-" + args.password.encode()).decode()
    attackers = (
        [(http_loop, "costliest allowed (HTTP)", "203.0.113.1", [COSTLY_ALLOWED], None)] * 3
        + [(http_loop, "refused documents (HTTP)", "203.0.113.2", REFUSED, None)] * 2
        + [(http_loop, "wrong passwords (HTTP Basic)", "203.0.113.3", ["{ __typename }"],
            {"Authorization": wrong})] * 2
        + [(slow_body, "slow bodies (1 byte/s)", "203.0.113.4")] * 8
        + [(ws_flood, "WebSocket flood", "203.0.113.5")] * 40
        + [(ws_documents, "costly + refused (WebSocket)", "203.0.113.6")] * 2
    )
    threads = [threading.Thread(target=a[0], args=(args, tally) + tuple(a[1:]), daemon=True)
               for a in attackers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(args.seconds + 40)
    for (attacker, answer), count in sorted(tally.counts.items()):
        print(f"{attacker}\t{answer}\t{count}")


if __name__ == "__main__":
    main()
