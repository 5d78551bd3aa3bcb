"""Alignment formats: ``mac``, ``tsv``, ``json`` and ``tmx``: ``Alignment → str``."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from typing import Callable, Mapping

from align import __version__
from align.model import Alignment, Bead

#: Characters XML 1.0 does not allow, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _ids(side: tuple[int, ...]) -> str:
    return "[" + ",".join(str(i) for i in side) + "]"


def _side_text(alignment: Alignment, bead: Bead, side: str) -> str:
    if side == "src":
        return "".join(alignment.src[i].text for i in bead.src)
    return " ".join(alignment.tgt[j].text for j in bead.tgt)


def render_mac(alignment: Alignment, signature: Mapping[str, object] | None = None) -> str:
    """One bead a line, as in MAC-Dev's gold files: ``[0,1]:[0]``.

    >>> from align.model import Alignment, Bead
    >>> print(render_mac(Alignment((), (), (Bead((0, 1), (0,)), Bead((2,), ())))), end="")
    [0,1]:[0]
    [2]:[]
    """
    return "".join(f"{_ids(b.src)}:{_ids(b.tgt)}\n" for b in alignment.beads)


def render_tsv(alignment: Alignment, signature: Mapping[str, object] | None = None) -> str:
    """Chinese text, English text, confidence, bead type; tabs and line
    breaks in the text become spaces."""
    lines = []
    for bead in alignment.beads:
        zh = re.sub(r"[\t\r\n]+", " ", _side_text(alignment, bead, "src"))
        en = re.sub(r"[\t\r\n]+", " ", _side_text(alignment, bead, "tgt"))
        lines.append(f"{zh}\t{en}\t{bead.confidence:.4f}\t{bead.kind}\n")
    return "".join(lines)


def alignment_json(alignment: Alignment, signature: Mapping[str, object] | None = None) -> dict:
    """The JSON document of an alignment, as a dict (see the README)."""

    def sentences(side):
        return [
            {"index": s.index, "text": s.text, "start": s.start, "end": s.end,
             "paragraph": s.paragraph}
            for s in side
        ]

    return {
        "signature": dict(signature or {}),
        "sentences": {"zh": sentences(alignment.src), "en": sentences(alignment.tgt)},
        "beads": [
            {"src": list(b.src), "tgt": list(b.tgt), "confidence": b.confidence}
            for b in alignment.beads
        ],
    }


def render_json(alignment: Alignment, signature: Mapping[str, object] | None = None) -> str:
    """The sentences of both sides with offsets, and the beads."""
    return json.dumps(alignment_json(alignment, signature), ensure_ascii=False, indent=1) + "\n"


def render_tmx(alignment: Alignment, signature: Mapping[str, object] | None = None) -> str:
    """TMX 1.4b: one translation unit per bead with both sides non-empty."""
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(root, "header", {
        "creationtool": "align", "creationtoolversion": __version__,
        "segtype": "sentence", "o-tmf": "align", "adminlang": "en",
        "srclang": "zh-CN", "datatype": "plaintext",
    })
    body = ET.SubElement(root, "body")
    for number, bead in enumerate(alignment.beads, start=1):
        if not bead.src or not bead.tgt:
            continue
        unit = ET.SubElement(body, "tu", tuid=str(number))
        ET.SubElement(unit, "prop", type="x-confidence").text = f"{bead.confidence:.4f}"
        ET.SubElement(unit, "prop", type="x-bead").text = f"{_ids(bead.src)}:{_ids(bead.tgt)}"
        for lang, side in (("zh-CN", "src"), ("en", "tgt")):
            variant = ET.SubElement(unit, "tuv", {_XML_LANG: lang})
            ET.SubElement(variant, "seg").text = _NOT_XML.sub("", _side_text(alignment, bead, side))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


#: Alignment formats by name, for ``--format``.
ALIGNMENT_FORMATS: dict[str, Callable[..., str]] = {
    "mac": render_mac,
    "tsv": render_tsv,
    "json": render_json,
    "tmx": render_tmx,
}
