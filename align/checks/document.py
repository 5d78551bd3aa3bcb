"""What every check needs to know about an aligned pair, worked out once.

A :class:`Document` holds the alignment with each Chinese sentence cut into
jieba words (with parts of speech), each English sentence cut into words
with its editorial notes taken out, and a dictionary-guided word alignment
inside each bead: which English words a Chinese word's CC-CEDICT glosses,
pinyin or near spellings reach.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from align.aligner import fuzzy_glosses, pinyin_keys
from align.lexicon import STOP_WORDS, load_dictionary, normalise
from align.model import Alignment, Bead
from align.notes import Note, find_notes, strip_notes

#: jieba part-of-speech tags of content words: nouns, names, verbs,
#: adjectives, idioms, numerals.
CONTENT_TAGS = frozenset("n nr nrfg nrt ns nt nz vn v vd a ad an i l j m eng".split())
#: Tags of nouns and names, the words that make terms.
NOUN_TAGS = frozenset("n nr nrfg nrt ns nt nz vn j".split())
#: Tags of personal and place names.
NAME_TAGS = frozenset("nr nrfg nrt ns".split())

_EN_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")


@dataclass(frozen=True)
class ZhWord:
    """A jieba word of a Chinese sentence."""

    text: str
    #: jieba's part of speech, e.g. ``"n"``, ``"nr"``.
    tag: str
    #: Offset in the sentence's text.
    start: int


@dataclass(frozen=True)
class EnWord:
    """A word of an English sentence, editorial notes left out."""

    text: str
    #: :func:`align.lexicon.normalise` of the text.
    norm: str
    #: Offsets in the note-free text of the sentence.
    start: int
    end: int

    @property
    def content(self) -> bool:
        """Whether the word carries content: no stop word, no lone letter."""
        return len(self.text) > 1 and self.text.lower() not in STOP_WORDS


@lru_cache(maxsize=1)
def _posseg():  # type: ignore[no-untyped-def]
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)  # its start-up lines must not reach stderr
    return jieba.posseg


def zh_words(text: str) -> list[ZhWord]:
    """jieba's words of a sentence with their parts of speech, punctuation
    and white space left out.

    >>> [(w.text, w.tag) for w in zh_words("王建华说，网络强国。")][:3]
    [('王建华', 'nr'), ('说', 'v'), ('网络', 'n')]
    """
    words, offset = [], 0
    for pair in _posseg().lcut(text):
        if any(c.isalnum() for c in pair.word):
            words.append(ZhWord(pair.word, pair.flag, offset))
        offset += len(pair.word)
    return words


def en_words(text: str) -> list[EnWord]:
    """The words of an English text (hyphenated parts apart), normalised.

    >>> [(w.text, w.norm) for w in en_words("cyber superpowers, problem-oriented")]
    [('cyber', 'cyber'), ('superpowers', 'superpower'), ('problem', 'problem'), ('oriented', 'orient')]
    """
    return [EnWord(m.group(0), normalise(m.group(0).replace("’", "'")), m.start(), m.end())
            for m in _EN_TOKEN.finditer(text)]


@lru_cache(maxsize=None)
def word_keys(word: str) -> frozenset[str]:
    """English words a Chinese word may be rendered by: its glosses, the
    pinyin of its runs of characters (``py:``-less), and its own digits or
    Latin letters."""
    if word.isascii():
        return frozenset({normalise(word)})
    keys = set(load_dictionary().glosses(word))
    keys.update(key[3:] for key in pinyin_keys(word))
    if len(word) == 1:
        keys.update(load_dictionary().readings(word))
    return frozenset(keys)


@lru_cache(maxsize=None)
def character_keys(word: str) -> frozenset[str]:
    """The glosses of a word's characters one by one: the fallback when the
    word's own glosses reach nothing (强国 rendered "strong nation")."""
    if len(word) < 2 or word.isascii():
        return frozenset()
    dictionary = load_dictionary()
    return frozenset().union(*(dictionary.glosses(c) for c in word))


@lru_cache(maxsize=100_000)
def reaches(keys: frozenset[str], english: str) -> bool:
    """Whether a normalised English word stands for one of ``keys``: equal,
    a near spelling or a compound whose tail is one (superpower ~ power), as
    the aligner matches them, or a derivation (regeneration ~ regenerate)."""
    if english in keys or len(english) > 3 and fuzzy_glosses(english, _by_letter(keys)):
        return True
    return any(derived(english, key) for key in keys if key[:3] == english[:3])


@lru_cache(maxsize=10_000)
def _by_letter(keys: frozenset[str]) -> dict[str, list[str]]:
    """Keys by first letter, as :func:`align.aligner.fuzzy_glosses` looks them up."""
    index: dict[str, list[str]] = {}
    for key in keys:
        index.setdefault(key[:1], []).append(key)
    return index


#: Shortest word whose derivations are matched (develop ~ development).
DERIVED_STEM = 5


def derived(a: str, b: str) -> bool:
    """Whether one word is the other with a derivational ending: the
    shorter is a prefix of the longer, after dropping a final e
    (promote ~ promotion, regenerate ~ regeneration, nation ~ national).

    >>> derived("regeneration", "regenerate"), derived("general", "generation")
    (True, False)
    """
    short, long = sorted((a, b), key=len)
    if len(short) < DERIVED_STEM or short == long:
        return False
    stem = short[:-1] if short.endswith("e") else short
    return long.startswith(stem)


@dataclass(frozen=True)
class Place:
    """A word's place in a bead: sentence index and word position in it."""

    sentence: int
    position: int


class BeadWords:
    """The words of one bead, both sides, and which English words each
    Chinese word reaches."""

    def __init__(self, document: "Document", bead: Bead) -> None:
        self.bead = bead
        self.zh = [(i, k, w) for i in bead.src for k, w in enumerate(document.zh_words[i])]
        self.en = [(j, k, w) for j in bead.tgt for k, w in enumerate(document.en_words[j])]
        self.text = "".join(document.alignment.src[i].text for i in bead.src)
        #: Offset of each Chinese word in ``self.text``.
        self.offsets = []
        base = 0
        for i in bead.src:
            self.offsets += [base + w.start for w in document.zh_words[i]]
            base += len(document.alignment.src[i].text)

    def locate(self, term: str, start: int = 0) -> tuple[int, int] | None:
        """The first and last Chinese word of the first occurrence of
        ``term`` in the bead's text from ``start``, or None."""
        offset = self.text.find(term, start)
        if offset < 0:
            return None
        inside = [k for k, o in enumerate(self.offsets) if offset <= o < offset + len(term)]
        return (inside[0], inside[-1]) if inside else None

    @cached_property
    def links(self) -> list[set[int]]:
        """For each Chinese word of the bead, the positions in ``self.en``
        of the content words its glosses reach (its characters' glosses when
        its own reach nothing)."""
        found = []
        for _, _, word in self.zh:
            keys = word_keys(word.text)
            hits = {p for p, (_, _, e) in enumerate(self.en) if e.content and reaches(keys, e.norm)}
            if not hits:
                keys = character_keys(word.text)
                hits = {p for p, (_, _, e) in enumerate(self.en)
                        if e.content and keys and reaches(keys, e.norm)}
            found.append(hits)
        return found

    @cached_property
    def linked(self) -> set[int]:
        """English positions reached by some Chinese word."""
        return set().union(*self.links) if self.links else set()

    def rendering(self, first: int, last: int, document: "Document") -> tuple[str, set[int]] | None:
        """The English words rendering Chinese words ``first..last`` of the
        bead, as they stand in the text, and their positions; None when the
        dictionary finds no rendering.

        The rendering spans the nearest cluster of reached words; a Chinese
        word that reaches nothing may be rendered by an unreached content
        word next to that span (网络强国 rendered "cyber superpower").
        """
        hits = sorted(set().union(*self.links[first:last + 1]))
        if not hits:
            return None
        clusters: list[list[int]] = [[hits[0]]]
        for position in hits[1:]:
            previous = clusters[-1][-1]
            if position - previous <= 3 and self._joined(previous, position, document):
                clusters[-1].append(position)
            else:
                clusters.append([position])
        span = max(clusters, key=lambda c: (len({self._component(first, last, p) for p in c}), -c[0]))
        lo, hi = span[0], span[-1]
        unreached = sum(1 for links in self.links[first:last + 1] if not links)
        for _ in range(unreached):
            for step in (-1, 1):
                near = lo - 1 if step < 0 else hi + 1
                if self._free_neighbour(near, lo if step < 0 else hi, document):
                    lo, hi = min(lo, near), max(hi, near)
                    break
        sentence = self.en[lo][0]
        text = document.en_text[sentence]
        return text[self.en[lo][2].start:self.en[hi][2].end], set(range(lo, hi + 1))

    def _joined(self, a: int, b: int, document: "Document") -> bool:
        """Whether English words ``a`` and ``b`` stand in one sentence with
        no punctuation between them."""
        (j, _, x), (k, _, y) = self.en[a], self.en[b]
        return j == k and not re.search(r"[^\w\s'’-]", document.en_text[j][x.end:y.start])

    def _component(self, first: int, last: int, position: int) -> int:
        return next(k for k in range(first, last + 1) if position in self.links[k])

    def _free_neighbour(self, near: int, edge: int, document: "Document") -> bool:
        """Whether English word ``near`` is a content word next to ``edge``
        in the same sentence, with only a space or hyphen between, that no
        Chinese word of the bead reaches."""
        if not 0 <= near < len(self.en) or near in self.linked:
            return False
        (j, _, word), (k, _, other) = self.en[near], self.en[edge]
        if j != k or not word.content:
            return False
        left, right = sorted((word, other), key=lambda w: w.start)
        return document.en_text[j][left.end:right.start] in (" ", "-")


class Document:
    """An alignment with the analysis its checks share."""

    def __init__(self, alignment: Alignment) -> None:
        self.alignment = alignment
        #: English sentences with their editorial notes taken out.
        self.en_text = [strip_notes(s.text) for s in alignment.tgt]
        self.en_words = [en_words(text) for text in self.en_text]
        self.notes: list[list[Note]] = [find_notes(s.text) for s in alignment.tgt]
        self._beads: dict[Bead, BeadWords] = {}
        #: Results several checks share, worked out by the first that asks.
        self.shared: dict[str, object] = {}

    @cached_property
    def zh_words(self) -> list[list[ZhWord]]:
        """jieba's words of each Chinese sentence, cut on first use: part of
        speech tagging is the slowest step of a review, and a review of
        ``low-confidence`` alone needs none."""
        return [zh_words(s.text) for s in self.alignment.src]

    @property
    def beads(self) -> tuple[Bead, ...]:
        return self.alignment.beads

    @property
    def pairs(self) -> list[Bead]:
        """The beads with both sides: those a translation check can compare.
        An omitted or added sentence is the omission checks' concern only."""
        return [bead for bead in self.beads if bead.src and bead.tgt]

    def words(self, bead: Bead) -> BeadWords:
        """The words of a bead and their links, worked out once."""
        if bead not in self._beads:
            self._beads[bead] = BeadWords(self, bead)
        return self._beads[bead]

    def zh(self, bead: Bead) -> str:
        """The Chinese text of a bead."""
        return "".join(self.alignment.src[i].text for i in bead.src)

    def en(self, bead: Bead) -> str:
        """The English text of a bead, editorial notes left out."""
        return " ".join(self.en_text[j] for j in bead.tgt)

    def rendered(self, bead: Bead, term: str) -> str | None:
        """How the English of a bead renders a Chinese term of it, when the
        dictionary finds a rendering."""
        words = self.words(bead)
        span = words.locate(term)
        found = words.rendering(*span, self) if span else None
        return found[0] if found else None
