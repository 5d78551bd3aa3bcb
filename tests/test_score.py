"""``align score`` and the scorer: exact beads, Vecalign strict and lax, errors."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from align.cli import cli
from align.errors import InputError
from align.score import parse_beads, score, score_paths


def test_exact_bead_scores_are_pooled_over_files() -> None:
    gold_a = [((0,), (0,)), ((1,), (1, 2))]
    test_a = [((0,), (0,)), ((1,), (1,)), ((), (2,))]
    gold_b = [((0, 1), (0,))]
    test_b = [((0, 1), (0,))]
    scores = score([(gold_a, test_a), (gold_b, test_b)])
    assert (scores.matched, scores.gold_beads, scores.test_beads) == (2, 3, 4)
    assert scores.precision == 0.5 and scores.recall == pytest.approx(2 / 3)
    # Vecalign: the 1-1 inside the gold 1-2 is a lax match, not a strict one.
    assert scores.lax_f1 > scores.strict_f1


def test_perfect_alignment_scores_one() -> None:
    gold = [((0,), (0,)), ((1, 2), (1,)), ((3,), ())]
    scores = score([(gold, list(gold))])
    assert (scores.f1, scores.strict_f1, scores.lax_f1) == (1.0, 1.0, 1.0)


@pytest.mark.parametrize(
    "text, message",
    [
        ("[0]:[0]\n[1]-[1]\n", "line 2: not a bead like [0,1]:[0]"),
        ("[0]:[0]\n\n[]:[]\n", "line 3: a bead with both sides empty"),
        ("[a]:[0]\n", "line 1: not a bead"),
    ],
)
def test_malformed_lines_name_file_and_line(text: str, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        parse_beads(text, "x.align")
    assert str(caught.value).startswith("x.align: line")


def test_folders_are_matched_by_file_name(tmp_path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "test").mkdir()
    (tmp_path / "gold" / "a.align").write_text("[0]:[0]\n[1]:[1]\n")
    (tmp_path / "test" / "a.align").write_text("[0]:[0]\n[1]:[1]\n")
    (tmp_path / "gold" / "b.align").write_text("[0]:[0,1]\n")
    (tmp_path / "test" / "b.align").write_text("[0]:[0]\n[]:[1]\n")
    scores = score_paths(tmp_path / "gold", tmp_path / "test")
    assert (scores.matched, scores.gold_beads, scores.test_beads) == (2, 3, 4)
    (tmp_path / "test" / "b.align").unlink()
    with pytest.raises(InputError, match="b.align: no such file"):
        score_paths(tmp_path / "gold", tmp_path / "test")


def test_score_command_output_and_errors(tmp_path) -> None:
    gold = tmp_path / "gold.align"
    test = tmp_path / "test.align"
    gold.write_text("[0]:[0]\n[1]:[1,2]\n")
    test.write_text("[0]:[0]\n[1]:[1]\n[]:[2]\n")
    result = CliRunner().invoke(cli, ["score", str(gold), str(test)])
    assert result.exit_code == 0
    assert result.stdout == (
        "precision 0.3333\nrecall    0.5000\nF1        0.4000\n"
        # By hand: strict P 1/3, R 1/2; lax P 2/3, R 1 (Vecalign's recall
        # leaves out the bead with an empty side).
        "strict F1 0.4000\nlax F1    0.8000\nbeads: 2 gold, 3 test, 1 matched\n"
    )
    test.write_text("[0]:[0]\nnonsense\n")
    result = CliRunner().invoke(cli, ["score", str(gold), str(test)])
    assert result.exit_code == 2
    assert result.stderr == f"align: error: {test}: line 2: not a bead like [0,1]:[0]: 'nonsense'\n"


def test_a_missing_path_is_named_before_a_file_and_folder_mix(tmp_path) -> None:
    with pytest.raises(InputError, match="missing.align: no such file or folder"):
        score_paths(tmp_path / "missing.align", tmp_path)
    (tmp_path / "gold.align").write_text("[0]:[0]\n")
    with pytest.raises(InputError, match="give two files or two folders"):
        score_paths(tmp_path / "gold.align", tmp_path)
