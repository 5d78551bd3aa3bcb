"""Alignment output formats, against golden text, and TMX parsed back."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from align.model import Alignment, Bead, Sentence
from align.render import ALIGNMENT_FORMATS

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def sample() -> Alignment:
    zh = (
        Sentence(0, "我们要发展数字经济。", 0, 0, 10, "zh"),
        Sentence(1, "他说：“<script>&”", 0, 10, 24, "zh"),
        Sentence(2, "这句没有翻译。", 1, 26, 33, "zh"),
    )
    en = (
        Sentence(0, "We must develop the digital economy.", 0, 0, 36, "en"),
        Sentence(1, 'He said: "<script>&\' \x0b', 0, 37, 60, "en"),
        Sentence(2, "Tab\there.", 0, 61, 70, "en"),
    )
    beads = (Bead((0,), (0,), 0.97), Bead((1,), (1, 2), 0.5), Bead((2,), (), 0.8))
    return Alignment(zh, en, beads)


def test_mac() -> None:
    assert ALIGNMENT_FORMATS["mac"](sample()) == "[0]:[0]\n[1]:[1,2]\n[2]:[]\n"


def test_tsv() -> None:
    assert ALIGNMENT_FORMATS["tsv"](sample()) == (
        "我们要发展数字经济。\tWe must develop the digital economy.\t0.9700\t1-1\n"
        "他说：“<script>&”\tHe said: \"<script>&' \x0b Tab here.\t0.5000\t1-2\n"
        "这句没有翻译。\t\t0.8000\t1-0\n"
    )


def test_json() -> None:
    document = json.loads(ALIGNMENT_FORMATS["json"](sample(), {"tool": "align"}))
    assert document["signature"] == {"tool": "align"}
    assert document["sentences"]["zh"][2] == {
        "index": 2, "text": "这句没有翻译。", "start": 26, "end": 33, "paragraph": 1}
    assert document["beads"] == [
        {"src": [0], "tgt": [0], "confidence": 0.97},
        {"src": [1], "tgt": [1, 2], "confidence": 0.5},
        {"src": [2], "tgt": [], "confidence": 0.8},
    ]


def test_tmx_parses_back_with_every_character_intact() -> None:
    text = ALIGNMENT_FORMATS["tmx"](sample())
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">')
    root = ET.fromstring(text.encode("utf-8"))
    header = root.find("header")
    assert header is not None and header.get("srclang") == "zh-CN"
    units = root.findall("body/tu")
    assert len(units) == 2  # the 1-0 bead has no English side
    segs = [[(tuv.get(XML_LANG), tuv.findtext("seg")) for tuv in tu.findall("tuv")] for tu in units]
    assert segs[1] == [("zh-CN", "他说：“<script>&”"), ("en", "He said: \"<script>&'  Tab\there.")]
    assert units[0].find("prop").text == "0.9700"


@pytest.mark.parametrize("name", sorted(ALIGNMENT_FORMATS))
def test_every_format_renders_an_empty_alignment(name: str) -> None:
    assert isinstance(ALIGNMENT_FORMATS[name](Alignment((), (), ())), str)
