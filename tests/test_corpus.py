"""The sample corpus matches its answer key in ``corpus/README.md``."""

from __future__ import annotations

import re
from pathlib import Path

from align.reader import load
from align.segment import segment

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def ids(cell: str) -> tuple[int, ...]:
    return tuple(int(part) for part in cell.split(",") if part.strip())


def table(section: str) -> list[list[str]]:
    """The rows of a table fenced by ``<!-- section -->`` in the corpus README."""
    readme = (CORPUS / "README.md").read_text("utf-8")
    body = re.search(f"<!-- {section} -->\n(.*?)<!-- /{section} -->", readme, re.S)
    assert body, f"no {section} table in corpus/README.md"
    rows = [line.strip().strip("|").split("|") for line in body.group(1).splitlines()]
    return [[cell.strip() for cell in row] for row in rows[2:]]


def answer_key() -> list[tuple[str, tuple[int, ...], tuple[int, ...], str]]:
    """``(check, zh ids, en ids, description)`` for every planted difference."""
    return [(check, ids(zh), ids(en), what) for check, zh, en, what in table("answer-key")]


def planted_beads() -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(ids(zh), ids(en)) for zh, en, _ in table("beads")]


def sentences(lang: str) -> list[str]:
    text, _ = load(CORPUS / f"digital-villages.{lang}.txt", lang)
    return [s.text for s in segment(text, lang)]


def test_each_side_has_at_least_30_sentences_in_several_paragraphs() -> None:
    for lang in ("zh", "en"):
        text, _ = load(CORPUS / f"digital-villages.{lang}.txt", lang)
        found = segment(text, lang)
        assert len(found) == 31
        assert found[-1].paragraph >= 5


def test_answer_key_covers_every_planted_kind() -> None:
    checks = [row[0] for row in answer_key()]
    assert checks.count("editorial-note") >= 3
    for check in ("omission", "addition", "quote-mismatch", "name-mismatch", "term-inconsistency"):
        assert check in checks
    assert checks.count("number-mismatch") >= 2  # a year and an ordinal


def test_answer_key_points_at_the_planted_sentences() -> None:
    zh, en = sentences("zh"), sentences("en")
    key = {(check, row_zh, row_en): what for check, row_zh, row_en, what in answer_key()}
    assert "网络强国" in zh[4] and "[or \"cyber great power\" –Ed.]" in en[4]
    assert "问题导向" in zh[11] and "[or \"issue-oriented\" –Ed.]" in en[11]
    assert "自主" in zh[14] and "[or independent –Ed.]" in en[14]
    assert zh[10] in key[("omission", (10,), ())]
    assert en[21] in key[("addition", (), (21,))]
    assert "2019" in zh[5] and "2018" in en[5]
    assert "第四次" in zh[26] and "3rd" in en[26]
    assert "“数字浙江”" in zh[3] and "digital Zhejiang" in en[3] and "“digital" not in en[3]
    assert "王建华" in zh[21] and "Wang Jianguo" in en[22]
    assert "网络强国" in zh[28] and "strong cyber nation" in en[28]


def test_planted_bead_shapes_are_where_the_key_says() -> None:
    zh, en = sentences("zh"), sentences("en")
    beads = dict(planted_beads())
    assert beads[(9,)] == (9, 10) and "人才" in zh[9] and "talent" in en[9] and "cadres" in en[10]
    assert beads[(23, 24)] == (24,) and "farmers" in en[24] and "social forces" in en[24]
    assert beads[(10,)] == () and beads[()] == (21,)
