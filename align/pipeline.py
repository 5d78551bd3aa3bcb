"""The library calls behind the commands: files in, an alignment out."""

from __future__ import annotations

import os
from dataclasses import asdict, replace

from align import __version__
from align.aligner import DEFAULT, Parameters, align
from align.lexicon import dictionary_version
from align.checks import CHECKS, Settings, review
from align.glossary import load_glossary
from align.model import EN, ZH, Alignment, Report, Sentence, Severity
from align.notes import Note, find_notes
from align.reader import load
from align.segment import presplit, segment


def read_sentences(
    path: str | os.PathLike[str],
    lang: str,
    *,
    is_presplit: bool = False,
    clauses: bool = False,
    encoding: str | None = None,
    force: bool = False,
) -> list[Sentence]:
    """Read a file in ``lang`` and split it into sentences."""
    text, lang = load(path, lang, encoding=encoding, force=force)
    return presplit(text, lang) if is_presplit else segment(text, lang, clauses=clauses)


def align_files(
    zh_path: str | os.PathLike[str],
    en_path: str | os.PathLike[str],
    *,
    is_presplit: bool = False,
    encoding: str | None = None,
    force: bool = False,
    params: Parameters = DEFAULT,
) -> Alignment:
    """Read a Chinese and an English file and align their sentences.

    >>> from pathlib import Path
    >>> corpus = Path(__file__).resolve().parents[1] / "corpus"
    >>> alignment = align_files(corpus / "digital-villages.zh.txt", corpus / "digital-villages.en.txt")
    >>> alignment.beads[9].src, alignment.beads[9].tgt
    ((9,), (9, 10))
    """
    zh = read_sentences(zh_path, ZH, is_presplit=is_presplit, encoding=encoding, force=force)
    en = read_sentences(en_path, EN, is_presplit=is_presplit, encoding=encoding, force=force)
    return align(zh, en, params)


def parameters(max_bead: int | None = None) -> Parameters:
    """The default parameters, with the options a user may change."""
    return DEFAULT if max_bead is None else replace(DEFAULT, max_bead=max_bead)


def signature(params: Parameters = DEFAULT, **settings: object) -> dict[str, object]:
    """What is needed to reproduce a result: versions and every setting."""
    aligner = asdict(params)
    aligner["penalties"] = {f"{a}-{b}": cost for (a, b), cost in params.penalties}
    return {
        "tool": f"align {__version__}",
        "dictionary": dictionary_version(),
        "segmenter": "align rules (zh, en)",
        "aligner": aligner,
        **settings,
    }


def review_files(
    zh_path: str | os.PathLike[str],
    en_path: str | os.PathLike[str],
    *,
    is_presplit: bool = False,
    encoding: str | None = None,
    force: bool = False,
    params: Parameters = DEFAULT,
    checks: list[str] | None = None,
    skip: list[str] | None = None,
    glossary: str | os.PathLike[str] | None = None,
) -> Report:
    """Align a Chinese and an English file and review the alignment.

    >>> from pathlib import Path
    >>> corpus = Path(__file__).resolve().parents[1] / "corpus"
    >>> report = review_files(corpus / "digital-villages.zh.txt", corpus / "digital-villages.en.txt")
    >>> [f.source_term for f in report.findings if f.check == "editorial-note"]
    ['网络强国', '问题导向', '自主']
    """
    settings = Settings(glossary=load_glossary(glossary) if glossary else None)
    selected = [c for c in (checks or list(CHECKS)) if c not in (skip or [])]
    alignment = align_files(zh_path, en_path, is_presplit=is_presplit, encoding=encoding,
                            force=force, params=params)
    reviewed = {
        "checks": selected,
        "glossary": settings.glossary.source if settings.glossary else None,
        "low_confidence": settings.low_confidence,
        "length_z": settings.length_z,
    }
    return review(alignment, selected, settings,
                  signature(params, presplit=is_presplit, review=reviewed))


def fails(report: Report, threshold: str) -> bool:
    """Whether a finding reaches ``threshold`` (``error``, ``warning`` or ``never``)."""
    if threshold == "never":
        return False
    rank = Severity(threshold).rank
    return any(f.severity.rank >= rank for f in report.findings)


def notes_of(path: str | os.PathLike[str], *, is_presplit: bool = False,
             encoding: str | None = None, force: bool = False) -> list[tuple[Sentence, Note]]:
    """The editorial notes of an English file, with the sentence of each."""
    sentences = read_sentences(path, EN, is_presplit=is_presplit, encoding=encoding, force=force)
    return [(s, note) for s in sentences for note in find_notes(s.text)]
