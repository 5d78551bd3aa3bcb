"""The ``low-confidence`` and ``length-ratio`` checks."""

from tests.checking import fails, passes

ZH = ["要发展农村电子商务。", "茶农通过网络直播销售茶叶。", "收入明显增加。", "我们要加快建设。",
      "要加强统筹协调。", "要调动社会力量。", "要发挥农民作用。", "要提升网络质量。", "要保障数据安全。"]
EN = ["We must develop rural e-commerce.", "Tea farmers sell tea through livestreams.", "Incomes rose markedly.",
      "We must speed up building.", "We must strengthen coordination.", "We must mobilize social forces.",
      "We must bring farmers into play.", "We must raise network quality.", "We must safeguard data security."]


def test_confident_beads_pass() -> None:
    passes("low-confidence", ZH, EN, confidence=0.9)


def test_a_doubtful_bead_fails() -> None:
    found = fails("low-confidence", ZH, EN, confidence=0.4)
    assert len(found) == len(ZH) and "0.40" in found[0].message


def test_usual_lengths_pass() -> None:
    passes("length-ratio", ZH, EN)


def test_an_outlying_length_ratio_fails() -> None:
    en = list(EN)
    en[1] = ("Tea farmers sell tea through livestreams, and in doing so they have found new customers in "
             "every province, new ways of packing and shipping, and new friends across the whole country.")
    [finding] = fails("length-ratio", ZH, en)
    assert finding.src == (1,) and "longer" in finding.message
