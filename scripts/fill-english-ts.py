#!/usr/bin/env python3
"""The English .ts needs no translator: every unfinished entry gets its source text."""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/centrale_en.ts"
tree = ET.parse(path)
n = 0
for msg in tree.iter("message"):
    tr = msg.find("translation")
    if tr is not None and tr.get("type") == "unfinished":
        if msg.get("numerus") == "yes":
            for form in tr.findall("numerusform"):
                form.text = msg.findtext("source")
        else:
            tr.text = msg.findtext("source")
        del tr.attrib["type"]
        n += 1
with open(path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
print(f"{path}: filled {n}")
