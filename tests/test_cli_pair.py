"""``align pair`` on the sample corpus: planted beads, formats, -o, errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from align.cli import cli
from tests.test_corpus import CORPUS, planted_beads

ZH = str(CORPUS / "digital-villages.zh.txt")
EN = str(CORPUS / "digital-villages.en.txt")


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def mac_beads(text: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    beads = []
    for line in text.splitlines():
        src, tgt = line.split(":")
        beads.append(tuple(tuple(int(x) for x in side.strip("[]").split(",") if x) for side in (src, tgt)))
    return beads  # type: ignore[return-value]


def test_pair_finds_every_planted_bead_and_nothing_else_off_one_to_one() -> None:
    result = run("pair", ZH, EN)
    assert result.exit_code == 0
    assert result.stderr == ""  # jieba's start-up lines included
    beads = mac_beads(result.stdout)
    planted = planted_beads()
    assert set(planted) <= set(beads)
    assert [b for b in beads if (len(b[0]), len(b[1])) != (1, 1)] == sorted(
        planted, key=lambda b: (b[0] or (b[1][0] - 1,))[0])
    assert [i for b in beads for i in b[0]] == list(range(31))
    assert [j for b in beads for j in b[1]] == list(range(31))


def test_json_carries_signature_sentences_and_confidence() -> None:
    document = json.loads(run("pair", ZH, EN, "--format", "json").stdout)
    assert document["signature"]["tool"].startswith("align ")
    assert document["signature"]["dictionary"].startswith("CC-CEDICT ")
    aligner = document["signature"]["aligner"]
    assert aligner["penalties"]["1-2"] == 0.35 and len(aligner["calibration"]) == 6
    assert len(document["sentences"]["zh"]) == len(document["sentences"]["en"]) == 31
    assert all(0 <= b["confidence"] <= 1 for b in document["beads"])


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "out" / "corpus.tmx"
    result = run("pair", ZH, EN, "--format", "tmx", "-o", str(target))
    assert (result.exit_code, result.stdout) == (0, "")
    assert target.read_text("utf-8").rstrip().endswith("</tmx>")
    assert [p.name for p in target.parent.iterdir()] == ["corpus.tmx"]


def test_bad_input_leaves_no_output(tmp_path: Path) -> None:
    target = tmp_path / "out.align"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("pair", ZH, str(empty), "-o", str(target))
    assert result.exit_code == 2
    assert result.stderr == f"align: error: {empty}: empty file (nothing but white space)\n"
    assert not target.exists()


def test_swapped_languages_are_refused() -> None:
    result = run("pair", EN, ZH)
    assert result.exit_code == 2
    assert "are the two languages swapped?" in result.stderr
    assert result.stderr.count("\n") == 1


def test_max_bead_limits_bead_size() -> None:
    beads = mac_beads(run("pair", ZH, EN, "--max-bead", "1").stdout)
    assert all(len(s) <= 1 and len(t) <= 1 for s, t in beads)
