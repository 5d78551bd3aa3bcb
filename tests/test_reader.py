"""Reading input: encodings, line endings and every refusal."""

import codecs

import pytest

from align.errors import InputError
from align.reader import detect_language, load, read_text

ZH_TEXT = "我们要发展数字经济。\n\n第二段。\n"
EN_TEXT = "We must develop the digital economy.\n"


@pytest.mark.parametrize(
    "content",
    [
        ZH_TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + ZH_TEXT.encode("utf-8"),
        ZH_TEXT.encode("utf-16"),  # with BOM, little-endian here
        codecs.BOM_UTF16_BE + ZH_TEXT.encode("utf-16-be"),
        ZH_TEXT.encode("gb18030"),
        ZH_TEXT.encode("gbk"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "gb18030", "gbk"],
)
def test_supported_encodings_decode_to_the_same_text(write, content: bytes) -> None:
    assert read_text(write("in.txt", content)) == ZH_TEXT


def test_encoding_option_overrides_detection(write) -> None:
    text = "我們要發展數位經濟，這是重要的戰略選擇。"
    path = write("in.txt", text.encode("big5"))
    with pytest.raises(InputError, match="cannot decode"):
        read_text(path)
    assert read_text(path, encoding="big5") == text


def test_unknown_encoding_is_named(write) -> None:
    with pytest.raises(InputError, match="unknown encoding 'nope'"):
        read_text(write("in.txt", "x"), encoding="nope")


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty file"),
        (b" \n\r\n\t\xe3\x80\x80\n", "empty file"),  # full-width space counts as white space
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("caf\xe9 cr\xe8me br\xfbl\xe9e, d\xe9j\xe0 vu".encode("latin-1"), "cannot decode"),
    ],
    ids=["empty", "whitespace", "binary", "latin-1"],
)
def test_bad_files_are_refused_with_a_reason(write, content: bytes, reason: str) -> None:
    path = write("bad.txt", content)
    with pytest.raises(InputError, match=reason) as caught:
        read_text(path)
    assert str(caught.value).startswith(str(path) + ": ")


def test_missing_file_and_directory_are_refused(tmp_path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_text(tmp_path)


@pytest.mark.parametrize(
    "text, lang",
    [(ZH_TEXT, "zh"), (EN_TEXT, "en"), ("在Hangzhou举行的G20峰会上，我提出发展数字经济。", "zh")],
)
def test_language_is_detected_from_the_script(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_swapped_languages_are_refused_unless_forced(write) -> None:
    english = write("en.txt", EN_TEXT)
    chinese = write("zh.txt", ZH_TEXT)
    with pytest.raises(InputError, match="swapped"):
        load(english, "zh")
    with pytest.raises(InputError, match="swapped"):
        load(chinese, "en")
    assert load(english, "zh", force=True) == (EN_TEXT, "zh")
    assert load(english, "auto") == (EN_TEXT, "en")
