#!/usr/bin/python3
"""A stand-in for HelloAsso's API (v5) in tests: OAuth2 client credentials and checkout intents.

Run with Debian's interpreter (standard library only):
    /usr/bin/python3 tests/support/helloasso_standin.py --client-id ID --client-secret SECRET \
        --organisation SLUG
Prints the port it listens on (one line) once ready, then serves until killed or stdin closes.

Speaks what the platform uses:
  POST /oauth2/token                                    grant_type=client_credentials
  POST /v5/organizations/{slug}/checkout-intents        (Bearer token) -> {"id", "redirectUrl"}
  GET  /v5/organizations/{slug}/checkout-intents/{id}   (Bearer token) -> the intent; once paid,
                                                        its order.payments[]
and lets the test play the donor and read what was asked:
  POST /test/checkouts/{id}/pay   {"amount": cents, "state": "Authorized", "payment_id": 9001}
                                  (amount defaults to the intent's totalAmount)
  GET  /test/checkouts/{id}       the intent's request body as received
  GET  /test/stats                {"tokens": n, "reads": n, "creates": n}
"""
import argparse
import json
import os
import re
import signal
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
STATE = {"next_id": 7000, "intents": {}, "tokens": set(),
         "stats": {"tokens": 0, "reads": 0, "creates": 0}}
ARGS = None

INTENTS = re.compile(r"^/v5/organizations/([^/]+)/checkout-intents$")
INTENT = re.compile(r"^/v5/organizations/([^/]+)/checkout-intents/(\d+)$")
PAY = re.compile(r"^/test/checkouts/(\d+)/pay$")
PEEK = re.compile(r"^/test/checkouts/(\d+)$")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body):
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def authorised(self):
        auth = self.headers.get("Authorization", "")
        with LOCK:
            return auth.startswith("Bearer ") and auth[7:] in STATE["tokens"]

    def checkout_url(self, cid):
        return "http://127.0.0.1:%d/checkout/%d" % (self.server.server_address[1], cid)

    def do_POST(self):
        path = urllib.parse.urlsplit(self.path).path
        raw = self.body()
        if path == "/oauth2/token":
            form = urllib.parse.parse_qs(raw.decode("utf-8"))
            ok = (form.get("grant_type") == ["client_credentials"] and
                  form.get("client_id") == [ARGS.client_id] and
                  form.get("client_secret") == [ARGS.client_secret])
            if not ok:
                return self.reply(401, {"error": "unauthorized_client"})
            with LOCK:
                STATE["stats"]["tokens"] += 1
                token = "token-%d" % STATE["stats"]["tokens"]
                STATE["tokens"].add(token)
            return self.reply(200, {"access_token": token, "token_type": "bearer",
                                    "expires_in": 1800, "refresh_token": "r-" + token})
        m = INTENTS.match(path)
        if m:
            if not self.authorised():
                return self.reply(401, {"message": "unauthorized"})
            if m.group(1) != ARGS.organisation:
                return self.reply(404, {"message": "unknown organization"})
            try:
                asked = json.loads(raw)
            except ValueError:
                return self.reply(400, {"message": "not JSON"})
            for field in ("totalAmount", "initialAmount", "itemName", "backUrl", "errorUrl",
                          "returnUrl"):
                if field not in asked:
                    return self.reply(400, {"message": "missing " + field})
            with LOCK:
                STATE["next_id"] += 1
                cid = STATE["next_id"]
                STATE["intents"][cid] = {"asked": asked, "payment": None}
                STATE["stats"]["creates"] += 1
            return self.reply(200, {"id": cid, "redirectUrl": self.checkout_url(cid)})
        m = PAY.match(path)
        if m:
            cid = int(m.group(1))
            order = json.loads(raw or b"{}")
            with LOCK:
                intent = STATE["intents"].get(cid)
                if intent is None:
                    return self.reply(404, {"message": "unknown checkout"})
                intent["payment"] = {
                    "id": order.get("payment_id", 90000 + cid),
                    "amount": order.get("amount", intent["asked"]["totalAmount"]),
                    "state": order.get("state", "Authorized"),
                }
            return self.reply(200, {"paid": cid})
        return self.reply(404, {"message": "no such route"})

    def do_GET(self):
        path = urllib.parse.urlsplit(self.path).path
        m = INTENT.match(path)
        if m:
            if not self.authorised():
                return self.reply(401, {"message": "unauthorized"})
            cid = int(m.group(2))
            with LOCK:
                STATE["stats"]["reads"] += 1
                intent = STATE["intents"].get(cid)
                if intent is None or m.group(1) != ARGS.organisation:
                    return self.reply(404, {"message": "unknown checkout"})
                body = {"id": cid, "redirectUrl": self.checkout_url(cid),
                        "metadata": intent["asked"].get("metadata")}
                pay = intent["payment"]
                if pay is not None:
                    body["order"] = {"id": 50000 + cid, "amount": {"total": pay["amount"]},
                                     "payments": [dict(pay)]}
            return self.reply(200, body)
        m = PEEK.match(path)
        if m:
            with LOCK:
                intent = STATE["intents"].get(int(m.group(1)))
            if intent is None:
                return self.reply(404, {"message": "unknown checkout"})
            return self.reply(200, intent["asked"])
        if path == "/test/stats":
            with LOCK:
                stats = dict(STATE["stats"])
            return self.reply(200, stats)
        return self.reply(404, {"message": "no such route"})


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--client-id", required=True)
    parser.add_argument("--client-secret", required=True)
    parser.add_argument("--organisation", required=True)
    ARGS = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", ARGS.port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], flush=True)

    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    signal.signal(signal.SIGINT, lambda *_: done.set())

    # The parent may die without killing us: stop when our stdin reaches end of file.
    def watch_stdin():
        try:
            while os.read(0, 4096):
                pass
        except OSError:
            pass
        done.set()

    if not sys.stdin.isatty():
        threading.Thread(target=watch_stdin, daemon=True).start()
    done.wait()
    server.shutdown()
    sys.stdout.flush()
    os._exit(0)  # no interpreter shutdown racing the stdin thread


if __name__ == "__main__":
    main()
