"""Terms: the editorial notes of a translation linked to the Chinese term
they gloss, and Chinese terms rendered in more than one way.

Both rest on the dictionary-guided word alignment inside each bead
(:class:`align.checks.document.BeadWords`): a Chinese term's rendering is the
English span its words' glosses reach.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterator

from align.checks.document import (NAME_TAGS, NOUN_TAGS, BeadWords, Document, character_keys, en_words, reaches,
                                   word_keys)
from align.checks.names import common_word
from align.checks.registry import Hit, Settings, check
from align.model import Bead, Severity
from align.notes import ALTERNATIVE, COMMENT, ELISION, INSERTION, SIC, Note, strip_notes

#: Longest run of jieba words taken as one term.
TERM_WORDS = 3
#: Two renderings with at least this share of content words in common are one.
SAME_RENDERING = 0.5


@dataclass(frozen=True)
class Occurrence:
    """One place a Chinese term occurs, and how it is rendered there."""

    bead: Bead
    #: The Chinese sentence holding it.
    sentence: int
    #: The English words rendering it, or None when the dictionary finds none.
    rendering: str | None
    #: The English sentence holding the rendering.
    target: int | None


@dataclass(frozen=True)
class NoteLink:
    """An editorial note and the Chinese term it glosses."""

    note: Note
    #: The English sentence holding the note.
    sentence: int
    bead: Bead
    #: The Chinese term, or None when none was found.
    term: str | None
    #: The Chinese sentence holding the term.
    source: int | None


def occurrences(document: Document, term: str,
                noted: dict[int, tuple[str, int]] | None = None) -> list[Occurrence]:
    """Every occurrence of a Chinese term in the translated beads; where an
    editorial note glosses it (``noted``: Chinese sentence → rendering and
    English sentence), the note's primary rendering is its rendering."""
    found = []
    for bead in document.pairs:
        words = document.words(bead)
        start = 0
        while (offset := words.text.find(term, start)) >= 0:
            start = offset + len(term)
            span = words.locate(term, offset)
            if span is None:
                continue
            sentence = words.zh[span[0]][0]
            if noted and sentence in noted:
                found.append(Occurrence(bead, sentence, *noted[sentence]))
                continue
            rendering = words.rendering(*span, document)
            target = words.en[min(rendering[1])][0] if rendering else None
            found.append(Occurrence(bead, sentence, rendering[0] if rendering else None, target))
    return found


def same_rendering(a: str, b: str) -> bool:
    """Whether two renderings say the same: most content words in common.

    >>> same_rendering("digital villages", "digital village building")
    True
    >>> same_rendering("cyber superpower", "strong cyber nation")
    False
    """
    x = {stem(w.norm) for w in en_words(a) if w.content}
    y = {stem(w.norm) for w in en_words(b) if w.content}
    return bool(x | y) and len(x & y) / len(x | y) >= SAME_RENDERING


def stem(word: str) -> str:
    """A crude stem, so that develop and development, nation and national
    count as one word: the first six letters.

    >>> stem("development") == stem("developed"), stem("nation") == stem("national")
    (True, True)
    """
    return word[:6]


def renderings(found: list[Occurrence]) -> list[list[Occurrence]]:
    """Occurrences grouped by rendering, the commonest first; unrendered
    occurrences left out."""
    groups: list[list[Occurrence]] = []
    for occurrence in found:
        if occurrence.rendering is None:
            continue
        group = next((g for g in groups if same_rendering(g[0].rendering or "", occurrence.rendering)), None)
        if group is None:
            groups.append([occurrence])
        else:
            group.append(occurrence)
    return sorted(groups, key=len, reverse=True)


def describe(groups: list[list[Occurrence]]) -> str:
    """``"cyber superpower" (zh 4), "strong cyber nation" (zh 28)``."""
    return ", ".join(
        f"\"{group[0].rendering}\" (zh {', '.join(str(o.sentence) for o in group)})" for group in groups
    )


# --- Editorial notes ---------------------------------------------------------------


def note_links(document: Document) -> list[NoteLink]:
    """Every editorial note of the English with the Chinese term it glosses."""
    if "note_links" not in document.shared:
        document.shared["note_links"] = _note_links(document)
    return document.shared["note_links"]  # type: ignore[return-value]


def _note_links(document: Document) -> list[NoteLink]:
    links = []
    for j, notes in enumerate(document.notes):
        bead = document.beads[document.alignment.bead_of((), (j,))]
        for note in notes:
            term, source = None, None
            if note.kind == ALTERNATIVE and bead.src:
                found = source_term(document, bead, j, note)
                if found:
                    term, source = found
            links.append(NoteLink(note, j, bead, term, source))
    return links


def source_term(document: Document, bead: Bead, j: int, note: Note) -> tuple[str, int] | None:
    """The Chinese term of a bead that a note's primary rendering and its
    alternatives translate, and the sentence holding it.

    Chinese words whose glosses reach the words of the primary rendering
    or of an alternative make the term; when some of those English words are
    reached by none, a neighbouring noun that reaches nothing else in the
    bead joins it (网络 of 网络强国, for "cyber").
    """
    words = document.words(bead)
    raw = document.alignment.tgt[j].text
    end = len(strip_notes(raw[: note.start]))
    start = end - len(note.primary)
    primary = {p for p, (k, _, w) in enumerate(words.en) if k == j and w.start >= start and w.end <= end}
    offered = [w.norm for alternative in note.alternatives for w in en_words(alternative) if w.content]
    english = [words.en[p][2].norm for p in primary if words.en[p][2].content] + offered
    chosen, reached = [], set()
    for k, (_, _, word) in enumerate(words.zh):
        keys = word_keys(word.text) | character_keys(word.text)
        hit = {e for e in english if reaches(keys, e)} | {
            words.en[p][2].norm for p in words.links[k] & primary}
        if hit:
            chosen.append(k)
            reached |= hit
    if not chosen:
        return None
    first = last = max(chosen, key=lambda k: (len(words.links[k] & primary), k in chosen))
    while first - 1 in chosen and words.zh[first - 1][0] == words.zh[first][0]:
        first -= 1
    while last + 1 in chosen and words.zh[last + 1][0] == words.zh[last][0]:
        last += 1
    for _ in range(len(set(english) - reached)):
        for near in (first - 1, last + 1):
            if (0 <= near < len(words.zh) and words.zh[near][0] == words.zh[first][0]
                    and words.zh[near][2].tag in NOUN_TAGS and not words.links[near]):
                first, last = min(first, near), max(last, near)
                break
    return _term(words, first, last), words.zh[first][0]


def _term(words: BeadWords, first: int, last: int) -> str:
    end = words.offsets[last] + len(words.zh[last][2].text)
    return words.text[words.offsets[first]:end]


@check("editorial-note", Severity.INFO)
def editorial_note(document: Document, settings: Settings) -> Iterator[Hit]:
    """An editorial or translator's note, with the Chinese term it glosses and its other renderings."""
    for link in note_links(document):
        note, src = link.note, link.bead.src
        if note.kind == ALTERNATIVE:
            offered = " or ".join(f"\"{a}\"" for a in note.alternatives)
            message = f"\"{note.primary}\" [or {offered}]"
            if link.term is None:
                message += ": no Chinese source term found in the aligned sentence"
            else:
                message += f" renders {link.term}"
                others = [o for o in occurrences(document, link.term) if o.sentence != link.source]
                if others:
                    shown = [f"zh {o.sentence} " + (f"\"{o.rendering}\"" if o.rendering else "(rendering not found)")
                             for o in others]
                    message += "; elsewhere " + ", ".join(shown)
                else:
                    message += "; it occurs nowhere else"
                src = (link.source,) if link.source is not None else src
            yield Hit(src, (link.sentence,), message, link.term, note.primary, note.alternatives)
        elif note.kind == COMMENT:
            yield Hit(src, (link.sentence,), f"editor's note: {note.comment}")
        elif note.kind == SIC:
            yield Hit(src, (link.sentence,), f"[sic]: \"{note.primary}\" is as the source has it",
                      target_term=note.primary)
        elif note.kind == ELISION:
            yield Hit(src, (link.sentence,), "[…]: the translation leaves words out here")
        elif note.kind == INSERTION:
            yield Hit(src, (link.sentence,), f"[{note.primary}]: words the translator added",
                      target_term=note.primary)


# --- Terminology ----------------------------------------------------------------------


def candidate_terms(document: Document) -> Counter[str]:
    """Runs of two or three nouns of two characters or more (数字乡村,
    网络强国), or single nouns of three characters or more (现代化), in the
    translated beads, counted. Single two-character words are mostly
    common words whose renderings vary with context; names are the name
    check's (but not jieba's "names" that are common words: 智慧, 城市)."""
    counts: Counter[str] = Counter()
    for bead in document.pairs:
        for i in bead.src:
            words = document.zh_words[i]
            text = document.alignment.src[i].text
            for k in range(len(words)):
                for size in range(1, TERM_WORDS + 1):
                    run = words[k:k + size]
                    if len(run) < size or any(w.tag not in NOUN_TAGS or len(w.text) < 2
                                              or w.tag in NAME_TAGS and not common_word(w.text) for w in run):
                        break
                    if run[-1].start + len(run[-1].text) - run[0].start != sum(len(w.text) for w in run):
                        break  # not adjacent in the text
                    if size >= 2 or len(run[0].text) >= 3:
                        counts[text[run[0].start:run[-1].start + len(run[-1].text)]] += 1
    return counts


@check("term-inconsistency", Severity.WARNING)
def term_inconsistency(document: Document, settings: Settings) -> Iterator[Hit]:
    """A Chinese term rendered in different ways across the document."""
    noted: dict[str, dict[int, tuple[str, int]]] = {}
    for link in note_links(document):
        if link.term and link.source is not None:
            noted.setdefault(link.term, {})[link.source] = (link.note.primary, link.sentence)
    found: dict[str, list[list[Occurrence]]] = {}
    for term, count in candidate_terms(document).items():
        if count >= 2 and term not in noted:
            groups = renderings(occurrences(document, term))
            if len(groups) >= 2:
                found[term] = groups
    for term, at in noted.items():
        found[term] = renderings(occurrences(document, term, at))
    for term, groups in sorted(found.items(), key=lambda item: _first(item[1])):
        if any(term in longer and term != longer and _count(found[longer]) == _count(groups)
               for longer in found):
            continue  # 强国 inside 网络强国: the longer term says it
        if not groups:
            continue
        src = tuple(sorted({o.sentence for g in groups for o in g}))
        tgt = tuple(sorted({o.target for g in groups for o in g if o.target is not None}))
        ways = "rendered" if len(groups) == 1 else f"is rendered in {len(groups)} ways:"
        how = f"has an editorial note{';' if len(groups) == 1 else ' and'} {ways}" if term in noted else ways
        yield Hit(src, tgt, f"{term} {how} {describe(groups)}", term, groups[0][0].rendering,
                  tuple(g[0].rendering or "" for g in groups[1:]))


def _count(groups: list[list[Occurrence]]) -> int:
    return sum(len(g) for g in groups)


def _first(groups: list[list[Occurrence]]) -> int:
    return min((o.sentence for g in groups for o in g), default=0)
