"""Personal and place names: a Chinese name whose pinyin the English lacks,
and a pinyin-spelt English name with no Chinese counterpart."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from align.checks.document import NAME_TAGS, BeadWords, Document, EnWord, character_keys, reaches
from align.checks.registry import Hit, Settings, check
from align.lexicon import STOP_WORDS, definition_words, load_dictionary, normalise, toneless
from align.model import Bead, Severity

#: Endings of place names that a translation renders as a word
#: (福建省 → Fujian Province) or leaves out.
PLACE_SUFFIXES = "省市县区镇村乡州"
#: English words for a kind of place: "the city" is no rendering of 成都.
PLACE_WORDS = frozenset("city capital province county town village district state country region".split())
#: English words that read as pinyin syllables but are no pinyin name.
NOT_PINYIN = frozenset({"china", "chinese", "asia", "canada", "india"})
#: Most spellings tried for a name (each character may have several readings).
MAX_SPELLINGS = 16


def spellings(word: str) -> list[str]:
    """Toneless pinyin spellings of a word, every reading tried.

    >>> spellings("王建华"), spellings("成都")[0]
    (['wangjianhua'], 'chengdu')
    """
    dictionary = load_dictionary()
    own = []  # the word's own readings first: 成都 is Chengdu, not Chengdou
    for entry in dictionary.lookup(word):
        spelling = "".join(toneless(entry.pinyin))
        if spelling and spelling not in own:
            own.append(spelling)
    found = [""]
    for char in word:
        readings = dictionary.readings(char)
        if not readings:
            return own
        found = [s + r for s in found for r in readings][:MAX_SPELLINGS]
    return own + [s for s in found if s not in own]


def written(word: str, tag: str) -> str:
    """How a name is written in English pinyin: 王建华 → Wang Jianhua.

    >>> written("王建华", "nr"), written("宁德", "ns")
    ('Wang Jianhua', 'Ningde')
    """
    if tag.startswith("nr") and len(word) >= 2:
        surname, given = spellings(word[0]), spellings(word[1:])
        if surname and given:
            return f"{surname[0].capitalize()} {given[0].capitalize()}"
    options = spellings(word)
    return options[0].capitalize() if options else word


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable in CC-CEDICT."""
    dictionary = load_dictionary()
    found: set[str] = set()
    for code in range(0x4E00, 0xA000):
        found.update(dictionary.readings(chr(code)))
    return frozenset(s for s in found if s.isalpha())


@lru_cache(maxsize=1)
def english_vocabulary() -> frozenset[str]:
    """Lower-case words of CC-CEDICT's definitions of common words (not
    names, not surnames): an English word in here is no pinyin name."""
    words: set[str] = set(NOT_PINYIN)
    for entry in load_dictionary():
        if entry.pinyin[:1].islower():
            for definition in entry.definitions:
                if not definition.startswith("surname "):
                    # capitalised words in a definition are names (小明 "Xiaoming")
                    words.update(w for w in re.findall(r"\b[a-z]+\b", definition))
    return frozenset(words)


def is_pinyin(token: str) -> bool:
    """Whether a capitalised word reads as pinyin syllables and is not an
    English word: Jianguo, Ningde, Xi'an; not Women, China.

    >>> is_pinyin("Jianguo"), is_pinyin("Women"), is_pinyin("Party")
    (True, False, False)
    """
    word = token.lower().replace("'", "").replace("’", "")
    vocabulary = english_vocabulary()
    return (pinyin_shaped(token) and word not in STOP_WORDS
            and word not in vocabulary and normalise(word) not in vocabulary)


def pinyin_shaped(token: str) -> bool:
    """Whether a capitalised word reads as pinyin syllables (Wang, Women).

    >>> pinyin_shaped("Wang"), pinyin_shaped("Party")
    (True, False)
    """
    word = token.lower().replace("'", "").replace("’", "")
    if not token[:1].isupper() or not word.isalpha():
        return False
    known = syllables()
    reachable = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        reachable[end] = any(reachable[start] and word[start:end] in known
                             for start in range(max(0, end - 6), end))
    return reachable[-1]


def common_word(word: str) -> bool:
    """Whether jieba's name is more likely a common word: CC-CEDICT knows
    it, or the word it starts with, as a common word (智慧, 明显增加, 新建:
    "newly built" as well as a county).

    >>> common_word("智慧"), common_word("明显增加"), common_word("新建"), common_word("王建华"), common_word("福建")
    (True, True, True, False, False)
    """
    dictionary = load_dictionary()
    for size in range(len(word), 1, -1):
        entries = dictionary.lookup(word[:size])
        if entries:
            return any(e.pinyin[:1].islower() for e in entries)
    return False


def _name_glosses(word: str) -> set[str]:
    """The proper nouns at the head of a name's definitions (美国 → united,
    state), and every gloss of its readings as a common word (大山 → mountain)."""
    found: set[str] = set()
    for entry in load_dictionary().lookup(word):
        if entry.pinyin[:1].islower():
            found.update(w for d in entry.definitions for w in definition_words(d))
            continue
        head = re.split(r"[(,;]", entry.definitions[0])[0] if entry.definitions else ""
        found.update(normalise(w) for w in re.findall(r"\b[A-Z][a-z]+", head))
    return found


@check("name-mismatch", Severity.WARNING)
def name_mismatch(document: Document, settings: Settings) -> Iterator[Hit]:
    """A Chinese name whose pinyin is not in the English, or an English pinyin name with no Chinese source."""
    missing: dict[str, list[tuple[int, tuple[int, ...], str]]] = {}
    rendered: set[str] = set()
    known = _document_names(document)
    for bead in document.pairs:
        words = document.words(bead)
        stray_names = [(j, name) for j, name in _stray_names(document, bead)
                       if not {name.lower().replace(" ", "").replace("-", ""),
                               name.split()[-1].lower()} & known]
        spelt: tuple[set[str], set[str]] | None = None
        for i, _, word in words.zh:
            name = _name(word.text, word.tag)
            if name is None:
                continue
            spelt = spelt or _spelt(words)
            if _rendered(name, word.tag, *spelt, bool(stray_names)):
                rendered.add(name)
                continue
            if not stray_names and any(reaches(character_keys(name), e.norm) for _, _, e in words.en
                                       if e.content and e.norm not in PLACE_WORDS):
                continue  # translated by meaning (大山 "the mountains"), or no name (惠及 "benefit")
            expected = written(name, word.tag)
            if stray_names:
                found = stray_names.pop(0)[1]
                yield Hit((i,), bead.tgt, f"{name} ({expected}) is not in the English; it has {found}",
                          name, found, (expected,))
            else:
                missing.setdefault(name, []).append((i, bead.tgt, expected))
        for j, found in stray_names:
            yield Hit(bead.src, (j,), f"{found} has no Chinese counterpart", target_term=found)
    for name, places in missing.items():
        # A name the English spells out elsewhere and leaves out here is
        # mostly a pronoun ("he"); one it never spells out is reported once.
        count = sum(text.count(name) for text in (s.text for s in document.alignment.src))
        if count <= 2 and name not in rendered:
            for i, tgt, expected in places:
                yield Hit((i,), tgt, f"{name} ({expected}) is not in the English", name, None, (expected,))
        elif name not in rendered:
            src = tuple(sorted({i for i, _, _ in places}))
            tgt = tuple(sorted({j for _, t, _ in places for j in t}))
            expected = places[0][2]
            yield Hit(src, tgt, f"{name} ({expected}) is never spelt out in the English "
                      f"({len(places)} places): another name, or left out", name, None, (expected,))


def _document_names(document: Document) -> set[str]:
    """Pinyin of every name in the Chinese text, whole and given name alone:
    an English name spelt like one of them renders a name of the document,
    made explicit where the Chinese has "she" (Wang Qiyao, Mrs Lian)."""
    if "names" not in document.shared:
        found: set[str] = set()
        for words in document.zh_words:
            for word in words:
                name = _name(word.text, word.tag)
                if name:
                    found.update(spellings(name))
                    if word.tag.startswith("nr") and len(name) >= 2:
                        found.update(spellings(name[1:]))
        document.shared["names"] = found
    return document.shared["names"]  # type: ignore[return-value]


#: Characters that start jieba "names" that are not names: 那凤姐, 小丫头, 老王.
NOT_NAME_START = "那这哪小老大阿"


def _name(word: str, tag: str) -> str | None:
    """The name a jieba word tagged as a name stands for, or None when it
    is no name worth checking."""
    if tag not in NAME_TAGS or len(word) < 2:
        return None
    if tag.startswith("nr") and word[0] in NOT_NAME_START:
        return None
    if tag == "ns" and len(word) >= 3 and word[-1] in PLACE_SUFFIXES:
        word = word[:-1]
    if common_word(word) or not spellings(word):
        return None
    return word


def _spelt(words: BeadWords) -> tuple[set[str], set[str]]:
    """A bead's English words run together one, two and three at a time
    (Wang Jianhua → wangjianhua), and its normalised words."""
    tokens = [w.text.lower().replace("'", "") for _, _, w in words.en]
    grams = {"".join(tokens[k:k + n]) for n in (1, 2, 3) for k in range(len(tokens))}
    return grams, {w.norm for _, _, w in words.en}


def _rendered(name: str, tag: str, grams: set[str], norms: set[str], strays: bool) -> bool:
    """Whether the bead's English has the name: its pinyin, its given name,
    a gloss of it, or (when no other pinyin name is there) its surname."""
    if any(s in grams for s in spellings(name)):
        return True
    if tag.startswith("nr") and len(name) >= 3 and any(s in grams for s in spellings(name[1:])):
        return True
    if tag.startswith("nr") and not strays and any(s in grams for s in spellings(name[0])):
        return True
    return bool(_name_glosses(name) & norms)


def _stray_names(document: Document, bead: Bead) -> list[tuple[int, str]]:
    """Pinyin names in the bead's English that no Chinese word of it spells."""
    words = document.words(bead)
    zh_text = words.text
    runs = {s for size in range(1, 5) for k in range(len(zh_text) - size + 1)
            for s in spellings(zh_text[k:k + size])}
    strays = []
    for position, (_, k, token) in enumerate(words.en):
        if not is_pinyin(token.text) or token.text.lower() in runs or position in words.linked:
            continue
        following = words.en[position + 1][2].text if position + 1 < len(words.en) else ""
        if k == 0 and not pinyin_shaped(following):
            continue  # a capital that only starts the sentence
        strays.append(position)
    return _runs_of_names(words.en, strays)


def _runs_of_names(english: list[tuple[int, int, EnWord]], strays: list[int]) -> list[tuple[int, str]]:
    """The names the stray pinyin words belong to, with their English
    sentence: a stray word with the capitalised pinyin-shaped words next to
    it in the same sentence (Wang Jianguo)."""
    names: list[tuple[int, str]] = []
    covered: set[int] = set()
    for position in strays:
        if position in covered:
            continue
        lo = hi = position
        sentence = english[position][0]
        while lo > 0 and english[lo - 1][0] == sentence and pinyin_shaped(english[lo - 1][2].text):
            lo -= 1
        while (hi + 1 < len(english) and english[hi + 1][0] == sentence
               and pinyin_shaped(english[hi + 1][2].text)):
            hi += 1
        covered.update(range(lo, hi + 1))
        names.append((sentence, " ".join(e[2].text for e in english[lo:hi + 1])))
    return names
