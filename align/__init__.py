"""Align a Chinese text with its English translation, sentence by sentence.

>>> from align import segment
>>> [s.text for s in segment("我来了。你呢？", "zh")]
['我来了。', '你呢？']
"""

# Set before the imports below: the pipeline and the renderers read it.
__version__ = "0.1.0"

from align.aligner import Parameters, align  # noqa: E402
from align.errors import AlignError, InputError  # noqa: E402
from align.model import Alignment, Bead, Finding, Report, Sentence, Severity  # noqa: E402
from align.reader import detect_language, read_text  # noqa: E402
from align.segment import presplit, segment  # noqa: E402
from align.pipeline import align_files, review_files  # noqa: E402
from align.checks import CHECKS, Settings, review  # noqa: E402
from align.glossary import load_glossary  # noqa: E402
from align.batch import Job, Options, read_jobs, run_batch  # noqa: E402

__all__ = [
    "AlignError",
    "CHECKS",
    "Alignment",
    "Bead",
    "Finding",
    "InputError",
    "Job",
    "Options",
    "Parameters",
    "Report",
    "Sentence",
    "Settings",
    "Severity",
    "__version__",
    "align",
    "align_files",
    "detect_language",
    "presplit",
    "load_glossary",
    "read_jobs",
    "read_text",
    "review",
    "review_files",
    "run_batch",
    "segment",
]
