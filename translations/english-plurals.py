#!/usr/bin/env python3
"""Fills in the plural forms of new messages in English .ts files (run by the update_translations target).

English is the source language, so its .ts files hold only the messages with %n. A new one gets its two
forms from its source: "(s)" is dropped for one and becomes "s" for many ("%n day(s)" → "%n day", "%n days");
a source without "(s)" is used for both forms. Finished forms (written by hand) are kept.

    translations/english-plurals.py translations/portalkeys_*_en.ts
"""
import re
import sys

UNFINISHED = re.compile(
    r'(?P<head><message numerus="yes">\s*<source>(?P<source>[^<]*)</source>'
    r'(?:\s*<(?P<tag>comment|extracomment)>[^<]*</(?P=tag)>)*)'
    r'(?P<indent>\s*)<translation type="unfinished">[^>]*?(?:<numerusform>[^<]*</numerusform>\s*)*</translation>')


def forms(source):
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def fill(match):
    indent = match.group("indent")
    inner = indent + "    "
    numerus = "".join(f"{inner}<numerusform>{form}</numerusform>" for form in forms(match.group("source")))
    return f'{match.group("head")}{indent}<translation>{numerus}{indent}</translation>'


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as file:
            text = file.read()
        filled, count = UNFINISHED.subn(fill, text)
        if count:
            with open(path, "w", encoding="utf-8") as file:
                file.write(filled)
            print(f"{path}: filled in the English plural forms of {count} new message(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
