"""The ``glossary`` check and glossary files."""

import pytest
from tests.checking import fails, passes

from align.checks import Settings
from align.errors import InputError
from align.glossary import load_glossary

ZH = "我们要推进网络强国建设。"


@pytest.fixture
def glossary(write):
    path = write("terms.csv", "zh,en,note\n网络强国,cyber superpower|cyber great power,DigiChina\n")
    return Settings(glossary=load_glossary(path))


def test_an_approved_rendering_passes(glossary) -> None:
    passes("glossary", ZH, "We must advance the building of a cyber superpower.", settings=glossary)
    passes("glossary", ZH, "We must advance the building of cyber great powers.", settings=glossary)


def test_an_unapproved_rendering_fails(glossary) -> None:
    en = "We must advance the building of a strong cyber nation."
    [finding] = fails("glossary", ZH, en, settings=glossary)
    assert finding.source_term == "网络强国" and finding.alternatives == ("cyber superpower", "cyber great power")
    assert "strong cyber nation" in finding.message and "DigiChina" in finding.message


def test_no_glossary_no_findings() -> None:
    passes("glossary", ZH, "We must advance the building of a strong cyber nation.")


def test_tsv_rows_for_one_term_merge(write) -> None:
    path = write("terms.tsv", "网络强国\tcyber superpower\n网络强国\tcyber great power\n数字乡村\tdigital villages\n")
    entries = load_glossary(path).entries
    assert [(e.zh, e.en) for e in entries] == [
        ("网络强国", ("cyber superpower", "cyber great power")), ("数字乡村", ("digital villages",))]


@pytest.mark.parametrize("tbx", [
    '<martif type="TBX-Basic"><text><body><termEntry><langSet xml:lang="zh"><tig><term>网络强国</term></tig>'
    '</langSet><langSet xml:lang="en"><tig><term>cyber superpower</term></tig></langSet></termEntry>'
    '</body></text></martif>',
    '<tbx type="TBX-Basic" style="dct" xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="1">'
    '<langSec xml:lang="zh-CN"><termSec><term>网络强国</term></termSec></langSec><langSec xml:lang="en">'
    '<termSec><term>cyber superpower</term></termSec></langSec></conceptEntry></body></text></tbx>',
])
def test_tbx(write, tbx: str) -> None:
    settings = Settings(glossary=load_glossary(write("terms.tbx", tbx)))
    fails("glossary", ZH, "We must advance a strong cyber nation.", settings=settings)
    passes("glossary", ZH, "We must advance a cyber superpower.", settings=settings)


@pytest.mark.parametrize("name, content, reason", [
    ("bad.csv", "zh,en\n网络强国,cyber superpower\n数字乡村\n", "line 3"),
    ("bad.csv", "网络强国,cyber superpower,note,extra\n", "line 1"),
    ("bad.tsv", "cyber\tsuperpower\n", "line 1: 'cyber' is not a Chinese term"),
    ("bad.tbx", "<martif><text><body><termEntry></body></martif>", "line 1: not well-formed TBX"),
    ("empty.csv", "zh,en\n", "no entries"),
])
def test_a_malformed_glossary_names_file_and_line(write, name: str, content: str, reason: str) -> None:
    path = write(name, content)
    with pytest.raises(InputError) as error:
        load_glossary(path)
    assert str(error.value).startswith(f"{path}: ") and reason in str(error.value)
