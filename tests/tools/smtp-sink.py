#!/usr/bin/env python3
"""A tiny SMTP server for tests: accepts mail on 127.0.0.1 and writes each message to a file.

  smtp-sink.py --port N --out DIR [--require-auth USER:PASS]

Each accepted message becomes DIR/NNN.eml (as received, dot-stuffing undone, with
X-Sink-Mail-From / X-Sink-Rcpt-To lines on top) and DIR/NNN.json (envelope plus the
subject and body decoded by Python's own email parser, an independent check of the
client's encoding). Recipients whose local part is "nobody" are refused with 550.
Supports EHLO/HELO, AUTH PLAIN and LOGIN, MAIL, RCPT, DATA, RSET, NOOP, QUIT.
Prints "listening on PORT" once ready; runs until killed. Standard library only.
"""
import argparse
import base64
import binascii
import email
import email.policy
import json
import os
import socketserver
import sys
import threading

counter_lock = threading.Lock()
counter = [0]


def b64(text):
    try:
        return base64.b64decode(text, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None


class Handler(socketserver.StreamRequestHandler):
    timeout = 30

    def reply(self, line):
        self.wfile.write((line + "\r\n").encode("utf-8"))
        self.wfile.flush()

    def readline(self):
        line = self.rfile.readline(65536)
        if not line:
            raise EOFError
        return line.rstrip(b"\r\n").decode("utf-8", "replace")

    def reset(self):
        self.mail_from = None
        self.rcpt_to = []

    def check_credentials(self, user, password):
        expected = self.server.require_auth
        if expected is not None and (user, password) == expected:
            self.authenticated = True
            self.reply("235 2.7.0 Authentication successful")
        else:
            self.reply("535 5.7.8 Authentication credentials invalid")

    def auth(self, args):
        parts = args.split()
        mechanism = parts[0].upper() if parts else ""
        if mechanism == "PLAIN":
            token = parts[1] if len(parts) > 1 else None
            if token is None:
                self.reply("334 ")
                token = self.readline()
            decoded = b64(token)
            if decoded is None or decoded.count("\0") != 2:
                self.reply("501 5.5.2 Cannot decode the AUTH PLAIN response")
                return
            _, user, password = decoded.split("\0")
            self.check_credentials(user, password)
        elif mechanism == "LOGIN":
            self.reply("334 VXNlcm5hbWU6")
            user = b64(self.readline())
            self.reply("334 UGFzc3dvcmQ6")
            password = b64(self.readline())
            if user is None or password is None:
                self.reply("501 5.5.2 Cannot decode the AUTH LOGIN response")
                return
            self.check_credentials(user, password)
        else:
            self.reply("504 5.5.4 Unrecognized authentication type")

    def data(self):
        lines = []
        while True:
            line = self.rfile.readline(1 << 20)
            if not line:
                raise EOFError
            if line in (b".\r\n", b".\n"):
                break
            if line.startswith(b"."):
                line = line[1:]  # undo dot-stuffing
            lines.append(line)
        raw = b"".join(lines)
        with counter_lock:
            counter[0] += 1
            n = counter[0]
        base = os.path.join(self.server.out, "%03d" % n)
        envelope = ("X-Sink-Mail-From: %s\r\nX-Sink-Rcpt-To: %s\r\n" % (self.mail_from, ", ".join(self.rcpt_to))).encode("utf-8")
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        body = parsed.get_body(preferencelist=("plain",))
        summary = {
            "mail_from": self.mail_from,
            "rcpt_to": self.rcpt_to,
            "authenticated": self.authenticated,
            "subject": str(parsed["subject"]),
            "body": body.get_content().replace("\r\n", "\n") if body is not None else None,
            "headers": {k: str(v) for k, v in parsed.items()},
        }
        # Written under temporary names and renamed: a reader never sees half a file.
        for suffix, content in ((".json", json.dumps(summary, indent=1).encode("utf-8")), (".eml", envelope + raw)):
            with open(base + suffix + ".tmp", "wb") as f:
                f.write(content)
            os.replace(base + suffix + ".tmp", base + suffix)
        self.reply("250 2.0.0 Ok: queued as %03d" % n)

    def handle(self):
        self.reset()
        self.authenticated = False
        self.reply("220 smtp-sink ESMTP ready")
        try:
            while True:
                line = self.readline()
                verb, _, args = line.partition(" ")
                verb = verb.upper()
                if verb == "EHLO":
                    self.reply("250-smtp-sink greets %s" % args)
                    self.reply("250-8BITMIME")
                    self.reply("250-AUTH PLAIN LOGIN")
                    self.reply("250 SMTPUTF8")
                elif verb == "HELO":
                    self.reply("250 smtp-sink")
                elif verb == "AUTH":
                    self.auth(args)
                elif verb == "MAIL":
                    if self.server.require_auth is not None and not self.authenticated:
                        self.reply("530 5.7.0 Authentication required")
                    elif not args.upper().startswith("FROM:"):
                        self.reply("501 5.5.4 Syntax: MAIL FROM:<address>")
                    else:
                        self.reset()
                        self.mail_from = args[5:].strip().strip("<>")
                        self.reply("250 2.1.0 Ok")
                elif verb == "RCPT":
                    address = args[3:].strip().strip("<>") if args.upper().startswith("TO:") else ""
                    if self.mail_from is None:
                        self.reply("503 5.5.1 Need MAIL first")
                    elif not address:
                        self.reply("501 5.5.4 Syntax: RCPT TO:<address>")
                    elif address.split("@")[0].lower() == "nobody":
                        self.reply("550 5.1.1 <%s>: Recipient address rejected: User unknown" % address)
                    else:
                        self.rcpt_to.append(address)
                        self.reply("250 2.1.5 Ok")
                elif verb == "DATA":
                    if not self.rcpt_to:
                        self.reply("503 5.5.1 Need RCPT first")
                    else:
                        self.reply("354 End data with <CR><LF>.<CR><LF>")
                        self.data()
                        self.reset()
                elif verb == "RSET":
                    self.reset()
                    self.reply("250 2.0.0 Ok")
                elif verb == "NOOP":
                    self.reply("250 2.0.0 Ok")
                elif verb == "QUIT":
                    self.reply("221 2.0.0 Bye")
                    return
                else:
                    self.reply("502 5.5.2 Command not recognized")
        except (EOFError, ConnectionError, TimeoutError, OSError):
            return


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--require-auth", metavar="USER:PASS")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    server = Server(("127.0.0.1", args.port), Handler)
    server.out = args.out
    server.require_auth = tuple(args.require_auth.split(":", 1)) if args.require_auth else None
    print("listening on %d" % args.port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
