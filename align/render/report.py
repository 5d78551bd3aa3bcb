"""Report formats: ``table``, ``markdown`` and ``json``: ``Report → str``.

The HTML page is in :mod:`align.render.html`.
"""

from __future__ import annotations

import json
import textwrap
from collections import Counter
from typing import Callable

from tabulate import tabulate
from wcwidth import wcswidth

from align.checks import CHECKS
from align.model import Finding, Report, Severity
from align.render.alignment import alignment_json

#: Longest snippet of a sentence shown in a table cell.
SNIPPET = 60
_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def finding_json(finding: Finding) -> dict[str, object]:
    """One finding as in the README's JSON schema."""
    return {
        "check": finding.check,
        "severity": finding.severity.value,
        "src": list(finding.src),
        "tgt": list(finding.tgt),
        "message": finding.message,
        "source_term": finding.source_term,
        "target_term": finding.target_term,
        "alternatives": list(finding.alternatives),
    }


def render_json(report: Report, **options: object) -> str:
    """The signature, both sides' sentences, the beads and the findings."""
    document = alignment_json(report.alignment, report.signature)
    document["findings"] = [finding_json(f) for f in report.findings]
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def summary(report: Report) -> str:
    """``31 Chinese and 31 English sentences, 29 beads; 3 errors, 5 warnings, 4 info``."""
    alignment = report.alignment
    counts = Counter(f.severity for f in report.findings)
    parts = [f"{counts[s]} {s.value}{'s' if s != Severity.INFO and counts[s] != 1 else ''}"
             for s in reversed(Severity)]
    return (f"{len(alignment.src)} Chinese and {len(alignment.tgt)} English sentences, "
            f"{len(alignment.beads)} beads; " + ", ".join(parts))


def snippet(text: str, size: int = SNIPPET) -> str:
    """A sentence cut to ``size`` characters, with an ellipsis when cut.

    >>> snippet("abcdefgh", 5)
    'abcd…'
    """
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _rows(report: Report) -> dict[str, list[list[str]]]:
    """Table rows by check, in registry order."""
    alignment = report.alignment
    groups: dict[str, list[list[str]]] = {}
    for finding in report.findings:
        zh = "".join(alignment.src[i].text for i in finding.src)
        en = " ".join(alignment.tgt[j].text for j in finding.tgt)
        groups.setdefault(finding.check, []).append([
            finding.severity.value,
            ",".join(map(str, finding.src)) or "–",
            ",".join(map(str, finding.tgt)) or "–",
            snippet(zh),
            snippet(en),
            finding.message,
        ])
    order = list(CHECKS)
    return dict(sorted(groups.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order)))


HEADERS = ["severity", "zh", "en", "Chinese", "English", "message"]


def render_table(report: Report, width: int = 120, color: bool = False, **options: object) -> str:
    """A summary line, then the findings grouped by check in tables whose
    long cells wrap to fit ``width`` columns; severities coloured on request."""
    lines = [summary(report)]
    text_width = max(12, (width - 30) // 4)
    for check, rows in _rows(report).items():
        title = CHECKS[check].title if check in CHECKS else ""
        lines += ["", f"{check} ({len(rows)}): {title}"]
        cells = []
        for row in rows:
            severity = row[0]
            if color:
                colour = _COLOURS[Severity(severity)]
                severity = f"\x1b[{colour}m{severity}\x1b[0m"
            cells.append([severity, row[1], row[2],
                          _wrap(row[3], text_width), _wrap(row[4], text_width),
                          _wrap(row[5], text_width * 2 - 8)])
        lines.append(tabulate(cells, HEADERS, tablefmt="simple"))
    return "\n".join(lines) + "\n"


def _wrap(text: str, width: int) -> str:
    """Wrap a cell to ``width`` terminal columns; Chinese has no spaces and
    takes two columns a character, so it is cut by display width."""
    if " " in text or not text:
        return "\n".join(textwrap.wrap(text, width)) or text
    lines, line = [], ""
    for char in text:
        if wcswidth(line + char) > width:
            lines.append(line)
            line = ""
        line += char
    return "\n".join(lines + [line])


def render_markdown(report: Report, **options: object) -> str:
    """The table report as GitHub-flavoured Markdown."""
    lines = ["# Review", "", summary(report)]
    for check, rows in _rows(report).items():
        title = CHECKS[check].title if check in CHECKS else ""
        lines += ["", f"## {check} ({len(rows)})", "", title, ""]
        escaped = [[cell.replace("|", "\\|").replace("\n", " ") for cell in row] for row in rows]
        lines.append(tabulate(escaped, HEADERS, tablefmt="github"))
    return "\n".join(lines) + "\n"


def _html(report: Report, **options: object) -> str:
    from align.render.html import render_html

    return render_html(report)


#: Report formats by name, for ``align report --format``.
REPORT_FORMATS: dict[str, Callable[..., str]] = {
    "table": render_table,
    "markdown": render_markdown,
    "json": render_json,
    "html": _html,
}
