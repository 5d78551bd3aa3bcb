"""``align segment``: exact output, and one stderr line for each bad input."""

import json

import pytest
from click.testing import CliRunner

from align.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_text_format_prints_one_sentence_a_line(write) -> None:
    path = write("zh.txt", "我来了。你呢？\n\n“我们走了。”他说。\n")
    result = run("segment", str(path))
    assert result.exit_code == 0
    assert result.stdout == "我来了。\n你呢？\n“我们走了。”他说。\n"
    assert result.stderr == ""


def test_json_format_has_offsets_and_paragraphs(write) -> None:
    path = write("en.txt", "He left. She stayed.\n\nNo.\n")
    result = run("segment", str(path), "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [
        {"index": 0, "paragraph": 0, "start": 0, "end": 8, "text": "He left."},
        {"index": 1, "paragraph": 0, "start": 9, "end": 20, "text": "She stayed."},
        {"index": 2, "paragraph": 1, "start": 22, "end": 25, "text": "No."},
    ]


def test_presplit_reads_one_sentence_a_line(write) -> None:
    path = write("en.txt", "He left. She stayed.\n\nNo.\n")
    result = run("segment", str(path), "--presplit")
    assert result.stdout == "He left. She stayed.\nNo.\n"


def test_clauses_option(write) -> None:
    path = write("en.txt", "We act; we win.\n")
    assert run("segment", str(path), "--clauses").stdout == "We act;\nwe win.\n"


def test_gb18030_input_is_detected(write) -> None:
    path = write("zh.txt", "我来了。你呢？", encoding="gb18030")
    assert run("segment", str(path)).stdout == "我来了。\n你呢？\n"


@pytest.mark.parametrize(
    "name, content, args, reason",
    [
        ("empty.txt", b"", (), "empty file (nothing but white space)"),
        ("blank.txt", b"\n  \n", (), "empty file (nothing but white space)"),
        ("bin.dat", b"abc\x00def", (), "binary file (contains NUL bytes), not text"),
        (
            "latin.txt",
            "d\xe9j\xe0 vu, caf\xe9".encode("latin-1"),
            (),
            "cannot decode: not UTF-8, UTF-16 with BOM or GB18030 (try --encoding)",
        ),
        (
            "en.txt",
            b"We must develop the digital economy.",
            ("--lang", "zh"),
            "given as Chinese but only 0% of its letters are Chinese: "
            "are the two languages swapped? (--force to go on)",
        ),
        (
            "zh.txt",
            "我们要发展数字经济。".encode(),
            ("--lang", "en"),
            "given as English but 100% of its letters are Chinese: "
            "are the two languages swapped? (--force to go on)",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(write, name, content, args, reason) -> None:
    path = write(name, content)
    result = run("segment", str(path), *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"align: error: {path}: {reason}\n"


def test_missing_path_and_directory(tmp_path) -> None:
    missing = tmp_path / "nope.txt"
    result = run("segment", str(missing))
    assert (result.exit_code, result.stderr) == (2, f"align: error: {missing}: no such file\n")
    result = run("segment", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == f"align: error: {tmp_path}: is a directory, not a file\n"


def test_force_goes_on_with_swapped_language(write) -> None:
    path = write("en.txt", "We act. We win.")
    result = run("segment", str(path), "--lang", "zh", "--force")
    assert (result.exit_code, result.stdout) == (0, "We act. We win.\n")
