"""Chinese sentence boundaries: a case table of the segmenter's rules."""

import pytest

from align.segment import segment


def texts(text: str, clauses: bool = False) -> list[str]:
    return [s.text for s in segment(text, "zh", clauses=clauses)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("我来了。你呢？好！", ["我来了。", "你呢？", "好！"]),
        ("真的吗?是的!", ["真的吗?", "是的!"]),
        ("他说：“好的。”然后走了。", ["他说：“好的。”", "然后走了。"]),
        ("“我们走了。”他说。", ["“我们走了。”他说。"]),
        ("“走吧！”汪淼无力地问。下一句。", ["“走吧！”汪淼无力地问。", "下一句。"]),
        ("“死也不降。”小玄子哈哈一笑，跳了起来。", ["“死也不降。”", "小玄子哈哈一笑，跳了起来。"]),
        ("韦小宝道：“谁说不会？”小玄子道：“很好！”", ["韦小宝道：“谁说不会？”", "小玄子道：“很好！”"]),
        ("道：“我叫…… 叫小玄子。你是谁？”", ["道：“我叫…… 叫小玄子。", "你是谁？”"]),
        ("不过……“你去吧。”", ["不过……", "“你去吧。”"]),
        ("他走了……", ["他走了……"]),
        ("你不会摔交。 ”他跳起来。", ["你不会摔交。 ”", "他跳起来。"]),
        ("“咚——咚——”“猛捅——”", ["“咚——咚——”", "“猛捅——”"]),
        ("读《你好。再见！》很有意思。", ["读《你好。再见！》很有意思。"]),
        ("【注：此处从略。另见上文。】接着说。", ["【注：此处从略。另见上文。】接着说。"]),
        ("（这是括号里的话。）下一句。", ["（这是括号里的话。）", "下一句。"]),
        ("真的吗？！是的。", ["真的吗？！", "是的。"]),
        ("一、坚持创新。二、坚持开放。", ["一、坚持创新。", "二、坚持开放。"]),
        ("第一，要加强领导。第二，要抓落实。", ["第一，要加强领导。", "第二，要抓落实。"]),
        ("（一）加强基础研究，提高创新能力。", ["（一）加强基础研究，提高创新能力。"]),
        ("温度为2.726K，相当高。", ["温度为2.726K，相当高。"]),
        ("没有句号的一句", ["没有句号的一句"]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_heading_alone_on_its_line_is_its_own_sentence() -> None:
    text = "一、总体要求\n我们要发展数字经济。要做大做强。\n\n（二）主要任务\n加快建设。"
    assert texts(text) == [
        "一、总体要求",
        "我们要发展数字经济。",
        "要做大做强。",
        "（二）主要任务",
        "加快建设。",
    ]


def test_clauses_split_at_semicolons() -> None:
    text = "要加强基础研究；要提高创新能力。"
    assert texts(text) == ["要加强基础研究；要提高创新能力。"]
    assert texts(text, clauses=True) == ["要加强基础研究；", "要提高创新能力。"]


def test_line_breaks_inside_a_paragraph_are_folded() -> None:
    text = "　　我们要发展\n数字经济。\n\n第二段。"
    sentences = segment(text, "zh")
    assert [s.text for s in sentences] == ["我们要发展数字经济。", "第二段。"]
    assert [s.paragraph for s in sentences] == [0, 1]


def test_offsets_point_into_the_input() -> None:
    text = "　　我来了。\r\n\r\n你呢？"
    sentences = segment(text, "zh")
    assert [(s.start, s.end) for s in sentences] == [(2, 6), (10, 13)]
    assert [text[s.start:s.end] for s in sentences] == ["我来了。", "你呢？"]
