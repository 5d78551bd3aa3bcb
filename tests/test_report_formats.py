"""Report formats: table and Markdown against golden files, the JSON schema,
and the HTML page in a real headless browser."""

from __future__ import annotations

import json
import os
import re
import shutil
from html.parser import HTMLParser
import subprocess
from pathlib import Path

import pytest

from align.checks import review
from align.model import Alignment, Bead, Sentence
from align.pipeline import review_files
from align.render import REPORT_FORMATS
from tests.test_corpus import CORPUS

GOLDEN = Path(__file__).parent / "golden"
#: Set to regenerate the golden files deliberately after a change.
REGENERATE = os.environ.get("ALIGN_REGENERATE_GOLDEN")


@pytest.fixture(scope="module")
def corpus_report():
    return review_files(CORPUS / "digital-villages.zh.txt", CORPUS / "digital-villages.en.txt")


def hostile() -> Alignment:
    """A pair whose text tries to break out of HTML and JSON."""
    zh = (Sentence(0, "他说：“<script>alert(1)</script>”，2019年。", 0, 0, 30, "zh"),
          Sentence(1, "这句没有翻译&amp;。", 0, 30, 42, "zh"))
    en = (Sentence(0, 'He said "<script>alert(1)</script>" [or "<b>x</b>" –Ed.] in 2018.', 0, 0, 60, "en"),)
    return Alignment(zh, en, (Bead((0,), (0,), 0.9), Bead((1,), (), 0.8)))


@pytest.mark.parametrize("fmt, name", [("table", "corpus-report.txt"), ("markdown", "corpus-report.md")])
def test_golden(corpus_report, fmt: str, name: str) -> None:
    text = REPORT_FORMATS[fmt](corpus_report, width=120, color=False)
    if REGENERATE:
        (GOLDEN / name).write_text(text, "utf-8")
    assert text == (GOLDEN / name).read_text("utf-8")


def test_table_colours_only_on_request(corpus_report) -> None:
    assert "\x1b[" not in REPORT_FORMATS["table"](corpus_report, color=False)
    assert "\x1b[31merror\x1b[0m" in REPORT_FORMATS["table"](corpus_report, color=True)


def test_table_wraps_to_the_width(corpus_report) -> None:
    from wcwidth import wcswidth

    for width in (80, 160):
        lines = REPORT_FORMATS["table"](corpus_report, width=width).splitlines()
        table_lines = [line for line in lines if line.startswith(("error", "warning", "info", " "))]
        assert max(wcswidth(line) for line in table_lines) <= width


def test_json_schema(corpus_report) -> None:
    document = json.loads(REPORT_FORMATS["json"](corpus_report))
    assert set(document) == {"signature", "sentences", "beads", "findings"}
    assert {"tool", "dictionary", "segmenter", "aligner", "review"} <= set(document["signature"])
    assert set(document["sentences"]["zh"][0]) == {"index", "text", "start", "end", "paragraph"}
    assert set(document["beads"][0]) == {"src", "tgt", "confidence"}
    finding = document["findings"][0]
    assert set(finding) == {"check", "severity", "src", "tgt", "message", "source_term", "target_term",
                            "alternatives"}
    assert {f["severity"] for f in document["findings"]} == {"error", "warning", "info"}


def test_html_escapes_every_piece_of_text() -> None:
    page = REPORT_FORMATS["html"](review(hostile()))

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[str] = []
            self.text: list[str] = []

        def handle_starttag(self, tag, attrs) -> None:
            self.tags.append(tag)

        def handle_data(self, data) -> None:
            self.text.append(data)

    reader = Reader()
    reader.feed(page)
    assert reader.tags.count("script") == 1 and "b" not in reader.tags  # only our own script
    text = "".join(reader.text)
    assert "他说：“<script>alert(1)</script>”" in text and '"<b>x</b>"' in text
    assert "这句没有翻译&amp;。" in text
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", page)


def _browser() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def test_html_in_a_headless_browser(tmp_path: Path, corpus_report) -> None:
    browser = _browser()
    if browser is None:
        reason = "chromium is not installed (.ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    for name, report in (("corpus", corpus_report), ("hostile", review(hostile()))):
        page = tmp_path / f"{name}.html"
        page.write_text(REPORT_FORMATS["html"](report), "utf-8")
        result = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / ('profile-' + name)}", "--enable-logging=stderr", "--v=0",
             "--dump-dom", page.as_uri()],
            capture_output=True, text=True, timeout=120,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        body = re.search(r"<body[^>]*>", result.stdout)
        assert body, result.stdout[:500]
        tag = body.group(0)
        assert f'data-findings="{len(report.findings)}"' in tag
        assert f'data-findings-shown="{len(report.findings)}"' in tag  # the script ran; all shown
        assert "data-errors" not in tag
        console = [line for line in result.stderr.splitlines() if "CONSOLE" in line]
        assert not console, console
        assert result.stdout.count('class="finding"') == len(report.findings)
        assert "<script>alert" not in result.stdout
