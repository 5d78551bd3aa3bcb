"""Align a Chinese text with its English translation, sentence by sentence.

>>> from align import segment
>>> [s.text for s in segment("我来了。你呢？", "zh")]
['我来了。', '你呢？']
"""

from align.errors import AlignError, InputError
from align.model import Alignment, Bead, Finding, Report, Sentence, Severity
from align.reader import detect_language, read_text
from align.segment import presplit, segment

__version__ = "0.1.0"

__all__ = [
    "AlignError",
    "Alignment",
    "Bead",
    "Finding",
    "InputError",
    "Report",
    "Sentence",
    "Severity",
    "__version__",
    "detect_language",
    "presplit",
    "read_text",
    "segment",
]
