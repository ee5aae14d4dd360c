#!/usr/bin/env python3
"""Fails when a shipped language's .ts files miss a message of the sources or hold an unfinished one.

Runs lupdate over the sources into a copy of each translations/portalkeys_<layer>_<language>.ts (the files
themselves stay untouched): a message added to the sources since the last update_translations shows up as
unfinished there. Also checks the plural forms: as many as the language has, none empty, and %n in every
form that stands for more than one number. Exits 77 (skipped) when no language is shipped yet.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

# Forms per language, and the forms that stand for one number only (so may say "ein"/"one" without %n).
PLURAL_FORMS = {"de": (2, {0}), "ru": (3, set()), "en": (2, {0})}
SHOWN = 40  # problems listed per file; the rest are counted


def arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--languages", default="", help="comma-separated, e.g. ru,de")
    parser.add_argument("--options", default="", help="lupdate options as a CMake list")
    parser.add_argument("--layer", action="append", default=[], help="NAME=dir,dir")
    return parser.parse_args()


def problems_of(ts_path, language):
    problems = []
    root = ElementTree.parse(ts_path).getroot()
    forms_wanted, single_forms = PLURAL_FORMS.get(language, (None, set()))
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            where = f"{name}: “{source}”"
            if kind == "unfinished":
                problems.append(f"{where} is not translated (or not finished)")
                continue
            if message.get("numerus") != "yes" or forms_wanted is None:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != forms_wanted:
                problems.append(f"{where} has {len(forms)} plural forms, {language} needs {forms_wanted}")
            for index, form in enumerate(forms):
                if not form.strip():
                    problems.append(f"{where}: plural form {index + 1} is empty")
                elif index not in single_forms and "%n" not in form and "%Ln" not in form:
                    problems.append(f"{where}: plural form {index + 1} “{form}” lacks %n")
    return problems


def main():
    args = arguments()
    languages = [language for language in args.languages.split(",") if language]
    if not languages:
        print("SKIP: no shipped language yet (PORTALKEYS_SHIPPED_LANGUAGES in cmake/Translations.cmake is empty)")
        return 77
    options = [option for option in args.options.split(";") if option]
    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        for language in languages:
            for layer_argument in args.layer:
                layer, sources = layer_argument.split("=", 1)
                name = f"portalkeys_{layer}_{language}.ts"
                committed = os.path.join(args.root, "translations", name)
                if not os.path.exists(committed):
                    print(f"FAIL: translations/{name} is missing")
                    failed = True
                    continue
                copy = os.path.join(scratch, name)
                shutil.copyfile(committed, copy)
                command = [args.lupdate, *options, "-target-language", language, *sources.split(","), "-ts", copy]
                result = subprocess.run(command, cwd=args.root, capture_output=True, text=True)
                if result.returncode != 0:
                    print(f"FAIL: lupdate failed for {name}:\n{result.stderr}")
                    failed = True
                    continue
                problems = problems_of(copy, language)
                if problems:
                    failed = True
                    print(f"FAIL: translations/{name}: {len(problems)} problem(s); run the update_translations "
                          "target, then translate in Qt Linguist:")
                    for problem in problems[:SHOWN]:
                        print(f"  {problem}")
                    if len(problems) > SHOWN:
                        print(f"  … and {len(problems) - SHOWN} more")
                else:
                    print(f"ok: translations/{name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
