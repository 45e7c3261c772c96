#!/usr/bin/env python3
"""Draws Madoguchi's app icons (RGBA PNG) into src-tauri/icons/. Standard library only.

The picture: a counter window (窓口) — a white window frame over a white counter bar on a
blue rounded square. Run from anywhere: python3 scripts/make-icons.py
"""
import os
import struct
import zlib

BLUE = (0x1F, 0x5F, 0x8B)
WHITE = (0xFF, 0xFF, 0xFF)
SS = 4  # supersampling per axis


def in_round_rect(x, y, x0, y0, x1, y1, r):
    if x < x0 or x > x1 or y < y0 or y > y1:
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def sample(x, y):
    """Colour and alpha at unit coordinates (x, y)."""
    if not in_round_rect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2):
        return None
    # Window frame: outer minus inner rounded rectangle, with a middle mullion.
    outer = in_round_rect(x, y, 0.24, 0.16, 0.76, 0.60, 0.06)
    inner = in_round_rect(x, y, 0.31, 0.23, 0.69, 0.60, 0.02)
    mullion = 0.475 <= x <= 0.525 and 0.16 <= y <= 0.60
    counter = in_round_rect(x, y, 0.14, 0.62, 0.86, 0.72, 0.03)
    if (outer and not inner) or mullion or counter:
        return WHITE
    return BLUE


def render(size):
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter: none
        for px in range(size):
            r = g = b = a = 0
            for sy in range(SS):
                for sx in range(SS):
                    c = sample((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size)
                    if c is not None:
                        r += c[0]
                        g += c[1]
                        b += c[2]
                        a += 1
            if a:
                row += bytes((r // a, g // a, b // a, 255 * a // (SS * SS)))
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src-tauri", "icons")
    os.makedirs(out, exist_ok=True)
    # Every size a desktop's icon theme asks for (hicolor: 16 to 512 px), for the package.
    sizes = [16, 24, 32, 48, 64, 128, 256]
    named = [(f"{n}x{n}.png", n) for n in sizes] + [("128x128@2x.png", 256), ("icon.png", 512)]
    for name, size in named:
        with open(os.path.join(out, name), "wb") as f:
            f.write(png(size, render(size)))
        print(name, size)


if __name__ == "__main__":
    main()
