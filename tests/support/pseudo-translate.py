#!/usr/bin/env python3
"""Turns a .ts file of every message into a pseudo-translation: each translation is its source between
⟦ and ⟧, so that a test can tell text that came through the translator from text that did not.

    pseudo-translate.py IN.ts OUT.ts
"""
import sys
import xml.etree.ElementTree as ElementTree

OPEN, CLOSE = "\u27e6", "\u27e7"


def main(source_path, target_path):
    tree = ElementTree.parse(source_path)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ElementTree.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        wrapped = OPEN + source + CLOSE
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):  # English: one and many
                ElementTree.SubElement(translation, "numerusform").text = wrapped
        else:
            translation.text = wrapped
    tree.write(target_path, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
