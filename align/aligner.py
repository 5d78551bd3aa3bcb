"""Sentence alignment: ``Sentence[] ×2 → Alignment``.

The method, and where it departs from the papers it follows:

* **Beads** of every type up to 1-6 and 6-1 with priors, as in Gale & Church
  (1993) extended to the longer beads of literary translation (Bertalign's
  MAC corpus has a third of its beads not 1-1). The priors are re-estimated
  from the document's own first-pass beads.
* **Length**: Gale & Church's (1993) normal model of the length of the
  translation given the length of the original, with the English characters
  per Chinese character and the variance fitted on the document being
  aligned (ratio from the totals, variance from the first pass's 1-1 beads),
  where Gale & Church fixed both for European languages.
* **Lexical evidence** in the manner of Hunalign (Varga et al. 2005), but
  scored on the *merged* text of a bead in both directions, as Vecalign
  (Thompson & Koehn 2019) scores concatenated sentence embeddings: the share
  of the Chinese words that the English covers through their CC-CEDICT
  glosses, and the share of the English words that the Chinese covers.
  Names match by pinyin, numbers by value, Latin-script tokens as they are.
* **A translation table learned from the document** (Moore 2002): IBM
  Model 1 trained on the confident beads of the first pass adds the
  renderings the dictionary lacks (韦小宝 → Trinket), then a second pass runs.
* **Search** in two steps, as Bertalign: a cheap 1-1 path through a band
  around the diagonal, then the full dynamic programme over all bead types
  in a window around that path; time and memory grow linearly with length.
* **Paragraphs**: where both sides have the same number of paragraphs, no
  bead crosses a paragraph boundary on either side (when the search window
  cannot honour that, the alignment is searched again without it).
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Protocol, Sequence

from rapidfuzz import fuzz, process

from align.lexicon import (
    STOP_WORDS,
    chinese_numbers,
    chinese_words,
    english_numbers,
    english_words,
    load_dictionary,
    normalise,
)
from align.model import Alignment, Bead, Sentence
from align.notes import strip_notes

INF = float("inf")


@dataclass(frozen=True)
class Parameters:
    """Every setting of the aligner, in one place (they go into signatures)."""

    #: The most sentences on one side of a bead.
    max_bead: int = 6
    #: Half-width of the first step's band, at the least, in sentences ...
    band: int = 40
    #: ... and as a share of the longer side ...
    band_share: float = 0.08
    #: ... but never wider than this, so that step one stays linear in the
    #: length of a long document (a drift of more sentences than this from
    #: the proportional diagonal is not followed).
    max_band: int = 250
    #: Cost of a skip in the first step, where a 1-1 bead costs 0 to 1.
    coarse_skip_cost: float = 0.45
    #: Half-width of the second step's window around the first step's path.
    window: int = 6
    #: Weight of the length cost.
    length_weight: float = 0.15
    #: Most a bead's length cost may count (before ``length_weight``): a
    #: translation expanded far beyond the usual ratio is still a
    #: translation, not an omission next to an addition.
    max_length_cost: float = 10.0
    #: Weight of the lexical cost (1 - similarity, per sentence of the bead).
    lexical_weight: float = 2.5
    #: Cost of leaving one sentence without a partner.
    skip_cost: float = 2.2
    #: Pseudo-count that pulls the similarity of short beads towards 0.
    smoothing: float = 1.0
    #: Beads at least this similar train the translation table.
    confident_similarity: float = 0.35
    #: Learned renderings kept from the translation table: probability ...
    model1_threshold: float = 0.3
    #: ... and the fewest confident beads the pair must share.
    model1_min_count: int = 2
    #: Whether to run the second pass with a learned translation table.
    model1: bool = True
    #: Cost added for each bead type, as -log prior, before the document's
    #: own priors are fitted; shapes not listed cost ``default_penalty``.
    penalties: tuple[tuple[tuple[int, int], float], ...] = (
        ((1, 1), 0.0), ((1, 2), 0.35), ((2, 1), 0.5), ((1, 3), 0.8), ((3, 1), 1.2),
        ((2, 2), 1.0), ((1, 4), 1.4), ((4, 1), 1.8), ((2, 3), 1.6), ((3, 2), 1.8),
        ((1, 5), 2.0), ((5, 1), 2.4), ((1, 6), 2.4), ((6, 1), 2.8),
    )
    default_penalty: float = 3.0
    #: Logistic calibration of confidence (fitted on MAC-Dev by
    #: ``benchmarks/alignment.py --fit``): intercept and feature weights.
    calibration: tuple[float, ...] = (1.885, 1.431, -1.144, -1.175, -0.144, 2.487)

    def bead_types(self) -> list[tuple[int, int]]:
        """The bead shapes searched: 0-1, 1-0 and every listed shape.

        >>> Parameters(max_bead=2).bead_types()
        [(0, 1), (1, 0), (1, 1), (1, 2), (2, 1), (2, 2)]
        """
        shapes = [(0, 1), (1, 0)]
        shapes += [s for s, _ in self.penalties if max(s) <= self.max_bead]
        return shapes


DEFAULT = Parameters()


# --- Features of each sentence ------------------------------------------------


@dataclass
class Side:
    """What the aligner knows of each sentence of one side."""

    #: Per sentence, the key ids of each of its content units.
    units: list[list[frozenset[int]]] = field(default_factory=list)
    #: Per sentence, the union of its units' keys.
    keys: list[frozenset[int]] = field(default_factory=list)
    #: Per sentence, its length in characters, notes left out.
    lengths: list[int] = field(default_factory=list)
    #: Per sentence, its words (Chinese words or normalised English words).
    words: list[list[str]] = field(default_factory=list)
    #: Per sentence, its paragraph.
    paragraphs: list[int] = field(default_factory=list)
    #: Per sentence, the name of each unit (its word or number), for weights.
    names: list[list[str]] = field(default_factory=list)
    #: Per sentence, the weight of each unit: rarer words weigh more.
    weights: list[list[float]] = field(default_factory=list)

    def add(self, units: list[frozenset[int]], names: list[str], length: int,
            words: list[str], paragraph: int) -> None:
        """Record one more sentence."""
        self.units.append(units)
        self.names.append(names)
        self.keys.append(frozenset().union(*units))
        self.lengths.append(length)
        self.words.append(words)
        self.paragraphs.append(paragraph)

    def weigh(self) -> None:
        """Give each unit its inverse document frequency over the sentences of
        its side: 说 and "said" tell less about a pairing than 皮人 and
        "dummy" (Varga et al. 2005 weigh dictionary matches alike)."""
        frequency: Counter[str] = Counter()
        for names in self.names:
            frequency.update(set(names))
        total = len(self.names) + 1
        self.weights = [
            [math.log(1.0 + total / frequency[name]) for name in names] for names in self.names
        ]


class Vocabulary(dict[str, int]):
    """Key strings to small integers, so key sets are cheap to intersect."""

    def ids(self, keys: Iterable[str]) -> frozenset[int]:
        return frozenset(self.setdefault(k, len(self)) for k in keys)


#: Punctuation that carries over in translation: a question stays a question,
#: an exclamation an exclamation, a quotation a quotation.
PUNCTUATION_ANCHORS = (("p:?", "?？"), ("p:!", "!！"))


def punctuation_keys(text: str) -> list[str]:
    """Anchor keys for the questions, exclamations and quotations of a sentence.

    A straight single quote counts as a quotation mark only at a word's edge,
    so that the apostrophe of "don't" does not.

    >>> punctuation_keys("他问：“你好吗？”"), punctuation_keys("'Hello!' he said.")
    (['p:?', 'p:quote'], ['p:!', 'p:quote'])
    >>> punctuation_keys("I don't know.")
    []
    """
    keys = [key for key, marks in PUNCTUATION_ANCHORS if any(m in text for m in marks)]
    if _QUOTATION.search(text):
        keys.append("p:quote")
    return keys


_QUOTATION = re.compile(r"[“”「」\"‘’]|(?:^|\s)'|'(?:\s|$|[,.!?;:—–-])")


def _number_key(value: float) -> str:
    return f"#{int(value)}" if float(value).is_integer() else f"#{value}"


def pinyin_keys(word: str, limit: int = 8) -> set[str]:
    """``py:`` keys of a Chinese word: toneless pinyin of every run of two or
    more of its characters, every reading tried (at most ``limit`` spellings).

    >>> sorted(pinyin_keys("陈清扬"))
    ['py:chenqing', 'py:chenqingyang', 'py:qingyang']
    """
    dictionary = load_dictionary()
    if not 2 <= len(word) <= 4:
        return set()
    readings = [dictionary.readings(c) for c in word]
    if not all(readings):
        return set()
    keys: set[str] = set()
    for start in range(len(word)):
        for stop in range(start + 2, len(word) + 1):
            spellings = [""]
            for options in readings[start:stop]:
                spellings = [s + o for s in spellings for o in options][:limit]
            keys.update("py:" + s for s in spellings)
    return keys


def anchor_units(text: str, numbers: list[float], vocabulary: Vocabulary,
                 units: list[frozenset[int]], names: list[str]) -> None:
    """Append a sentence's number and punctuation anchors to its units."""
    for key in [_number_key(value) for value in numbers] + punctuation_keys(text):
        units.append(vocabulary.ids([key]))
        names.append(key)


@lru_cache(maxsize=None)
def word_strings(word: str) -> frozenset[str]:
    """The keys of a Chinese word: its glosses and the pinyin of its runs, or
    the word itself for a Latin-script token (5G, COBE)."""
    if word.isascii():
        return frozenset({"=" + word.lower()})
    return load_dictionary().glosses(word) | pinyin_keys(word)


def chinese_side(sentences: Sequence[Sentence], vocabulary: Vocabulary,
                 learned: dict[str, set[str]] | None = None,
                 segmented: list[list[str]] | None = None) -> Side:
    """Features of the Chinese sentences; ``learned`` renderings join the
    dictionary's, and ``segmented`` spares jieba a second run."""
    side = Side()
    cache: dict[str, frozenset[int]] = {}
    for k, sentence in enumerate(sentences):
        words = segmented[k] if segmented is not None else chinese_words(sentence.text)
        units, names = [], []
        for word in words:
            keys = cache.get(word)
            if keys is None:
                strings = word_strings(word)
                if learned and word in learned:
                    strings = strings | learned[word]
                keys = cache[word] = vocabulary.ids(strings)
            if keys:
                units.append(keys)
                names.append(word)
        numbers = [n.value for n in chinese_numbers(sentence.text)]
        anchor_units(sentence.text, numbers, vocabulary, units, names)
        side.add(units, names, sum(1 for c in sentence.text if not c.isspace()),
                 words, sentence.paragraph)
    side.weigh()
    return side


_PINYIN_SHAPE = re.compile(r"^[A-Z][a-z]+$")
#: Least rapidfuzz ratio for an English word to stand for a gloss word it
#: does not equal (modernisation ~ modernization, industrialised ~ industrialise).
FUZZY_RATIO = 88
#: Shortest gloss word that counts when it ends an English compound
#: (superpower ~ power, wristwatch ~ watch).
COMPOUND_TAIL = 5


def fuzzy_glosses(word: str, glosses: dict[str, list[str]]) -> set[str]:
    """Gloss words an English word stands for when it equals none: a close
    spelling found by rapidfuzz among glosses with the same first letter, or
    the tail of a compound.

    >>> sorted(fuzzy_glosses("superpower", {"p": ["power"], "s": ["super"]}))
    ['power']
    >>> sorted(fuzzy_glosses("modernisation", {"m": ["modernization", "modern"]}))
    ['modernization']
    """
    found = {
        match for match, _, _ in process.extract(
            word, glosses.get(word[0], []), scorer=fuzz.ratio,
            score_cutoff=FUZZY_RATIO, limit=3)
    }
    for start in range(1, len(word) - COMPOUND_TAIL + 1):
        tail = word[start:]
        if tail in glosses.get(tail[0], ()):
            found.add(tail)
            break
    return found


def gloss_index(vocabulary: Vocabulary) -> dict[str, list[str]]:
    """The plain gloss words of a vocabulary, by first letter."""
    index: dict[str, list[str]] = defaultdict(list)
    for key in vocabulary:
        if key[:1].isalpha() and ":" not in key:
            index[key[0]].append(key)
    return index


def english_side(sentences: Sequence[Sentence], vocabulary: Vocabulary) -> Side:
    """Features of the English sentences, editorial notes left out.

    Build the Chinese side first: English words that match no gloss of it
    exactly are matched fuzzily against its glosses."""
    side = Side()
    index = gloss_index(vocabulary)
    fuzzy: dict[str, set[str]] = {}
    for sentence in sentences:
        text = strip_notes(sentence.text)
        tokens = english_words(text)
        units, words = [], []
        previous = ""
        for token in tokens:
            lower = token.lower()
            if lower in STOP_WORDS:
                previous = ""
                continue
            word = normalise(token)
            strings = {word, "=" + lower}
            if word not in vocabulary and len(word) > 3:
                if word not in fuzzy:
                    fuzzy[word] = fuzzy_glosses(word, index)
                strings |= fuzzy[word]
            if _PINYIN_SHAPE.match(token):
                strings.add("py:" + lower)
                if previous:
                    strings.add("py:" + previous.lower() + lower)
                previous = token
            else:
                previous = ""
            units.append(vocabulary.ids(strings))
            words.append(word)
        names = list(words)
        anchor_units(text, [n.value for n in english_numbers(text)], vocabulary, units, names)
        side.add(units, names, len(re.sub(r"\s+", " ", text).strip()), words, sentence.paragraph)
    side.weigh()
    return side


# --- Costs ------------------------------------------------------------------------


def covered(units: list[frozenset[int]], keys: frozenset[int]) -> int:
    """Bit mask of the units that share a key with ``keys``.

    >>> bin(covered([frozenset({1}), frozenset({2}), frozenset({3, 4})], frozenset({1, 4})))
    '0b101'
    """
    mask = 0
    for bit, unit in enumerate(units):
        if not unit.isdisjoint(keys):
            mask |= 1 << bit
    return mask


def length_cost(zh_length: int, en_length: int, ratio: float, variance: float) -> float:
    """Gale & Church's (1993) cost, -log P(|δ| this large), of the lengths of a bead.

    δ is the English length's distance from ``ratio`` times the Chinese length,
    in standard deviations of a variance growing with the expected length.

    >>> round(length_cost(10, 30, 3.0, 9.0), 3), round(length_cost(10, 60, 3.0, 9.0), 1)
    (0.0, 2.7)
    """
    expected = ratio * zh_length
    delta = abs(en_length - expected) / math.sqrt(variance * max(expected, 1.0))
    return max(0.0, -math.log(max(math.erfc(delta / math.sqrt(2)), 1e-12)))


def weighed(mask: int, weights: list[float]) -> float:
    """The total weight of the units whose bits are set in ``mask``.

    >>> weighed(0b101, [1.0, 2.0, 4.0])
    5.0
    """
    total = 0.0
    while mask:
        low = mask & -mask
        total += weights[low.bit_length() - 1]
        mask ^= low
    return total


class Scorer:
    """Costs of beads over one document pair.

    A bead's similarity needs, for each of its Chinese sentences, the weight
    of its words that the bead's English covers, and the reverse. Both are
    cached for each sentence and each run of 1 to ``max_bead`` sentences
    ending at a position of the other side, so a bead costs a few lookups.
    """

    def __init__(self, zh: Side, en: Side, params: Parameters,
                 ratio: float, variance: float,
                 penalties: dict[tuple[int, int], float]) -> None:
        self.zh, self.en, self.params = zh, en, params
        self.ratio, self.variance = ratio, variance
        self.penalties = penalties
        self._zh_runs: dict[tuple[int, int], list[float]] = {}
        self._en_runs: dict[tuple[int, int], list[float]] = {}
        self.zh_totals = [sum(w) for w in zh.weights]
        self.en_totals = [sum(w) for w in en.weights]

    def zh_run(self, i: int, end: int) -> list[float]:
        """Weight of Chinese sentence ``i``'s words covered by English
        ``end - b : end``, for b = 1 … max_bead (index b - 1)."""
        return self._run(self._zh_runs, self.zh, i, self.en, end)

    def en_run(self, j: int, end: int) -> list[float]:
        """Weight of English sentence ``j``'s words covered by Chinese
        ``end - a : end``, for a = 1 … max_bead (index a - 1)."""
        return self._run(self._en_runs, self.en, j, self.zh, end)

    def _run(self, cache: dict[tuple[int, int], list[float]], side: Side, k: int,
             other: Side, end: int) -> list[float]:
        """Covered weight of sentence ``k`` of ``side`` by ever longer runs of
        ``other``'s sentences ending at ``end``, cached."""
        run = cache.get((k, end))
        if run is None:
            units, weights = side.units[k], side.weights[k]
            run, mask = [], 0
            for j in range(end - 1, max(-1, end - 1 - self.params.max_bead), -1):
                mask |= covered(units, other.keys[j])
                run.append(weighed(mask, weights))
            cache[(k, end)] = run
        return run

    def forget(self, row: int) -> None:
        """Drop the cached runs a search in Chinese order has passed: those
        of Chinese sentences, and of English runs ending, more than
        ``max_bead`` before ``row``. Memory stays proportional to the window,
        not to the document; a run asked for again is recomputed."""
        low = row - self.params.max_bead
        self._zh_runs = {key: run for key, run in self._zh_runs.items() if key[0] >= low}
        self._en_runs = {key: run for key, run in self._en_runs.items() if key[1] >= low}

    def similarity(self, i0: int, i1: int, j0: int, j1: int) -> tuple[float, float, float]:
        """(similarity, Chinese coverage, English coverage) of a bead's merged text."""
        a, b = i1 - i0, j1 - j0
        zh_hit = sum(self.zh_run(i, j1)[b - 1] for i in range(i0, i1))
        en_hit = sum(self.en_run(j, i1)[a - 1] for j in range(j0, j1))
        smoothing = self.params.smoothing
        zh_cover = zh_hit / (sum(self.zh_totals[i0:i1]) + smoothing)
        en_cover = en_hit / (sum(self.en_totals[j0:j1]) + smoothing)
        if zh_cover + en_cover == 0:
            return 0.0, 0.0, 0.0
        return 2 * zh_cover * en_cover / (zh_cover + en_cover), zh_cover, en_cover

    def cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The cost of the bead of Chinese ``i0:i1`` and English ``j0:j1``."""
        shape = (i1 - i0, j1 - j0)
        if shape[0] == 0 or shape[1] == 0:
            return self.params.skip_cost * (shape[0] + shape[1])
        sim = self.similarity(i0, i1, j0, j1)[0]
        zh_length = sum(self.zh.lengths[i0:i1])
        en_length = sum(self.en.lengths[j0:j1])
        return (
            self.params.lexical_weight * (1.0 - sim) * (shape[0] + shape[1]) / 2
            + self.params.length_weight * min(length_cost(zh_length, en_length, self.ratio, self.variance),
                                              self.params.max_length_cost)
            + self.penalties.get(shape, self.params.default_penalty)
        )


# --- Search -------------------------------------------------------------------------


class BeadCost(Protocol):
    """Anything that prices a bead of Chinese ``i0:i1`` and English ``j0:j1``."""

    def cost(self, i0: int, i1: int, j0: int, j1: int) -> float: ...


class CoarseScorer:
    """Step one's costs: 1-1 beads by the overlap of whole sentences' keys
    (no word masks, no length), and a flat cost for a skip."""

    def __init__(self, zh: Side, en: Side, params: Parameters) -> None:
        self.zh, self.en, self.skip = zh, en, params.coarse_skip_cost

    def cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        if i1 == i0 or j1 == j0:
            return self.skip
        shared = len(self.zh.keys[i0] & self.en.keys[j0])
        size = len(self.zh.units[i0]) + len(self.en.units[j0]) + 1
        return 1.0 - min(1.0, 2.0 * shared / size)


def coarse_path(zh: Side, en: Side, params: Parameters) -> list[tuple[int, int]]:
    """Step one: a path of 1-1 and skip moves through a band around the
    diagonal, scored by :class:`CoarseScorer`. Returns the path's points."""
    n, m = len(zh.keys), len(en.keys)
    half = min(params.max_band, max(params.band, int(params.band_share * max(n, m))))
    rows = []
    for i in range(n + 1):
        centre = round(i * m / n) if n else 0
        rows.append((max(0, centre - half), min(m, centre + half) + 1))
    spans = fill_and_trace(CoarseScorer(zh, en, params), rows, [(0, 1), (1, 0), (1, 1)], None)
    return [(0, 0)] + [(i1, j1) for _, i1, _, j1 in spans]


def window_rows(path: list[tuple[int, int]], n: int, m: int, half: int) -> list[tuple[int, int]]:
    """Step two's search space: for each Chinese position, the English positions
    within ``half`` sentences of the path.

    >>> window_rows([(0, 0), (1, 1), (2, 2)], 2, 2, 1)
    [(0, 3), (0, 3), (0, 3)]
    """
    lo = [m + 1] * (n + 1)
    hi = [-1] * (n + 1)
    for i, j in path:
        for k in range(max(0, i - half), min(n, i + half) + 1):
            lo[k] = min(lo[k], j - half)
            hi[k] = max(hi[k], j + half)
    return [(max(0, lo[k]), min(m, hi[k]) + 1) for k in range(n + 1)]


def paragraph_barriers(zh: Side, en: Side) -> tuple[set[int], set[int]] | None:
    """Sentence positions where paragraphs start on both sides, when the two
    sides have the same number of paragraphs (else no constraint)."""
    if not zh.paragraphs or not en.paragraphs:
        return None
    if zh.paragraphs[-1] != en.paragraphs[-1] or zh.paragraphs[-1] == 0:
        return None
    starts = lambda p: {k for k in range(1, len(p)) if p[k] != p[k - 1]}  # noqa: E731
    return starts(zh.paragraphs), starts(en.paragraphs)


def fill_and_trace(scorer: BeadCost, rows: list[tuple[int, int]],
                   shapes: list[tuple[int, int]],
                   barriers: tuple[set[int], set[int]] | None) -> list[tuple[int, int, int, int]]:
    """The cheapest sequence of beads through the rows of a band or window,
    as ``(i0, i1, j0, j1)`` spans: step one with a :class:`CoarseScorer`,
    step two with a :class:`Scorer`."""
    n = len(rows) - 1
    m = rows[n][1] - 1
    zh_bar, en_bar = barriers if barriers else (set(), set())
    cost: list[array[float]] = []  # 8 bytes a cell: the band of a long document is wide
    back: list[list[tuple[int, int]]] = []
    forget = getattr(scorer, "forget", None)
    for i in range(n + 1):
        if forget is not None and i % FORGET_EVERY == 0:
            forget(i)
        lo, hi = rows[i]
        row_cost = array("d", [INF]) * (hi - lo)
        row_back = [(0, 0)] * (hi - lo)
        for j in range(lo, hi):
            if i == 0 and j == 0:
                row_cost[0] = 0.0
                continue
            best, best_shape = INF, (0, 0)
            for a, b in shapes:
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0:
                    continue
                plo, phi = rows[pi]
                if not plo <= pj < phi:
                    continue
                before = (row_cost[pj - lo] if pi == i else cost[pi][pj - plo])
                if before == INF:
                    continue
                if barriers and _crosses(pi, i, pj, j, zh_bar, en_bar):
                    continue
                total = before + scorer.cost(pi, i, pj, j)
                if total < best:
                    best, best_shape = total, (a, b)
            row_cost[j - lo] = best
            row_back[j - lo] = best_shape
        cost.append(row_cost)
        back.append(row_back)
    spans = []
    i, j = n, m
    while i or j:
        a, b = back[i][j - rows[i][0]]
        if (a, b) == (0, 0):
            raise NoPath
        spans.append((i - a, i, j - b, j))
        i, j = i - a, j - b
    return spans[::-1]


#: How many rows the search fills between two clean-ups of the scorer's caches.
FORGET_EVERY = 64


class NoPath(Exception):
    """No sequence of beads reaches the end inside the search window."""


def _crosses(i0: int, i1: int, j0: int, j1: int, zh_bar: set[int], en_bar: set[int]) -> bool:
    """Whether a bead crosses a paragraph start on either side."""
    return (i1 - i0 > 1 and any(i0 < k < i1 for k in zh_bar)) or (
        j1 - j0 > 1 and any(j0 < k < j1 for k in en_bar))


# --- Fitting the document ---------------------------------------------------------


def fit_variance(scorer: Scorer, spans: list[tuple[int, int, int, int]], default: float) -> float:
    """The length variance of the document's 1-1 beads, robustly (from the
    median of the squared normalised deviations)."""
    values = []
    for i0, i1, j0, j1 in spans:
        if i1 - i0 == 1 and j1 - j0 == 1:
            expected = scorer.ratio * scorer.zh.lengths[i0]
            if expected > 0:
                values.append((scorer.en.lengths[j0] - expected) ** 2 / expected)
    if len(values) < 10:
        return default
    values.sort()
    # The median of a chi-squared variable with one degree of freedom is 0.4549.
    return max(1.0, values[len(values) // 2] / 0.4549)


def fit_penalties(spans: list[tuple[int, int, int, int]], params: Parameters) -> dict[tuple[int, int], float]:
    """Bead priors blended from the defaults and the first pass's shape counts."""
    counts = Counter((i1 - i0, j1 - j0) for i0, i1, j0, j1 in spans if i1 > i0 and j1 > j0)
    total = sum(counts.values())
    penalties = dict(params.penalties)
    if total < 20:
        return penalties
    ones = counts[(1, 1)] + 1
    for shape in penalties:
        if shape == (1, 1):
            continue
        observed = -math.log((counts[shape] + 0.5) / ones)
        penalties[shape] = 0.5 * penalties[shape] + 0.5 * max(0.0, observed) * 0.5
    return penalties


def train_model1(pairs: list[tuple[list[str], list[str]]], iterations: int = 4,
                 kept: set[tuple[str, str]] | None = None) -> dict[str, dict[str, float]]:
    """IBM Model 1 (Brown et al. 1993) t(english | chinese), by EM, with a NULL word.

    ``kept`` limits the table to those word pairs (and NULL's): a pair that
    may never be learned need not be estimated, and the table of every
    co-occurrence grows with the square of a bead's length (departure from
    Model 1: the mass of the pairs left out goes to NULL and the kept pairs).

    >>> t = train_model1([(["猫"], ["cat"]), (["猫", "黑"], ["black", "cat"]), (["黑"], ["black"])])
    >>> round(t["猫"]["cat"], 2) > 0.5, round(t["黑"]["black"], 2) > 0.5
    (True, True)
    """
    table: dict[str, dict[str, float]] = defaultdict(dict)
    for zh_words, en_words in pairs:
        for z in zh_words + ["<null>"]:
            row = table[z]
            for e in en_words:
                if kept is None or z == "<null>" or (z, e) in kept:
                    row[e] = 1.0
    for _ in range(iterations):
        counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        totals: dict[str, float] = defaultdict(float)
        for zh_words, en_words in pairs:
            sources = zh_words + ["<null>"]
            for e in en_words:
                weights = [(z, table[z].get(e, 0.0)) for z in sources]
                norm = sum(w for _, w in weights)
                for z, weight in weights:
                    if weight:
                        share = weight / norm
                        counts[z][e] += share
                        totals[z] += share
        table = defaultdict(dict, {
            z: {e: c / totals[z] for e, c in row.items()} for z, row in counts.items()
        })
    return table


def learned_renderings(scorer: Scorer, spans: list[tuple[int, int, int, int]],
                       params: Parameters) -> dict[str, set[str]]:
    """Renderings of Chinese words learned from the confident beads of a pass."""
    pairs = []
    for number, (i0, i1, j0, j1) in enumerate(spans):
        if number % FORGET_EVERY == 0:
            scorer.forget(i0)
        if i1 > i0 and j1 > j0 and scorer.similarity(i0, i1, j0, j1)[0] >= params.confident_similarity:
            zh_words = [w for i in range(i0, i1) for w in scorer.zh.words[i]]
            en_words = [w for j in range(j0, j1) for w in scorer.en.words[j]]
            pairs.append((zh_words, en_words))
    if not pairs:
        return {}
    together: Counter[tuple[str, str]] = Counter()
    for zh_words, en_words in pairs:
        together.update({(z, e) for z in set(zh_words) for e in set(en_words)})
    kept = {pair for pair, count in together.items() if count >= params.model1_min_count}
    del together
    table = train_model1(pairs, kept=kept)
    learned: dict[str, set[str]] = defaultdict(set)
    for z, row in table.items():
        if z == "<null>":
            continue
        for e, p in row.items():
            if p >= params.model1_threshold and (z, e) in kept:
                learned[z].add(e)
    return learned


# --- Confidence -----------------------------------------------------------------


_NEIGHBOURS = ((0, 0, 0, 1), (0, 0, 0, -1), (0, 0, 1, 0), (0, 0, -1, 0),
               (0, 1, 0, 0), (0, -1, 0, 0), (1, 0, 0, 0), (-1, 0, 0, 0))


def confidence_features(scorer: Scorer, span: tuple[int, int, int, int]) -> tuple[float, ...]:
    """What the confidence of a bead is judged by: its similarity, whether it
    is a skip, whether it is other than 1-1, its length cost, and its margin
    over the beads one sentence larger or smaller at any edge."""
    i0, i1, j0, j1 = span
    n, m = len(scorer.zh.units), len(scorer.en.units)
    limit = scorer.params.max_bead
    if i1 == i0 or j1 == j0:
        # A skip is as sure as its sentence is unlike the sentences beside it.
        near = []
        for a0, a1, b0, b1 in ((i0 - 1, i1, j0, j1 + 1), (i0, i1 + 1, j0 - 1, j1)):
            a0, a1, b0, b1 = max(a0, 0), min(a1, n), max(b0, 0), min(b1, m)
            if a1 > a0 and b1 > b0 and a1 - a0 <= limit and b1 - b0 <= limit:
                near.append(scorer.similarity(a0, a1, b0, b1)[0])
        return (0.0, 1.0, 0.0, 0.0, -max(near, default=0.0))
    sim = scorer.similarity(i0, i1, j0, j1)[0]
    alternatives = []
    for d0, d1, e0, e1 in _NEIGHBOURS:
        a0, a1, b0, b1 = i0 + d0, i1 + d1, j0 + e0, j1 + e1
        if 0 <= a0 < a1 <= n and 0 <= b0 < b1 <= m and a1 - a0 <= limit and b1 - b0 <= limit:
            alternatives.append(scorer.similarity(a0, a1, b0, b1)[0])
    lc = length_cost(sum(scorer.zh.lengths[i0:i1]), sum(scorer.en.lengths[j0:j1]),
                     scorer.ratio, scorer.variance)
    margin = sim - max(alternatives, default=0.0)
    return (sim, 0.0, float((i1 - i0, j1 - j0) != (1, 1)), min(lc, 10.0), margin)


def confidence(features: tuple[float, ...], params: Parameters) -> float:
    """Probability that a bead is right: a logistic model of its features,
    with coefficients fitted on MAC-Dev (``benchmarks/alignment.py --fit``).

    >>> confidence((0.0, 0.0, 0.0, 0.0, 0.0), Parameters(calibration=(0.0, 1, 1, 1, 1, 1)))
    0.5
    """
    z = params.calibration[0] + sum(w * f for w, f in zip(params.calibration[1:], features))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


# --- The public entry point ---------------------------------------------------------


def align(src: Sequence[Sentence], tgt: Sequence[Sentence],
          params: Parameters = DEFAULT) -> Alignment:
    """Align Chinese sentences ``src`` with English sentences ``tgt``.

    The beads cover every sentence of both sides once, in order.
    """
    if not src or not tgt:
        skipped = [Bead((i,), (), 1.0) for i in range(len(src))]
        skipped += [Bead((), (j,), 1.0) for j in range(len(tgt))]
        return Alignment(tuple(src), tuple(tgt), tuple(skipped))
    beads = tuple(
        Bead(bead.src, bead.tgt, round(confidence(features, params), 4))
        for bead, features in align_with_features(src, tgt, params)
    )
    return Alignment(tuple(src), tuple(tgt), beads)


def align_with_features(src: Sequence[Sentence], tgt: Sequence[Sentence],
                        params: Parameters = DEFAULT) -> list[tuple[Bead, tuple[float, ...]]]:
    """The beads of :func:`align` with the features their confidence is
    computed from, for fitting the calibration."""
    spans, scorer = _search(src, tgt, params)
    beads = []
    for number, s in enumerate(spans):
        if number % FORGET_EVERY == 0:
            scorer.forget(s[0])
        beads.append((Bead(tuple(range(s[0], s[1])), tuple(range(s[2], s[3]))), confidence_features(scorer, s)))
    return beads


def _search(src: Sequence[Sentence], tgt: Sequence[Sentence],
            params: Parameters) -> tuple[list[tuple[int, int, int, int]], Scorer]:
    vocabulary = Vocabulary()
    zh = chinese_side(src, vocabulary)
    en = english_side(tgt, vocabulary)
    ratio = max(sum(en.lengths), 1) / max(sum(zh.lengths), 1)
    variance = 9.0 * ratio / 3.0
    penalties = dict(params.penalties)
    path = coarse_path(zh, en, params)
    rows = window_rows(path, len(src), len(tgt), params.window)
    barriers = paragraph_barriers(zh, en)
    shapes = params.bead_types()
    scorer = Scorer(zh, en, params, ratio, variance, penalties)
    try:
        spans = fill_and_trace(scorer, rows, shapes, barriers)
    except NoPath:
        barriers = None
        spans = fill_and_trace(scorer, rows, shapes, barriers)
    variance = fit_variance(scorer, spans, variance)
    penalties = fit_penalties(spans, params)
    if params.model1:
        learned = learned_renderings(scorer, spans, params)
        zh = chinese_side(src, vocabulary, learned, segmented=zh.words)
    scorer = Scorer(zh, en, params, ratio, variance, penalties)
    spans = fill_and_trace(scorer, rows, shapes, barriers)
    return spans, scorer
