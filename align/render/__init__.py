"""Renderers, one an output format, registered by name."""

from align.render.alignment import ALIGNMENT_FORMATS
from align.render.report import REPORT_FORMATS

__all__ = ["ALIGNMENT_FORMATS", "REPORT_FORMATS"]
