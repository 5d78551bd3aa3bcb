"""The ``omission``, ``addition``, ``omitted-clause`` and ``added-sentence`` checks."""

from tests.checking import fails, passes

from align.model import Severity

ZH = ["要发展农村电子商务，帮助农产品走向全国。", "茶农通过网络直播销售茶叶，收入明显增加。"]
EN = ["We must develop rural e-commerce and help agricultural products reach the whole country.",
      "Tea farmers sell tea through online livestreams, and their incomes have risen markedly."]


def test_every_sentence_paired_passes() -> None:
    for check in ("omission", "addition", "omitted-clause", "added-sentence"):
        passes(check, ZH, EN)


def test_a_chinese_sentence_without_english_is_an_omission() -> None:
    [finding] = fails("omission", ZH + ["这些问题必须引起我们的高度重视。"], EN,
                      beads=[((0,), (0,)), ((1,), (1,)), ((2,), ())])
    assert (finding.src, finding.tgt, finding.severity) == ((2,), (), Severity.ERROR)


def test_an_english_sentence_without_chinese_is_an_addition() -> None:
    [finding] = fails("addition", ZH, EN + ["Similar stories are heard everywhere."],
                      beads=[((0,), (0,)), ((1,), (1,)), ((), (2,))])
    assert (finding.src, finding.tgt) == ((), (2,))


def test_a_long_clause_the_english_leaves_out_is_an_omitted_clause() -> None:
    zh = "要发展农村电子商务，帮助农产品走向全国，同时加强冷链物流仓储设施建设。"
    en = "We must develop rural e-commerce and help agricultural products reach the whole country."
    [finding] = fails("omitted-clause", zh, en)
    assert finding.severity is Severity.WARNING and "冷链物流仓储设施建设" in finding.message


def test_an_english_sentence_merged_into_a_bead_without_source_is_an_added_sentence() -> None:
    en = EN[1] + " Similar stories can be heard in every corner of the land."
    [finding] = fails("added-sentence", ZH, [EN[0], EN[1], "Similar stories can be heard in every corner of the land."],
                      beads=[((0,), (0,)), ((1,), (1, 2))])
    assert finding.tgt == (2,) and "Similar stories" in finding.message
    passes("added-sentence", ZH, [EN[0], en.replace(" Similar stories can be heard in every corner of the land.", "")])


def test_omitted_sentences_silence_the_other_checks() -> None:
    for check in ("number-mismatch", "name-mismatch", "quote-mismatch", "term-inconsistency", "omitted-clause"):
        passes(check, ["2019年，王建华提出了“数字福建”。"], [], beads=[((0,), ())])
