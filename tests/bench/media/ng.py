#!/usr/bin/env python3
"""rtpengine's ng control protocol (bencode over UDP), just what the media benchmark reads:
   ng.py HOST:PORT [AT]   "sessions packets": the calls the relay has and the RTP packets
                          relayed for them so far (all directions), at the epoch second AT
                          (started early: Python starts slowly on a loaded machine)"""
import os
import socket
import sys
import time


def encode(v):
    if isinstance(v, int):
        return b"i%de" % v
    if isinstance(v, str):
        v = v.encode()
    if isinstance(v, bytes):
        return b"%d:%s" % (len(v), v)
    if isinstance(v, list):
        return b"l" + b"".join(encode(x) for x in v) + b"e"
    return b"d" + b"".join(encode(k) + encode(x) for k, x in sorted(v.items())) + b"e"


def decode(b, i=0):
    c = b[i:i + 1]
    if c == b"i":
        e = b.index(b"e", i)
        return int(b[i + 1:e]), e + 1
    if c in (b"l", b"d"):
        i, out = i + 1, []
        while b[i:i + 1] != b"e":
            x, i = decode(b, i)
            out.append(x)
        if c == b"l":
            return out, i + 1
        return {out[k].decode(): out[k + 1] for k in range(0, len(out), 2)}, i + 1
    colon = b.index(b":", i)
    n = int(b[i:colon])
    return b[colon + 1:colon + 1 + n], colon + 1 + n


def call(addr, msg):
    host, port = addr.rsplit(":", 1)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(1.0)
    cookie = os.urandom(4).hex().encode()
    for _ in range(3):  # bounded: three tries of a second each
        s.sendto(cookie + b" " + encode(msg), (host, int(port)))
        try:
            data = s.recv(1 << 20)
        except socket.timeout:
            continue
        if data.startswith(cookie + b" "):
            return decode(data[len(cookie) + 1:])[0]
    raise SystemExit("ng: no answer from %s" % addr)


def main():
    addr = sys.argv[1]
    if len(sys.argv) > 2:
        time.sleep(max(0.0, min(60.0, float(sys.argv[2]) - time.time())))
    calls = call(addr, {"command": "list", "limit": 100000}).get("calls", [])
    total = 0
    for cid in calls:
        q = call(addr, {"command": "query", "call-id": cid})
        total += q.get("totals", {}).get("RTP", {}).get("packets", 0)
    print(len(calls), total)


if __name__ == "__main__":
    main()
