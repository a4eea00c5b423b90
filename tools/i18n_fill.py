"""Fill translations into a .ts file from a JSON object {source: translation} (for bulk edits).

    python tools/i18n_fill.py resources/i18n/core_fr.ts translations.json
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, translations: dict[str, str]) -> int:
    tree = ET.parse(ts_path)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        if source in translations and node is not None:
            node.text = translations[source]
            node.attrib.pop("type", None)
            filled += 1
    ET.indent(tree.getroot())
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    return filled


if __name__ == "__main__":
    print(fill(Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))), "filled")
