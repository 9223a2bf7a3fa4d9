#!/usr/bin/env python3
"""Creates N phone accounts straight in a Centrale database (made by centralectl first),
plus a sipp users file and, optionally, Kamailio's db_text subscriber table with the
same credentials. For benchmarks and soak runs, where the CLI would take minutes.
usage: make-accounts.py DB N WORKDIR [--kamailio-realm REALM]"""
import hashlib, sqlite3, sys

db, n, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
kam_realm = sys.argv[5] if len(sys.argv) > 5 and sys.argv[4] == "--kamailio-realm" else None
con = sqlite3.connect(db)
realm = (con.execute("SELECT value FROM settings WHERE key = 'sip.realm'").fetchone() or ("centrale",))[0]
users = [f"3150{2000000 + i:07d}" for i in range(n)]
with con:
    for u in users:
        con.execute("INSERT INTO numbers (digits) VALUES (?)", (u,))
        cur = con.execute("INSERT INTO phone_accounts (number, channels, ip_whitelist, limits, destinations) VALUES (?, 2, '[]', '{}', '{}')", (u,))
        con.execute("UPDATE numbers SET phone_account_id = ? WHERE digits = ?", (cur.lastrowid, u))
        ha1 = hashlib.md5(f"{u}:{realm}:bench-{u}".encode()).hexdigest()
        con.execute("INSERT INTO sip_accounts (username, role, phone_account_id, ha1) VALUES (?, 'phone', ?, ?)", (u, cur.lastrowid, ha1))
with open(f"{work}/users.csv", "w") as f:
    f.write("RANDOM\n")
    for u in users:
        f.write(f"{u};[authentication username={u} password=bench-{u}];3600\n")
if kam_realm:
    with open(f"{work}/dbtext/subscriber", "w") as f:
        f.write("id(int,auto) username(string) domain(string) password(string) ha1(string) ha1b(string)\n")
        for i, u in enumerate(users, 1):
            f.write(f"{i}:{u}:{kam_realm}:bench-{u}:{hashlib.md5(f'{u}:{kam_realm}:bench-{u}'.encode()).hexdigest()}:x\n")
    with open(f"{work}/dbtext/version", "w") as f:
        f.write("table_name(string) table_version(int)\nsubscriber:7\n")
