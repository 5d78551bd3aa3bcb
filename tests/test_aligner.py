"""The aligner: the dynamic programme on hand-made cases, anchors, real text."""

from __future__ import annotations

import pytest

from align.aligner import (
    DEFAULT,
    Scorer,
    Vocabulary,
    align,
    chinese_side,
    english_side,
    fill_and_trace,
    window_rows,
)
from align.model import Sentence
from align.segment import segment


def sentences(lang: str, count: int) -> list[Sentence]:
    return [Sentence(k, f"s{k}", 0, 0, 0, lang) for k in range(count)]


class PlantedScorer:
    """A scorer under which the planted beads are free and any other costs 5
    a sentence, so the programme must find exactly the planted beads."""

    def __init__(self, beads: list[tuple[int, int, int, int]]) -> None:
        self.beads = set(beads)

    def cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        return 0.0 if (i0, i1, j0, j1) in self.beads else 5.0 * (i1 - i0 + j1 - j0)


def spans_of(shapes: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    spans, i, j = [], 0, 0
    for a, b in shapes:
        spans.append((i, i + a, j, j + b))
        i, j = i + a, j + b
    return spans


@pytest.mark.parametrize(
    "shapes",
    [
        [(1, 1), (1, 1), (1, 1)],
        [(1, 2), (1, 1)],
        [(2, 1), (1, 1)],
        [(2, 2), (1, 1)],
        [(1, 3), (3, 1)],
        [(1, 4), (4, 1), (2, 3), (3, 2)],
        [(1, 5), (5, 1), (1, 6), (6, 1)],
        [(1, 1), (1, 0), (1, 1)],  # an omission
        [(1, 1), (0, 1), (1, 1)],  # an addition
        [(0, 1), (1, 1), (1, 0)],  # both, at the ends
    ],
    ids=lambda shapes: " ".join(f"{a}-{b}" for a, b in shapes),
)
def test_the_programme_finds_every_bead_type(shapes) -> None:
    planted = spans_of(shapes)
    n, m = planted[-1][1], planted[-1][3]
    rows = [(0, m + 1)] * (n + 1)
    found = fill_and_trace(PlantedScorer(planted), rows, DEFAULT.bead_types(), None)
    assert found == planted


def test_paragraph_barriers_keep_beads_inside_paragraphs() -> None:
    planted = [(0, 2, 0, 1), (2, 3, 1, 2)]
    rows = [(0, 3)] * 4
    scorer = PlantedScorer(planted)
    assert fill_and_trace(scorer, rows, DEFAULT.bead_types(), None) == planted
    # A paragraph starts at Chinese sentence 1 and English sentence 1: the
    # planted 2-1 bead would cross it, so the programme must go around it.
    found = fill_and_trace(scorer, rows, DEFAULT.bead_types(), ({1}, {1}))
    assert (0, 2, 0, 1) not in found
    assert all(not (i0 < 1 < i1) for i0, i1, _, _ in found)


def test_window_follows_the_path() -> None:
    rows = window_rows([(0, 0), (1, 2), (2, 4)], 2, 4, 1)
    assert rows == [(0, 4), (0, 5), (1, 5)]


def covered_words(zh_text: str, en_text: str) -> set[str]:
    """The Chinese units of ``zh_text`` that ``en_text`` covers."""
    vocabulary = Vocabulary()
    zh = chinese_side([Sentence(0, zh_text, 0, 0, 0, "zh")], vocabulary)
    en = english_side([Sentence(0, en_text, 0, 0, 0, "en")], vocabulary)
    scorer = Scorer(zh, en, DEFAULT, 3.0, 9.0, {})
    mask = 0
    for bit, unit in enumerate(zh.units[0]):
        if not unit.isdisjoint(en.keys[0]):
            mask |= 1 << bit
    return {name for bit, name in enumerate(zh.names[0]) if mask >> bit & 1} | (
        {"(similar)"} if scorer.similarity(0, 1, 0, 1)[0] > 0 else set())


@pytest.mark.parametrize(
    "zh_text, en_text, unit",
    [
        ("十八大以来，我们取得了成就。", "Since the 18th Party Congress we have achieved much.", "#18"),
        ("二〇二一年的会议。", "The conference of 2021.", "#2021"),
        ("第三十六次集体学习。", "The 36th collective study session.", "#36"),
        ("二十八面天线。", "Twenty-eight antennas.", "#28"),
        ("陈清扬把我拽住。", "Chen Qingyang caught me.", "清扬"),
        ("汪淼驱车到密云县。", "Wang Miao drove to Miyun County.", "汪淼"),
        ("发展5G网络。", "Develop 5G networks.", "5G"),
        ("微波背景探测卫星COBE。", "The COBE satellite.", "COBE"),
        ("你好吗？", "How are you?", "p:?"),
        ("快进来！", "Come in!", "p:!"),
        ("他说：“走吧。”", "'Let us go,' he said.", "p:quote"),
        ("建设网络强国。", "Build a cyber superpower.", "强国"),
    ],
)
def test_anchor_matches(zh_text: str, en_text: str, unit: str) -> None:
    assert unit in covered_words(zh_text, en_text)


def test_editorial_notes_are_not_content() -> None:
    plain = covered_words("建设网络强国。", "Build a cyber superpower.")
    noted = covered_words("建设网络强国。", 'Build a cyber superpower [or "cyber great power" –Ed.].')
    assert plain == noted
    vocabulary = Vocabulary()
    en = english_side([Sentence(0, 'A superpower [or "great power" –Ed.].', 0, 0, 0, "en")], vocabulary)
    assert en.words[0] == ["superpower"] and en.lengths[0] == len("A superpower.")


ZH_TEXT = (
    "我们要发展数字经济。数字技术正在改变世界。"
    "农村缺少数字人才，基层干部的能力有待提高。"
    "我们要建设网络强国。要加强国际合作。"
)
EN_TEXT = (
    "We must develop the digital economy. Digital technology is changing the world. "
    "Rural areas lack digital talent. The ability of grassroots cadres needs to be raised. "
    "We must build a cyber superpower. We must strengthen international cooperation."
)


def test_real_text_one_to_two() -> None:
    beads = [(b.src, b.tgt) for b in align(segment(ZH_TEXT, "zh"), segment(EN_TEXT, "en")).beads]
    assert beads == [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((3,), (4,)), ((4,), (5,))]


def test_real_text_omission() -> None:
    zh = segment(
        "我们要发展数字经济。数字技术正在改变世界。"
        "渔夫在河边唱歌，月亮升起来了，他的歌声传得很远很远。"
        "我们要建设网络强国。要加强国际合作。", "zh")
    en = segment(
        "We must develop the digital economy. Digital technology is changing the world. "
        "We must build a cyber superpower. We must strengthen international cooperation.", "en")
    beads = [(b.src, b.tgt) for b in align(zh, en).beads]
    assert beads == [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,)), ((4,), (3,))]


def test_every_sentence_is_covered_once_and_in_order() -> None:
    zh, en = segment(ZH_TEXT, "zh"), segment(EN_TEXT, "en")
    alignment = align(zh, en)
    src = [i for b in alignment.beads for i in b.src]
    tgt = [j for b in alignment.beads for j in b.tgt]
    assert src == list(range(len(zh))) and tgt == list(range(len(en)))
    assert all(0.0 <= b.confidence <= 1.0 for b in alignment.beads)


def test_an_empty_side_gives_only_skips() -> None:
    zh = segment("我来了。你呢？", "zh")
    assert [(b.src, b.tgt) for b in align(zh, []).beads] == [((0,), ()), ((1,), ())]
