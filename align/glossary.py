"""Glossaries of approved renderings: CSV or TSV (``zh,en[,note]``) or TBX.

A term may have several approved renderings: several rows, or renderings
separated by ``|`` or ``;`` in one cell. A malformed glossary is an
:class:`~align.errors.InputError` naming the file and line.
"""

from __future__ import annotations

import csv
import io
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from align.errors import InputError
from align.reader import read_text

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True)
class Entry:
    """A Chinese term and its approved English renderings."""

    zh: str
    en: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Glossary:
    """Approved renderings by Chinese term."""

    #: Where it was read from, for signatures.
    source: str
    entries: tuple[Entry, ...] = field(default_factory=tuple)


def load_glossary(path: str | os.PathLike[str]) -> Glossary:
    """Read a CSV, TSV or TBX glossary."""
    text = read_text(path)
    if Path(path).suffix.lower() in (".tbx", ".xml") or text.lstrip().startswith("<"):
        entries = _tbx(path, text)
    else:
        entries = _table(path, text)
    if not entries:
        raise InputError(path, "the glossary has no entries")
    merged: dict[str, Entry] = {}
    for entry in entries:
        old = merged.get(entry.zh)
        merged[entry.zh] = entry if old is None else Entry(
            entry.zh, old.en + tuple(e for e in entry.en if e not in old.en), old.note or entry.note)
    return Glossary(os.fspath(path), tuple(merged.values()))


def _table(path: str | os.PathLike[str], text: str) -> list[Entry]:
    """Rows ``zh,en[,note]`` of a CSV or TSV file; a header row is allowed.

    >>> [(e.zh, e.en) for e in _table("g.tsv", "zh\\ten\\n网络强国\\tcyber superpower|cyber great power\\n")]
    [('网络强国', ('cyber superpower', 'cyber great power'))]
    """
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first or str(path).lower().endswith(".tsv") else ","
    entries = []
    for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        if not row or all(not cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in row]
        if number == 1 and cells[0].lower() in ("zh", "source", "chinese", "term"):
            continue
        if len(cells) < 2 or len(cells) > 3:
            raise InputError(path, f"line {number}: expected zh{delimiter!r}en[{delimiter!r}note], "
                                   f"found {len(cells)} column(s)")
        zh, en = cells[0], tuple(r.strip() for r in cells[1].replace(";", "|").split("|") if r.strip())
        if not zh or not en:
            raise InputError(path, f"line {number}: a term and a rendering are both needed")
        if not any("\u3400" <= c <= "\u9fff" for c in zh):
            raise InputError(path, f"line {number}: {zh!r} is not a Chinese term")
        entries.append(Entry(zh, en, cells[2] if len(cells) == 3 else ""))
    return entries


def _tbx(path: str | os.PathLike[str], text: str) -> list[Entry]:
    """Term entries of TBX (TBX-Basic ``termEntry/langSet/tig/term`` or
    TBX v3 ``conceptEntry/langSec/termSec/term``)."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as error:
        line = error.position[0] if error.position else 0
        raise InputError(path, f"line {line}: not well-formed TBX: {error.msg}") from None
    entries = []
    for entry in root.iter():
        if _local(entry.tag) not in ("termEntry", "conceptEntry"):
            continue
        terms: dict[str, list[str]] = {}
        for lang_set in entry:
            if _local(lang_set.tag) not in ("langSet", "langSec"):
                continue
            lang = (lang_set.get(_XML_LANG) or lang_set.get("lang") or "").lower().split("-")[0]
            terms.setdefault(lang, []).extend(
                (t.text or "").strip() for t in lang_set.iter() if _local(t.tag) == "term" and (t.text or "").strip())
        note = " ".join((n.text or "").strip() for n in entry.iter() if _local(n.tag) in ("note", "descrip"))
        for zh in terms.get("zh", []):
            if terms.get("en"):
                entries.append(Entry(zh, tuple(terms["en"]), note))
    return entries


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
