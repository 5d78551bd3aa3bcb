"""Chinese sentence boundaries.

The punctuation sets follow translate-toolkit's ``lang/zh.py``; the rules for
quotations and ellipses were checked against the line breaks of MAC-Dev.
"""

from __future__ import annotations

import re

#: Marks that end a sentence.
SENTENCE_END = "。！？!?"
#: The ellipsis character; ``……`` (two of them) or one ends a sentence where
#: what follows starts a new one (see :func:`boundaries`).
ELLIPSIS = "…"
#: Marks that end a clause, split at only with ``clauses=True``.
CLAUSE_END = "；;"
#: Closing quotes and brackets that stay with the sentence they close.
CLOSERS = "”’」』）)》】〉"
#: Opening quotes and brackets.
OPENERS = "“‘「『（(《【〈"
#: Brackets never split inside: titles and bracketed notes.
PROTECTED = {"《": "》", "【": "】"}
#: A bare speech tag after a quotation: a few characters ending in a speech
#: verb, then the end of the sentence.
SPEECH_TAG = re.compile(r"[^\s，,：:。！？!?“‘「『]{1,6}[说道问答喊叫笑骂]了?[。！？!?]")

#: Numbered headings: ``一、``, ``（一）``, ``第一，``, ``1.``.
HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十百零〇]+、|[（(][一二三四五六七八九十\d]+[）)]"
    r"|第[一二三四五六七八九十百\d]+[，、,：:]|\d+[、.．])"
)


def boundaries(text: str, clauses: bool = False) -> list[int]:
    """Offsets in ``text`` where a sentence ends (the last offset is ``len(text)``).

    >>> t = "我来了。你呢？"
    >>> boundaries(t)
    [4, 7]
    >>> boundaries("他说：“好的。”然后走了。")
    [8, 13]
    >>> boundaries("“走吧！”他说。")
    [8]
    >>> boundaries("读《你好。再见》吧。")
    [10]
    """
    ends: list[int] = []
    depth: list[str] = []
    ender = SENTENCE_END + (CLAUSE_END if clauses else "")
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char in PROTECTED:
            depth.append(PROTECTED[char])
        elif depth and char == depth[-1]:
            depth.pop()
        elif not depth and char == "”" and text[i + 1:i + 2] == "“":
            ends.append(i + 1)  # one quotation closes, the next opens
        elif not depth and (char in ender or char == ELLIPSIS):
            j = i
            while j < n and (text[j] in ender or text[j] == ELLIPSIS or text[j] == "."):
                j += 1
            ellipsis_only = all(c == ELLIPSIS for c in text[i:j])
            closed = _skip_closers(text, j)
            if _ends_here(text, i, j, closed, ellipsis_only):
                ends.append(closed)
            i = closed
            continue
        i += 1
    if not ends or ends[-1] != n:
        ends.append(n)
    return ends


def _skip_closers(text: str, i: int) -> int:
    """The offset past the closing quotes and brackets from ``text[i]`` on,
    white space between them included (``你不会摔交。 ”``).

    >>> _skip_closers("好。 ”他", 2)
    4
    """
    closed = i
    k = i
    while k < len(text) and (text[k] in CLOSERS or text[k] in " \u3000"):
        k += 1
        if text[k - 1] in CLOSERS:
            closed = k
    return closed


def _ends_here(text: str, start: int, stop: int, closed: int, ellipsis_only: bool) -> bool:
    """Whether the terminator ``text[start:stop]`` (closers to ``closed``) ends a sentence."""
    rest = text[closed:].lstrip()
    if not rest:
        return True
    if ellipsis_only and closed == stop:
        # A bare ellipsis inside a sentence is a pause (“我叫…… 叫小玄子”);
        # it ends the sentence only before a new quotation.
        return rest[0] in OPENERS
    if closed > stop and rest[0] not in OPENERS and _is_speech_tag(rest):
        return False
    return True


def _is_speech_tag(rest: str) -> bool:
    """Whether text after a closed quotation is a bare speech tag (``他说。``).

    Only a short clause that ends in the verb counts: a speaker who goes on
    (``小玄子哈哈一笑，跳了起来``) or opens a new quotation (``韦小宝道：“…``)
    starts a new sentence, as MAC-Dev's line breaks have it.

    >>> _is_speech_tag("他说。"), _is_speech_tag("汪淼无力地问。")
    (True, True)
    >>> _is_speech_tag("韦小宝道：“谁说不会？”"), _is_speech_tag("小玄子哈哈一笑，跳了起来。")
    (False, False)
    """
    return SPEECH_TAG.match(rest) is not None


def is_heading(line: str) -> bool:
    """Whether a line is a numbered heading that stands alone.

    >>> is_heading("一、总体要求"), is_heading("（二）加强领导"), is_heading("一、我们要发展。")
    (True, True, False)
    """
    stripped = line.strip()
    return bool(HEADING.match(stripped)) and not any(
        c in SENTENCE_END for c in stripped
    )
