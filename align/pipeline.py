"""The library calls behind the commands: files in, an alignment out."""

from __future__ import annotations

import os
from dataclasses import asdict, replace

from align import __version__
from align.aligner import DEFAULT, Parameters, align
from align.lexicon import dictionary_version
from align.model import EN, ZH, Alignment, Sentence
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
