"""The ``number-mismatch`` check."""

import pytest
from tests.checking import fails, passes

from align.model import Severity


@pytest.mark.parametrize("zh, en", [
    ("2019年，国务院印发了纲要。", "In 2019, the State Council issued the outline."),
    ("党的十九大以来，我们取得了成就。", "Since the 19th Party Congress, we have made achievements."),
    ("全国行政村通宽带比例已超过百分之九十八。", "More than 98 percent of villages have broadband."),
    ("在第三十六次集体学习时，他讲了话。", "At the 36th collective study session, he spoke."),
    ("二〇二一年，我们有两千个项目。", "In 2021, we had 2000 projects."),
    ("我国有３.５亿网民。", "Our country has 350 million netizens."),
    ("要推动5G网络向乡村延伸。", "We must extend 5G networks to villages."),
    ("我们一样十分重视统一，一些人也是。", "We value unity equally, and so do some people."),
    ("要建设一批数据平台。", "We must build a batch of data platforms."),
    ("亿万农民共享成果。", "Hundreds of millions of farmers share the fruits."),
    ("第一，加快建设。", "First, speed up building."),
    ("又见三两个妇人进来。", "Then two or three women came in."),
])
def test_matching_numbers_pass(zh: str, en: str) -> None:
    passes("number-mismatch", zh, en)


@pytest.mark.parametrize("zh, en, source, target", [
    ("2019年，国务院印发了纲要。", "In 2018, the State Council issued the outline.", "2019", "2018"),
    ("在第四次全国会议上，我们作出了部署。", "At the 3rd National Conference, we made arrangements.", "第四次", "3rd"),
    ("比例已超过百分之九十八。", "The share is above 89 percent.", "百分之九十八", "89 percent"),
    ("党的十八大以来，我们取得了成就。", "Since the 19th Party Congress, we have made achievements.", "十八大", "19th"),
])
def test_changed_numbers_fail(zh: str, en: str, source: str, target: str) -> None:
    [finding] = fails("number-mismatch", zh, en)
    assert finding.severity is Severity.ERROR
    assert (finding.source_term, finding.target_term) == (source, target)
    assert source in finding.message and target in finding.message


def test_a_dropped_year_fails() -> None:
    [finding] = fails("number-mismatch", "2003年，我提出了设想。", "I put forward the idea.")
    assert "not in the English" in finding.message and finding.source_term == "2003"


def test_an_added_percentage_fails() -> None:
    [finding] = fails("number-mismatch", "比例大幅提高。", "The share rose by 15 percent.")
    assert "not in the Chinese" in finding.message


def test_an_omitted_sentence_is_not_checked_for_numbers() -> None:
    passes("number-mismatch", ["2019年，国务院印发了纲要。"], [], beads=[((0,), ())])
