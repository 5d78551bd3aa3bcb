"""The ``quote-mismatch`` check."""

import pytest
from tests.checking import fails, passes


@pytest.mark.parametrize("zh, en", [
    ("城乡之间的“数字鸿沟”依然明显。", "The “digital divide” between urban and rural areas remains."),
    ("提出建设“数字福建”。", "He proposed building a \"Digital Fujian.\""),
    ("印发了《数字乡村发展战略纲要》。", "They issued the Outline of the Digital Village Development Strategy."),
    ("他说：“好的，走吧。”", "'All right, let's go,' he said."),
    ("我们要加快发展。", "We must speed up development; it isn't optional."),
])
def test_matched_or_unquoted_passes(zh: str, en: str) -> None:
    passes("quote-mismatch", zh, en)


def test_a_quoted_chinese_term_rendered_without_quotes_fails() -> None:
    [finding] = fails("quote-mismatch", "我曾提出建设“数字浙江”的设想。",
                      "I put forward the idea of building a digital Zhejiang.")
    assert finding.source_term == "数字浙江"
    assert finding.target_term == "digital Zhejiang"


def test_an_english_quotation_with_no_chinese_quotation_fails() -> None:
    [finding] = fails("quote-mismatch", "我们要缩小数字鸿沟。", 'We must narrow the "digital divide" now.')
    assert finding.target_term == "digital divide"
