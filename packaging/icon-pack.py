#!/usr/bin/env python3
"""Packs PNG renderings of the app icon into a Windows .ico and a macOS .icns.

Both formats may hold PNG data as it is (Windows Vista and later, macOS 10.7 and later), so no image library is
needed: the PNGs come from rsvg-convert (see packaging/CMakeLists.txt and scripts/render-icons.sh).
"""
import argparse
import struct
import sys

# ICNS element types holding PNG data, by pixel size (the @2x types reuse a larger rendering).
ICNS_TYPES = [
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64), (b"ic07", 128),
    (b"ic08", 256), (b"ic13", 256), (b"ic09", 512), (b"ic14", 512), (b"ic10", 1024),
]
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", data[16:24])


def write_ico(path, pngs):
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    with open(path, "wb") as f:
        f.write(header + entries + blobs)


def write_icns(path, pngs):
    body = b""
    for kind, size in ICNS_TYPES:
        if size in pngs:
            body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    with open(path, "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ico", help="the .ico file to write")
    parser.add_argument("--icns", help="the .icns file to write")
    parser.add_argument("pngs", nargs="+", help="square PNG files, one per size")
    args = parser.parse_args()
    pngs = {}
    for name in args.pngs:
        with open(name, "rb") as f:
            data = f.read()
        width, height = png_size(data)
        if width != height:
            sys.exit(f"{name}: {width}x{height} is not square")
        pngs[width] = data
    if args.ico:
        write_ico(args.ico, pngs)
    if args.icns:
        write_icns(args.icns, pngs)


if __name__ == "__main__":
    main()
