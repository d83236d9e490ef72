#!/usr/bin/python3
"""A real SMTP server for tests: accepts every message and writes it to DIR as a .eml file.

Run with Debian's interpreter (python3-aiosmtpd is a Debian package):
    /usr/bin/python3 tests/support/smtp_sink.py --port 0 --dir DIR
Prints the port it listens on (one line) once ready, then serves until killed or stdin closes.
Each file is written under a temporary name and renamed, so readers never see half a message.
"""
import argparse
import itertools
import os
import signal
import socket
import sys
import threading
import time

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory):
        self.directory = directory
        self.counter = itertools.count(1)
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            n = next(self.counter)
        base = "%d-%06d" % (int(time.time() * 1000), n)
        tmp = os.path.join(self.directory, base + ".tmp")
        # The envelope recipients come first, so a test can find a message by who it went to
        # even if the To header is missing.
        with open(tmp, "wb") as f:
            for rcpt in envelope.rcpt_tos:
                f.write(b"X-Envelope-To: " + rcpt.encode("utf-8") + b"\r\n")
            data = envelope.original_content or envelope.content
            if isinstance(data, str):
                data = data.encode("utf-8")
            f.write(data)
        os.rename(tmp, os.path.join(self.directory, base + ".eml"))
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--dir", required=True)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    port = args.port or free_port()
    controller = Controller(Sink(args.dir), hostname="127.0.0.1", port=port,
                            decode_data=False, enable_SMTPUTF8=True)
    controller.start()
    print(port, flush=True)

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
    controller.stop()
    sys.stdout.flush()
    os._exit(0)  # no interpreter shutdown racing the stdin thread


if __name__ == "__main__":
    main()
