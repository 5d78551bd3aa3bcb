"""Editorial notes inside a translation: ``[or "cyber great power" –Ed.]``.

They are the translators' words, not a rendering of the source, so the
aligner leaves them out of length and lexical scoring.
"""

from __future__ import annotations

import re

#: A square-bracketed span: an editorial note, a translator's note, [sic],
#: or a bracketed insertion such as [the Party].
BRACKETED = re.compile(r"\s*\[[^\[\]]*\]")


def strip_notes(text: str) -> str:
    """The text with its bracketed notes taken out.

    >>> strip_notes('a cyber superpower [or "cyber great power" –Ed.] strategy')
    'a cyber superpower strategy'
    """
    return BRACKETED.sub("", text)
