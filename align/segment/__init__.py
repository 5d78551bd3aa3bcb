"""Splitting a text into paragraphs and sentences: ``str → list[Sentence]``.

Paragraphs are separated by blank lines. A file with no blank line at all
has one paragraph a line (the way most Chinese texts and many exports are
laid out). Inside a paragraph, line breaks are folded away: a space between
English words, nothing between Chinese characters.
"""

from __future__ import annotations

import re
from typing import Callable

from align.model import EN, ZH, Sentence
from align.segment import en, zh

__all__ = ["paragraphs", "presplit", "segment"]

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_SPLITTERS: dict[str, Callable[[str, bool], list[int]]] = {
    ZH: zh.boundaries,
    EN: en.boundaries,
}


def _lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of ``text``, line-break characters excluded.

    >>> _lines("a\\r\\nbc\\rd")
    [(0, 1), (3, 5), (6, 7)]
    """
    spans = []
    for match in _LINE.finditer(text):
        if match.start() == len(text) and match.end() == len(text):
            break
        spans.append((match.start(), match.start() + len(match.group(0).rstrip("\r\n"))))
    return spans


def paragraphs(text: str) -> list[list[tuple[int, int]]]:
    """The paragraphs of ``text``, each a list of spans of its non-blank lines.

    >>> paragraphs("a\\nb\\n\\nc\\n")
    [[(0, 1), (2, 3)], [(5, 6)]]
    >>> paragraphs("a\\nb\\n")
    [[(0, 1)], [(2, 3)]]
    """
    lines = _lines(text)
    inner = [bool(text[s:e].strip()) for s, e in lines]
    first = inner.index(True) if True in inner else len(inner)
    last = len(inner) - inner[::-1].index(True) if True in inner else 0
    blank_separated = not all(inner[first:last])
    result: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for (start, end), filled in zip(lines, inner):
        if filled:
            current.append((start, end))
            if not blank_separated:
                result.append(current)
                current = []
        elif current:
            result.append(current)
            current = []
    if current:
        result.append(current)
    return result


def fold(text: str, lang: str) -> str:
    """A sentence as a reader sees it: white space at the ends stripped, line
    breaks folded away, runs of white space made one space.

    >>> fold("  cyber\\n  superpower ", "en")
    'cyber superpower'
    >>> fold("\\u3000\\u3000数字\\n经济。", "zh")
    '数字经济。'
    """
    text = text.strip()
    if lang == ZH:
        text = re.sub(r"(?<=[^\x00-\x7f])\s*[\r\n]+\s*(?=[^\x00-\x7f])", "", text)
    return re.sub(r"\s+", " ", text)


def segment(text: str, lang: str, *, clauses: bool = False) -> list[Sentence]:
    """Split a decoded text into sentences.

    ``lang`` is ``"zh"`` or ``"en"``; ``clauses`` also splits at semicolons.
    Offsets point into ``text`` as given.

    >>> [s.text for s in segment("He left. She stayed.\\n\\nNo.", "en")]
    ['He left.', 'She stayed.', 'No.']
    >>> [s.paragraph for s in segment("He left. She stayed.\\n\\nNo.", "en")]
    [0, 0, 1]
    """
    splitter = _SPLITTERS[lang]
    sentences: list[Sentence] = []
    for number, lines in enumerate(paragraphs(text)):
        for block_start, block_end in _blocks(text, lines, lang):
            block = text[block_start:block_end]
            previous = 0
            for end in splitter(block, clauses):
                piece = block[previous:end]
                previous = end
                if not piece.strip():
                    continue
                lead = len(piece) - len(piece.lstrip())
                trail = len(piece.rstrip())
                sentences.append(
                    Sentence(
                        index=len(sentences),
                        text=fold(piece, lang),
                        paragraph=number,
                        start=block_start + (end - len(piece)) + lead,
                        end=block_start + (end - len(piece)) + trail,
                        lang=lang,
                    )
                )
    return sentences


def _blocks(
    text: str, lines: list[tuple[int, int]], lang: str
) -> list[tuple[int, int]]:
    """Spans of a paragraph that are split on their own: the whole paragraph,
    except that a Chinese numbered heading alone on its line is a block of
    its own."""
    if lang != ZH:
        return [(lines[0][0], lines[-1][1])]
    blocks: list[tuple[int, int]] = []
    start = lines[0][0]
    for line_start, line_end in lines:
        if zh.is_heading(text[line_start:line_end]):
            if line_start > start:
                blocks.append((start, line_start))
            blocks.append((line_start, line_end))
            start = line_end
    if start < lines[-1][1]:
        blocks.append((start, lines[-1][1]))
    return blocks


def presplit(text: str, lang: str) -> list[Sentence]:
    """Sentences given one per line, as in MAC-Dev; blank lines are skipped
    and separate paragraphs.

    >>> [(s.index, s.text, s.paragraph) for s in presplit("a\\n\\nb\\nc\\n", "en")]
    [(0, 'a', 0), (1, 'b', 1), (2, 'c', 1)]
    """
    sentences: list[Sentence] = []
    paragraph = 0
    for start, end in _lines(text):
        line = text[start:end]
        if not line.strip():
            if sentences and sentences[-1].paragraph == paragraph:
                paragraph += 1
            continue
        lead = len(line) - len(line.lstrip())
        sentences.append(
            Sentence(
                index=len(sentences),
                text=fold(line, lang),
                paragraph=paragraph,
                start=start + lead,
                end=start + len(line.rstrip()),
                lang=lang,
            )
        )
    return sentences
