"""Reading input files: bytes to text, with every refusal naming the file.

Supported encodings: UTF-8 (with or without BOM), UTF-16 with BOM, and
GB18030 (which includes GBK and GB2312). Line endings may be LF, CRLF or CR;
the text is returned exactly as decoded, so sentence offsets point into it.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from align.errors import InputError
from align.model import EN, ZH

#: A GB18030 decoding is believed only when this share of its non-ASCII
#: characters lies in GB2312, the everyday subset. GB18030 maps nearly every
#: byte sequence to *something*, so Latin-1 or Big5 bytes decode without error
#: into rare characters; this is how they are told apart.
GB_PLAUSIBLE_SHARE = 0.9

#: A text is taken for Chinese when at least this share of its letters
#: (Han characters and Latin letters) are Han characters.
ZH_AUTO_SHARE = 0.3
#: Given as Chinese with a Han share below this, a file looks swapped.
ZH_MIN_SHARE = 0.1
#: Given as English with a Han share above this, a file looks swapped.
EN_MAX_SHARE = 0.5

#: A file this big is refused, rather than read into memory whole.
MAX_BYTES = 512 * 1024 * 1024


def is_han(char: str) -> bool:
    """Whether a character is a CJK ideograph (basic block or extension A).

    >>> is_han("中"), is_han("a"), is_han("。")
    (True, False, False)
    """
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def han_share(text: str) -> float | None:
    """The share of Han characters among Han characters and Latin letters.

    ``None`` when the text has neither.

    >>> han_share("数字中国 digital China")
    0.25
    >>> han_share("2021。") is None
    True
    """
    han = latin = 0
    for char in text:
        if is_han(char):
            han += 1
        elif char.isascii() and char.isalpha():
            latin += 1
    if han + latin == 0:
        return None
    return han / (han + latin)


def detect_language(text: str) -> str | None:
    """``"zh"`` or ``"en"`` from the script of the text; ``None`` if it has no letters.

    >>> detect_language("我们要发展数字经济。"), detect_language("We develop it.")
    ('zh', 'en')
    """
    share = han_share(text)
    if share is None:
        return None
    return ZH if share >= ZH_AUTO_SHARE else EN


def decode(data: bytes, path: str | os.PathLike[str], encoding: str | None = None) -> str:
    """Decode a file's bytes, or raise :class:`InputError` saying why not.

    >>> decode("数字".encode("gb18030"), "x.txt")
    '数字'
    >>> decode(codecs.BOM_UTF8 + "数字".encode(), "x.txt")
    '数字'
    """
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(path, f"unknown encoding {encoding!r}") from None
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as error:
            raise InputError(
                path, f"not valid {encoding} (byte {error.start})"
            ) from None
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(name)
            except UnicodeDecodeError as error:
                raise InputError(
                    path, f"starts with a {name} byte-order mark but is not valid "
                    f"{name} (byte {error.start})"
                ) from None
    if b"\x00" in data:
        raise InputError(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausible_gb(text):
        return text
    raise InputError(
        path, "cannot decode: not UTF-8, UTF-16 with BOM or GB18030 (try --encoding)"
    )


def _plausible_gb(text: str) -> bool:
    """Whether a GB18030 decoding reads as Chinese rather than as noise."""
    wide = [char for char in text if not char.isascii()]
    if not wide:
        return True
    common = 0
    for char in wide:
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            continue
        common += 1
    return common / len(wide) >= GB_PLAUSIBLE_SHARE


def read_text(path: str | os.PathLike[str], encoding: str | None = None) -> str:
    """Read and decode a text file; refuse a missing, binary, empty or undecodable one.

    Raises :class:`InputError` with a reason a user can act on.
    """
    file = Path(path)
    if not file.exists():
        raise InputError(path, "no such file")
    if file.is_dir():
        raise InputError(path, "is a directory, not a file")
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"too large ({size} bytes; at most {MAX_BYTES})")
        data = file.read_bytes()
    except OSError as error:
        raise InputError(path, error.strerror or str(error)) from None
    text = decode(data, path, encoding)
    if not text.strip():
        raise InputError(path, "empty file (nothing but white space)")
    return text


def check_language(
    text: str, lang: str, path: str | os.PathLike[str]
) -> None:
    """Refuse a text whose script contradicts the language it was given as.

    Catches the two files of a pair given in the wrong order.
    """
    share = han_share(text)
    if share is None:
        return
    if lang == ZH and share < ZH_MIN_SHARE:
        raise InputError(
            path,
            f"given as Chinese but only {share:.0%} of its letters are Chinese: "
            "are the two languages swapped? (--force to go on)",
        )
    if lang == EN and share > EN_MAX_SHARE:
        raise InputError(
            path,
            f"given as English but {share:.0%} of its letters are Chinese: "
            "are the two languages swapped? (--force to go on)",
        )


def load(
    path: str | os.PathLike[str],
    lang: str | None,
    *,
    encoding: str | None = None,
    force: bool = False,
) -> tuple[str, str]:
    """Read a file and settle its language: ``(text, lang)``.

    ``lang`` of ``None`` (or ``"auto"``) detects it from the script; a given
    language is checked against the script unless ``force`` is set.
    """
    text = read_text(path, encoding)
    if lang in (None, "auto"):
        detected = detect_language(text)
        if detected is None:
            raise InputError(path, "has no letters to tell its language by (use --lang)")
        return text, detected
    if not force:
        check_language(text, lang, path)
    return text, lang
