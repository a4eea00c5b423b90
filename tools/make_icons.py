"""Generate the application icon files from resources/icons/selfdesk.svg (commit the results).

    python tools/make_icons.py

Writes selfdesk.png (256 px, Linux hicolor), selfdesk.ico (16-256 px, Windows) and selfdesk.icns (16-1024 px,
macOS). Qt's SVG renderer draws each size; the ICO and ICNS containers are written here, so no image library
beyond PySide6 is needed. The ICO keeps sizes up to 48 px as 32-bit bitmaps (every Windows shell reads them)
and 64 px and up as PNG (Windows Vista and later).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "selfdesk.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICO_BITMAP_MAX = 48
# (type, pixels): PNG-carrying ICNS entries, 1x and @2x, as iconutil writes them
ICNS_ENTRIES = (
    ("icp4", 16), ("icp5", 32), ("ic11", 32), ("ic12", 64), ("ic07", 128),
    ("ic13", 256), ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024),
)


def render(size: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    """A 32-bit BGRA device-independent bitmap as ICO stores it: bottom-up rows, height doubled for the
    (all-zero, alpha does the work) AND mask that follows the pixels."""
    size = image.width()
    rows = [bytes(image.constScanLine(y))[: size * 4] for y in range(size)]  # ARGB32 is BGRA in memory (LE)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, size * size * 4, 0, 0, 0, 0)
    mask_row = ((size + 31) // 32) * 4
    return header + b"".join(reversed(rows)) + bytes(mask_row * size)


def ico(images: dict[int, object]) -> bytes:
    entries, blobs = [], []
    offset = 6 + 16 * len(images)
    for size, image in sorted(images.items()):
        blob = dib_bytes(image) if size <= ICO_BITMAP_MAX else png_bytes(image)
        dim = 0 if size >= 256 else size  # 0 means 256
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return struct.pack("<HHH", 0, 1, len(images)) + b"".join(entries) + b"".join(blobs)


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind.encode() + struct.pack(">I", 8 + len(pngs[px])) + pngs[px] for kind, px in ICNS_ENTRIES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])  # noqa: F841
    sizes = sorted(set(ICO_SIZES) | {px for _, px in ICNS_ENTRIES})
    images = {size: render(size) for size in sizes}
    pngs = {size: png_bytes(image) for size, image in images.items()}
    (ICONS / "selfdesk.png").write_bytes(pngs[256])
    (ICONS / "selfdesk.ico").write_bytes(ico({size: images[size] for size in ICO_SIZES}))
    (ICONS / "selfdesk.icns").write_bytes(icns(pngs))
    for name in ("selfdesk.png", "selfdesk.ico", "selfdesk.icns"):
        print(f"{ICONS / name}: {(ICONS / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
