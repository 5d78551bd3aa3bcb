"""Quoted and title-marked terms: “数字福建” and 《…》 on one side without a
quoted counterpart on the other.

Only term-like quotations count: short, without sentence punctuation inside.
Quoted speech is the aligner's business, not a term to check.
"""

from __future__ import annotations

import re
from typing import Iterator

from align.checks.document import Document, en_words, reaches, word_keys, zh_words
from align.checks.registry import Hit, Settings, check
from align.model import Severity

_ZH_QUOTED = re.compile(r"“([^“”]+)”|「([^「」]+)」|《([^《》]+)》|‘([^‘’]+)’")
_EN_QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]|(?<![\w])[‘']([^‘’']+)[’'](?![\w])")
#: Longest quoted Chinese term, in characters.
ZH_TERM_CHARS = 16
#: Longest quoted English term, in words.
EN_TERM_WORDS = 10
_SENTENCE_MARKS = re.compile(r"[。！？!?，,；;：]")
#: A quotation ending in a comma before one of these, or just after one, is
#: speech: "…," she said; he yelled "Cut."
_VERBS = r"(?:said|says|asked|asks|replied|cried|shouted|yelled|told|added|answered|whispered|called|continued)"
_SPEECH_VERB = re.compile(rf"\s*(?:\w+\s+){{0,2}}{_VERBS}\b", re.I)
_SPEECH_BEFORE = re.compile(rf"\b{_VERBS}\b[\s\w]{{0,12}}[:,]?\s*$", re.I)


def zh_quoted(text: str) -> list[str]:
    """The quoted or title-marked terms of a Chinese sentence.

    >>> zh_quoted("提出建设“数字浙江”的设想，印发了《数字乡村发展战略纲要》。他说：“好的，走吧。”")
    ['数字浙江', '数字乡村发展战略纲要']
    """
    found = []
    for match in _ZH_QUOTED.finditer(text):
        term = next(g for g in match.groups() if g)
        if len(term) <= ZH_TERM_CHARS and not _SENTENCE_MARKS.search(term):
            found.append(term)
    return found


def en_quoted(text: str) -> list[str]:
    r"""The quoted terms of an English sentence. An apostrophe is no quote,
    and speech is no term: a quotation that opens the sentence, ends with
    ! or ? inside its marks, follows "said" or ends with a comma before it,
    or holds a sentence break.

    >>> en_quoted('The "digital divide" and ‘Digital Fujian’ aren\'t "speech, is it?"')
    ['digital divide', 'Digital Fujian']
    >>> en_quoted("'Sit down,' she said. He yelled \"Cut.\" I heard \"fine,\" he said.")
    []
    >>> en_quoted('combining "retention, renovation and demolition," and the "Regulations."')
    ['retention, renovation and demolition', 'Regulations']
    """
    found = []
    for match in _EN_QUOTED.finditer(text):
        term = (match.group(1) or match.group(2)).strip()
        speech = (term[-1:] in "!?…" or not text[:match.start()].strip()
                  or term[-1:] == "," and _SPEECH_VERB.match(text, match.end())
                  or re.search(r"[.!?;]\s", term)
                  or _SPEECH_BEFORE.search(text, 0, match.start()))
        if not speech and len(term.split()) <= EN_TERM_WORDS:
            found.append(term.rstrip(",."))
    return found


def renders(zh_term: str, en_term: str) -> bool:
    """Whether an English quotation renders a Chinese one: some word of it
    is reached by the glosses or pinyin of a word of the other."""
    english = [w.norm for w in en_words(en_term)]
    return any(reaches(word_keys(w.text), e) for w in zh_words(zh_term) for e in english)


@check("quote-mismatch", Severity.WARNING)
def quote_mismatch(document: Document, settings: Settings) -> Iterator[Hit]:
    """A quoted or title-marked term on one side without a quoted counterpart on the other."""
    for bead in document.pairs:
        zh = [(i, t) for i in bead.src for t in zh_quoted(document.alignment.src[i].text)]
        en = [(j, t) for j in bead.tgt for t in en_quoted(document.en_text[j])]
        unmatched_en = list(en)
        for i, term in zh:
            match = next((e for e in unmatched_en if renders(term, e[1])), None)
            if match is None and len(zh) == len(en) == 1:
                match = unmatched_en[0]  # one quotation each side: they correspond
            if match:
                unmatched_en.remove(match)
                continue
            rendering = document.rendered(bead, term)
            if rendering and rendering[:1].isupper() and f"《{term}》" in document.zh(bead):
                continue  # a title in title case needs no quotation marks
            yield Hit((i,), bead.tgt, f"“{term}” is quoted in the Chinese but not in the English",
                      term, rendering)
        for j, term in unmatched_en:
            yield Hit(bead.src, (j,), f"\"{term}\" is quoted in the English but not in the Chinese",
                      target_term=term)
