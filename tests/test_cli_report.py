"""``align report``, ``align notes`` and ``align checks`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from align.checks import CHECKS
from align.cli import cli
from tests.test_corpus import CORPUS

ZH = str(CORPUS / "digital-villages.zh.txt")
EN = str(CORPUS / "digital-villages.en.txt")


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_report_exits_1_on_an_error_and_prints_the_summary_first() -> None:
    result = run("report", ZH, EN)
    assert result.exit_code == 1 and result.stderr == ""
    summary = "31 Chinese and 31 English sentences, 31 beads; 4 errors, 5 warnings, 3 info"
    assert result.stdout.splitlines()[0] == summary


@pytest.mark.parametrize("args, code", [
    (["--fail-on", "never"], 0),
    (["--fail-on", "warning", "--check", "quote-mismatch"], 1),
    (["--fail-on", "error", "--check", "quote-mismatch"], 0),
    (["--skip", "omission", "--skip", "addition", "--skip", "number-mismatch"], 0),
    (["--check", "editorial-note", "--fail-on", "warning"], 0),
])
def test_exit_codes_follow_fail_on(args: list[str], code: int) -> None:
    assert run("report", ZH, EN, *args).exit_code == code


def test_check_and_skip_select_checks() -> None:
    document = json.loads(run("report", ZH, EN, "--format", "json", "--check", "number-mismatch",
                              "--check", "omission", "--skip", "omission").stdout)
    assert {f["check"] for f in document["findings"]} == {"number-mismatch"}
    assert document["signature"]["review"]["checks"] == ["number-mismatch"]


def test_an_unknown_check_is_a_usage_error() -> None:
    result = run("report", ZH, EN, "--check", "spelling")
    assert result.exit_code == 2 and "spelling" in result.stderr


def test_glossary_findings_and_a_bad_glossary(tmp_path: Path) -> None:
    glossary = tmp_path / "terms.csv"
    glossary.write_text("zh,en\n网络强国,cyber superpower\n", "utf-8")
    document = json.loads(run("report", ZH, EN, "--format", "json", "--check", "glossary",
                              "--glossary", str(glossary)).stdout)
    [finding] = document["findings"]
    assert (finding["src"], finding["source_term"]) == ([28], "网络强国")
    assert "strong cyber nation" in finding["message"]
    glossary.write_text("zh,en\n网络强国\n", "utf-8")
    result = run("report", ZH, EN, "--glossary", str(glossary))
    assert result.exit_code == 2
    assert result.stderr == f"align: error: {glossary}: line 2: expected zh','en[','note], found 1 column(s)\n"


def test_html_written_whole_with_o(tmp_path: Path) -> None:
    target = tmp_path / "review.html"
    result = run("report", ZH, EN, "--format", "html", "-o", str(target))
    assert result.exit_code == 1 and result.stdout == ""
    assert target.read_text("utf-8").rstrip().endswith("</html>")
    assert [p.name for p in tmp_path.iterdir()] == ["review.html"]


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"\x00\x01binary", "binary"),
])
def test_bad_input_exits_2_with_one_line_and_no_output(tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.en.txt"
    bad.write_bytes(content)
    target = tmp_path / "review.json"
    result = run("report", ZH, str(bad), "--format", "json", "-o", str(target))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"align: error: {bad}: ")
    assert reason in result.stderr
    assert not target.exists()


def test_swapped_languages_exit_2() -> None:
    result = run("report", EN, ZH)
    assert result.exit_code == 2 and "swapped" in result.stderr


def test_notes_lists_the_notes_of_an_english_text() -> None:
    result = run("notes", EN)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[2:] == [
        '   4  alternative  cyber superpower  cyber great power  [or "cyber great power" –Ed.]',
        '  11  alternative  problem-oriented  issue-oriented     [or "issue-oriented" –Ed.]',
        "  14  alternative  indigenous        independent        [or independent –Ed.]",
        "3 notes",
    ]
    rows = json.loads(run("notes", EN, "--format", "json").stdout)
    assert rows[0] == {"sentence": 4, "kind": "alternative", "note": '[or "cyber great power" –Ed.]',
                       "primary": "cyber superpower", "alternatives": ["cyber great power"], "comment": ""}


def test_checks_lists_every_check() -> None:
    result = run("checks")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["check", "severity", "finds"]
    assert [line.split()[0] for line in lines[2:]] == list(CHECKS)
    assert "number-mismatch     error       A number, year, percentage or ordinal that differs between the two sides." \
        in lines
