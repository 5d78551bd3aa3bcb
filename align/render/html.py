"""The ``html`` report: one self-contained page, Chinese and English side by
side bead by bead, each finding marked in place, filters by check and
severity. Inline CSS and JavaScript; nothing is fetched. Every piece of
document text goes through :func:`html.escape`.
"""

from __future__ import annotations

import json
import re
from html import escape

from align.checks import CHECKS
from align.model import Finding, Report, Severity
from align.notes import BRACKETED
from align.render.report import summary

_CSS = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 1.5em 3em; color: #222; }
header { position: sticky; top: 0; background: #fff; padding: .5em 0; border-bottom: 1px solid #ccc; }
h1 { font-size: 1.3em; margin: .3em 0; }
.filters label { margin-right: 1em; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin-top: 1em; }
td, th { border-bottom: 1px solid #e4e4e4; padding: .4em .6em; vertical-align: top; text-align: left; }
td.n { color: #888; font-size: .8em; width: 4em; }
td.zh, td.en { width: 38%; }
.s { display: block; }
.s .i { color: #999; font-size: .75em; margin-right: .3em; }
tr.flagged td.zh, tr.flagged td.en { background: #fffbea; }
mark { background: #ffe58a; padding: 0 .1em; }
mark.error { background: #ffc9c9; }
mark.info { background: #d7ecff; }
.note { background: #e6f4ea; border-radius: 3px; }
ul.findings { margin: .3em 0 0; padding-left: 1.2em; }
li.finding { margin: .2em 0; }
.sev { font-size: .75em; font-weight: bold; text-transform: uppercase; padding: 0 .3em; border-radius: 3px; }
.sev.error { background: #c92a2a; color: #fff; }
.sev.warning { background: #f59f00; color: #fff; }
.sev.info { background: #1c7ed6; color: #fff; }
.check { color: #555; font-family: monospace; }
.hidden { display: none; }
details { margin: .5em 0; font-size: .85em; }
"""

_JS = """
(function () {
  var body = document.body, errors = [];
  window.addEventListener('error', function (e) {
    errors.push(String(e.message));
    body.dataset.errors = errors.join(' | ');
  });
  function apply() {
    var checks = {}, severities = {};
    document.querySelectorAll('input[data-check]').forEach(function (box) { checks[box.dataset.check] = box.checked; });
    document.querySelectorAll('input[data-severity]').forEach(function (box) {
      severities[box.dataset.severity] = box.checked;
    });
    var shown = 0;
    document.querySelectorAll('li.finding').forEach(function (item) {
      var on = checks[item.dataset.check] !== false && severities[item.dataset.severity] !== false;
      item.classList.toggle('hidden', !on);
      if (on) { shown += 1; }
    });
    document.querySelectorAll('mark[data-finding]').forEach(function (mark) {
      var item = document.getElementById('f' + mark.dataset.finding);
      mark.classList.toggle('off', !!item && item.classList.contains('hidden'));
    });
    body.dataset.findingsShown = String(shown);
  }
  document.querySelectorAll('.filters input').forEach(function (box) { box.addEventListener('change', apply); });
  apply();
})();
"""


def render_html(report: Report, **options: object) -> str:
    """The review as one HTML page."""
    alignment = report.alignment
    by_bead: dict[int, list[tuple[int, Finding]]] = {}
    zh_marks: dict[int, list[tuple[str, int, Finding]]] = {}
    en_marks: dict[int, list[tuple[str, int, Finding]]] = {}
    for number, finding in enumerate(report.findings):
        by_bead.setdefault(alignment.bead_of(finding.src, finding.tgt), []).append((number, finding))
        if finding.source_term:
            for i in finding.src:
                zh_marks.setdefault(i, []).append((finding.source_term, number, finding))
        for term in (finding.target_term, *finding.alternatives):
            if term:
                for j in finding.tgt:
                    en_marks.setdefault(j, []).append((term, number, finding))

    rows = []
    for k, bead in enumerate(alignment.beads):
        found = by_bead.get(k, [])
        zh = "".join(_sentence("zh", i, alignment.src[i].text, zh_marks.get(i, []), False) for i in bead.src)
        en = "".join(_sentence("en", j, alignment.tgt[j].text, en_marks.get(j, []), True) for j in bead.tgt)
        items = "".join(
            f'<li class="finding" id="f{n}" data-check="{escape(f.check)}" data-severity="{f.severity.value}">'
            f'<span class="sev {f.severity.value}">{f.severity.value}</span> '
            f'<span class="check">{escape(f.check)}</span> {escape(f.message)}</li>'
            for n, f in found
        )
        flagged = ' class="flagged"' if found else ""
        rows.append(
            f'<tr id="b{k}"{flagged}><td class="n">{bead.kind}<br>{bead.confidence:.2f}</td>'
            f'<td class="zh" lang="zh">{zh}</td><td class="en" lang="en">{en}'
            + (f'<ul class="findings">{items}</ul>' if items else "") + "</td></tr>"
        )

    present_checks = [c for c in CHECKS if any(f.check == c for f in report.findings)]
    filters = "".join(
        f'<label><input type="checkbox" checked data-check="{escape(c)}"> {escape(c)} '
        f'({sum(1 for f in report.findings if f.check == c)})</label>'
        for c in present_checks
    ) + "<br>" + "".join(
        f'<label><input type="checkbox" checked data-severity="{s.value}"> {s.value}</label>'
        for s in reversed(Severity)
    )
    signature = escape(json.dumps(report.signature, ensure_ascii=False, indent=1, default=str))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>align review</title><style>{_CSS}</style></head>\n"
        f'<body data-findings="{len(report.findings)}"><header><h1>align review</h1>'
        f"<div class=\"summary\">{escape(summary(report))}</div>"
        f'<div class="filters">{filters}</div></header>\n'
        f"<details><summary>signature</summary><pre>{signature}</pre></details>\n"
        "<table><thead><tr><th>bead</th><th>Chinese</th><th>English</th></tr></thead><tbody>\n"
        + "\n".join(rows)
        + f"\n</tbody></table>\n<script>{_JS}</script>\n</body></html>\n"
    )


def _sentence(lang: str, index: int, text: str, marks: list[tuple[str, int, Finding]],
              notes: bool) -> str:
    """A sentence with its finding terms and editorial notes marked, every
    piece of text escaped."""
    spans: list[tuple[int, int, str]] = []  # start, end, opening tag
    if notes:
        for match in BRACKETED.finditer(text):
            start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
            spans.append((start, match.end(), '<span class="note">'))
    for term, number, finding in marks:
        for match in re.finditer(re.escape(term), text):
            if not any(s < match.end() and match.start() < e for s, e, _ in spans):
                spans.append((match.start(), match.end(),
                              f'<mark class="{finding.severity.value}" data-finding="{number}" '
                              f'title="{escape(finding.check)}: {escape(finding.message)}">'))
    spans.sort()
    out, position = [], 0
    for start, end, tag in spans:
        if start < position:
            continue
        closing = "</span>" if tag.startswith("<span") else "</mark>"
        out += [escape(text[position:start]), tag, escape(text[start:end]), closing]
        position = end
    out.append(escape(text[position:]))
    return f'<span class="s" id="{lang}{index}"><span class="i">{index}</span>{"".join(out)}</span>'
