"""The ``name-mismatch`` check."""

import pytest
from tests.checking import fails, passes

from align.checks.names import is_pinyin, written


@pytest.mark.parametrize("zh, en", [
    ("村党支部书记王建华告诉我。", "Wang Jianhua, the village Party secretary, told me."),
    ("福建省宁德市的茶农增加了收入。", "Tea farmers in Ningde, Fujian Province, earned more."),
    ("美国和中国都很重视。", "The United States and China both attach importance to it."),
    ("茶叶要走出大山。", "Tea must leave the mountains."),
    ("我们要发展智慧农业。", "We must develop smart agriculture."),
])
def test_names_spelt_out_pass(zh: str, en: str) -> None:
    passes("name-mismatch", zh, en)


def test_a_misspelt_name_fails_with_the_expected_spelling() -> None:
    [finding] = fails("name-mismatch", "村党支部书记王建华告诉我。",
                      "Wang Jianguo, the village Party secretary, told me.")
    assert finding.source_term == "王建华" and finding.target_term == "Wang Jianguo"
    assert "Wang Jianhua" in finding.message and finding.alternatives == ("Wang Jianhua",)


def test_a_dropped_name_fails() -> None:
    [finding] = fails("name-mismatch", "福建省宁德市的茶农增加了收入。", "Tea farmers in Fujian Province earned more.")
    assert finding.source_term == "宁德" and "Ningde" in finding.message


def test_an_english_pinyin_name_without_source_fails() -> None:
    [finding] = fails("name-mismatch", "书记告诉我，订单排到了明年。",
                      "The secretary, Li Xiaoming, told me orders run until next year.")
    assert finding.target_term == "Li Xiaoming" and not finding.source_term


def test_pinyin_words() -> None:
    assert [is_pinyin(w) for w in ("Jianguo", "Ningde", "Women", "China", "Party", "Her")] == [
        True, True, False, False, False, False]
    assert written("王建华", "nr") == "Wang Jianhua"
