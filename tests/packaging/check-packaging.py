#!/usr/bin/env python3
"""Checks what packaging/ produces, as far as a Linux machine can: the AppStream metainfo and the desktop file
validate, the icons have every size, the .ico and .icns hold theirs, the man pages render without warnings, the
completions parse and name every command the CLI lists, and the Windows and macOS templates rendered.

check-packaging.py metainfo|desktop|files --source DIR --build DIR --version X.Y.Z [--gui]
Exit 77 (skipped) when a tool a check needs is missing.
"""
import argparse
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys

APP_ID = "org.portalkeys.PortalKeys"
SKIP = 77
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def need(tool):
    path = shutil.which(tool)
    if not path:
        print(f"SKIP: {tool} is not installed (scripts/install-deps.sh --with-tests)")
        sys.exit(SKIP)
    return path


def run(args):
    result = subprocess.run(args, capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    return struct.unpack(">II", head[16:24])


def check_metainfo(args):
    tool = need("appstreamcli")
    metainfo = os.path.join(args.source, "packaging", APP_ID + ".metainfo.xml")
    code, out = run([tool, "validate", "--no-net", "--strict", metainfo])
    print(out)
    if code != 0:
        fail("appstreamcli validate refused the metainfo")
    text = open(metainfo, encoding="utf-8").read()
    release = re.search(r'<release version="([^"]+)"', text)
    if not release or release.group(1) != args.version:
        fail(f"the newest <release> of the metainfo is not the project's version {args.version}")
    for name in re.findall(r"/main/(packaging/screenshots/[^<]+)</image>", text):
        if not os.path.exists(os.path.join(args.source, name)):
            fail(f"the metainfo shows {name}, which is not in the tree")
    for tag in ("<screenshot", "<content_rating", f"<launchable type=\"desktop-id\">{APP_ID}.desktop"):
        if tag not in text:
            fail(f"metainfo lacks {tag}")


def check_desktop(args):
    tool = need("desktop-file-validate")
    desktop = os.path.join(args.source, "packaging", APP_ID + ".desktop")
    code, out = run([tool, desktop])
    print(out)
    if code != 0 or "error" in out or "warning" in out:
        fail("desktop-file-validate found errors or warnings")


def check_icons(args):
    build = os.path.join(args.build, "packaging", "icons")
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512) if args.icons else ():
        png = os.path.join(build, f"{size}x{size}", APP_ID + ".png")
        if not os.path.exists(png):
            fail(f"no {size}x{size} icon ({png})")
        elif png_size(png) != (size, size):
            fail(f"{png} is {png_size(png)}, not {size}x{size}")
    with open(os.path.join(args.source, "resources", "portalkeys.ico"), "rb") as f:
        ico = f.read()
    count = struct.unpack("<HHH", ico[:6])[2]
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    if not {16, 32, 48, 256} <= sizes:
        fail(f"portalkeys.ico holds sizes {sorted(sizes)}, not 16, 32, 48 and 256")
    with open(os.path.join(args.source, "resources", "portalkeys.icns"), "rb") as f:
        icns = f.read()
    kinds, at = set(), 8
    if icns[:4] != b"icns" or struct.unpack(">I", icns[4:8])[0] != len(icns):
        fail("portalkeys.icns has a wrong header")
    while at < len(icns):
        kinds.add(icns[at:at + 4].decode())
        at += struct.unpack(">I", icns[at + 4:at + 8])[0]
    if not {"ic07", "ic08", "ic09", "ic10"} <= kinds:
        fail(f"portalkeys.icns holds {sorted(kinds)}, not ic07 to ic10 (128 to 1024 pixels)")


def cli_commands(cli):
    code, out = run([cli, "--help"])
    section = out.split("Commands:", 1)[1].split("\n\n", 1)[0]
    return [line.split()[0] for line in section.strip("\n").split("\n") if line.split()[0] != "help"]


def check_docs(args, programs):
    docs = os.path.join(args.build, "packaging", "docs")
    groff = need("groff")
    for program in programs:
        page = os.path.join(docs, "man", program + ".1")
        code, out = run([groff, "-man", "-ww", "-z", page])
        if code != 0 or out.strip():
            fail(f"groff warns about {page}: {out.strip()[:500]}")
    commands = cli_commands(os.path.join(args.build, "app", "cli", "portalkeys-cli"))
    shells = {"bash": ("bash", "-n", "{}"), "zsh": ("zsh", "-n", "{}"), "fish": ("fish", "--no-execute", "{}")}
    for program in programs:
        files = {"bash": f"completions/bash/{program}", "zsh": f"completions/zsh/_{program}",
                 "fish": f"completions/fish/{program}.fish"}
        for shell, relative in files.items():
            path = os.path.join(docs, relative)
            if not os.path.exists(path):
                fail(f"no {shell} completion {path}")
                continue
            if shutil.which(shell):
                code, out = run([a.format(path) for a in shells[shell]])
                if code != 0:
                    fail(f"{shell} cannot parse {path}: {out[:500]}")
            else:
                print(f"note: {shell} not installed, {path} not parsed")
            if program == "portalkeys-cli":
                text = open(path, encoding="utf-8").read()
                missing = [c for c in commands if not re.search(rf"\b{re.escape(c)}\b", text)]
                if missing:
                    fail(f"{path} lacks the commands {missing}")
    man = open(os.path.join(docs, "man", "portalkeys-cli.1"), encoding="utf-8").read()
    missing = [c for c in commands if ("portalkeys-cli " + c).replace("-", "\\-") not in man]
    if missing:
        fail(f"portalkeys-cli(1) lacks the commands {missing}")


def check_templates(args):
    templates = os.path.join(args.build, "packaging", "templates")
    with open(os.path.join(templates, "Info.plist"), "rb") as f:
        plist = plistlib.load(f)
    expect = {"CFBundleIdentifier": APP_ID, "CFBundleShortVersionString": args.version,
              "CFBundleExecutable": "portalkeys", "CFBundleIconFile": "portalkeys.icns"}
    for key, value in expect.items():
        if plist.get(key) != value:
            fail(f"Info.plist: {key} is {plist.get(key)!r}, not {value!r}")
    with open(os.path.join(args.source, "packaging", "macos", "entitlements.plist"), "rb") as f:
        plistlib.load(f)
    version = args.version.replace(".", ",") + ",0"
    for name in ("portalkeys", "portalkeys-cli"):
        rc = open(os.path.join(templates, name + ".rc"), encoding="utf-8").read()
        if f"FILEVERSION {version}" not in rc or f'"OriginalFilename", "{name}.exe"' not in rc:
            fail(f"{name}.rc lacks the version {version} or its file name")
        icon = re.search(r'ICON "([^"]+)"', rc)
        if not icon or not os.path.exists(icon.group(1)):
            fail(f"{name}.rc names no existing icon")
        if "@" in rc:
            fail(f"{name}.rc has an unreplaced @VARIABLE@")
    cpack = open(os.path.join(args.build, "CPackConfig.cmake"), encoding="utf-8").read()
    for setting in ("CPACK_DEBIAN_FILE_NAME \"DEB-DEFAULT\"", "CPACK_RPM_FILE_NAME \"RPM-DEFAULT\"",
                    "CPACK_PACKAGE_CONTACT", "CPACK_DEBIAN_PACKAGE_SHLIBDEPS \"ON\""):
        if setting not in cpack:
            fail(f"CPackConfig.cmake lacks {setting}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("check", choices=["metainfo", "desktop", "files"])
    parser.add_argument("--source", required=True)
    parser.add_argument("--build", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--gui", action="store_true")
    parser.add_argument("--icons", action="store_true", help="the hicolor PNGs were rendered (rsvg-convert found)")
    args = parser.parse_args()
    if args.check == "metainfo":
        check_metainfo(args)
    elif args.check == "desktop":
        check_desktop(args)
    else:
        if args.gui:
            check_icons(args)
        check_docs(args, ["portalkeys-cli", "portalkeys"] if args.gui else ["portalkeys-cli"])
        check_templates(args)
    if failures:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
