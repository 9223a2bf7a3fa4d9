#!/usr/bin/env python3
"""The English .ts needs no translator: every unfinished entry gets its source text."""
import re, sys
path = sys.argv[1] if len(sys.argv) > 1 else "translations/centrale_en.ts"
s = open(path, encoding="utf-8").read()
def fill(m):
    return m.group(1) + m.group(2) + m.group(3) + "<translation>" + m.group(2).replace("<source>", "").replace("</source>", "") + "</translation>"
s, n = re.subn(r'(<message>\s*)(<source>.*?</source>)(\s*(?:<comment>.*?</comment>\s*)?)<translation type="unfinished"></translation>', fill, s, flags=re.S)
open(path, "w", encoding="utf-8").write(s)
print(f"{path}: filled {n}")
