"""Fill translations into a .ts file from a JSON object {source: translation} (for bulk edits).

    python tools/i18n_fill.py resources/i18n/core_fr.ts translations.json

French translations get French typography on the way in (``french_typography``), and so does every French
entry ``tools/i18n_update.py`` writes: type plain ``'``, ``"`` and spaces, the files hold ’, « », … and
no-break spaces.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NBSP = "\u00a0"  # one no-break space before : ; ? ! » % and units: every font and Windows code page has it
_KEEP = re.compile(r"<[^<>]*>|\{[A-Za-z_][A-Za-z0-9_]*\}")  # tags and {placeholders} stay as they are
_MARK = 0xE000  # private-use characters stand in for what is kept while the rules run
_WORD = r"[\w\ue000-\uf8ff]"
_UNITS = r"(?:%|Ko|Mo|Go|To|ms|min|h|s|j|octets|GHz|Mbit/s)"


def french_typography(text: str) -> str:
    """’ for apostrophes, « » for quotes, … for "...", and a no-break space where French puts a space that must
    not break: before : ; ? ! %, inside « », between a number and its unit. Idempotent; placeholders, tags,
    leading and trailing spaces, URLs ("https://"), times ("9:00") and "{path}:{line}" are left alone."""
    kept: list[str] = []

    def hide(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return chr(_MARK + len(kept) - 1)

    s = _KEEP.sub(hide, text)
    s = s.replace("...", "…")
    s = re.sub(rf"(?<={_WORD})'(?=&?{_WORD})", "’", s)  # "l'&aide": a mnemonic may follow
    s = re.sub(rf"(?<!{_WORD})'([^'\n]+?)'(?!{_WORD})", r"« \1 »", s)
    s = re.sub(r'"([^"\n]+?)"', r"« \1 »", s)
    s = re.sub(r"“([^”\n]+?)”", r"« \1 »", s)
    s = re.sub(r"«[ \u00a0\u202f]*", "«" + NBSP, s)
    s = re.sub(r"[ \u00a0\u202f]*»", NBSP + "»", s)
    s = re.sub(r"(?<=[^\s])[ \u00a0\u202f]?([;?!])(?=\s|$|[)\]»*])", NBSP + r"\1", s)  # "*": Markdown bold
    s = re.sub(r"(?<=[^\s])[ \u00a0\u202f]?:(?=\s|$|\*)", NBSP + ":", s)
    s = re.sub(rf"(?<=[\d\ue000-\uf8ff])[ \u202f]({_UNITS})(?=[\s.,;:)\]]|$)", NBSP + r"\1", s)
    return re.sub(r"[\ue000-\uf8ff]", lambda m: kept[ord(m.group(0)) - _MARK], s)


def fill(ts_path: Path, translations: dict[str, str]) -> int:
    tree = ET.parse(ts_path)
    french = tree.getroot().get("language", "").startswith("fr")
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        if source in translations and node is not None:
            node.text = french_typography(translations[source]) if french else translations[source]
            node.attrib.pop("type", None)
            filled += 1
    ET.indent(tree.getroot())
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    return filled


if __name__ == "__main__":
    print(fill(Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))), "filled")
