"""The ``term-inconsistency`` and ``editorial-note`` checks."""

import pytest
from tests.checking import fails, passes

from align.model import Severity
from align.notes import find_notes, qualified

ZH = ["党中央把数字乡村作为建设网络强国的重要内容。", "我们要加快数字乡村建设。", "我们要推进网络强国建设。"]


def test_a_term_rendered_alike_passes() -> None:
    passes("term-inconsistency", ZH[:2], [
        "The Party Center made digital villages an important part of the internet.",
        "We must speed up the building of digital villages."])


def test_a_term_rendered_two_ways_fails_with_both_renderings() -> None:
    found = fails("term-inconsistency", ZH, [
        "The Party Center made digital villages an important part of building a cyber superpower.",
        "We must speed up the building of digital villages.",
        "We must advance the building of a strong cyber nation."])
    [finding] = [f for f in found if f.source_term == "网络强国"]
    assert finding.src == (0, 2) and finding.severity is Severity.WARNING
    assert {finding.target_term, *finding.alternatives} == {"cyber superpower", "strong cyber nation"}


def test_a_term_with_an_editorial_note_is_always_listed() -> None:
    [finding] = fails("term-inconsistency", ZH[:1], [
        'The Party Center made digital villages an important part of building a cyber superpower '
        '[or "cyber great power" –Ed.].'])
    assert finding.source_term == "网络强国" and "editorial note" in finding.message


def test_an_editorial_note_is_linked_to_its_source_term_and_other_renderings() -> None:
    found = fails("editorial-note", ZH, [
        'The Party Center made digital villages an important part of building a cyber superpower '
        '[or "cyber great power" –Ed.].',
        "We must speed up the building of digital villages.",
        "We must advance the building of a strong cyber nation."])
    [finding] = found
    assert finding.severity is Severity.INFO
    assert (finding.source_term, finding.target_term, finding.alternatives) == (
        "网络强国", "cyber superpower", ("cyber great power",))
    assert 'zh 2 "strong cyber nation"' in finding.message


@pytest.mark.parametrize("zh, en, term", [
    ("要建设一批自主可控的农业数据平台。", "We must build indigenous [or independent –Ed.] and controllable data platforms.", "自主"),
    ("我们要坚持问题导向。", 'We must persist in a problem-oriented [or "issue-oriented" –Ed.] approach.', "问题导向"),
])
def test_source_terms(zh: str, en: str, term: str) -> None:
    [finding] = fails("editorial-note", zh, en)
    assert finding.source_term == term


@pytest.mark.parametrize("text, kind, primary, alternatives", [
    ('a cyber superpower [or "cyber great power" –Ed.] now', "alternative", "cyber superpower", ("cyber great power",)),
    ("superpowers [or “great powers” —Ed.]", "alternative", "superpowers", ("great powers",)),
    ("indigenous [or independent - Ed.]", "alternative", "indigenous", ("independent",)),
    ("the Center [Ed.: the Party Center] said", "comment", "", ()),
    ("the Center [Translator's note: the Party Center] said", "comment", "", ()),
    ("the Center [TN: the Party Center] said", "comment", "", ()),
    ("it were [sic] so", "sic", "were", ()),
    ("and so […] on", "elision", "", ()),
    ("It [the Party] leads", "insertion", "the Party", ()),
])
def test_note_kinds(text: str, kind: str, primary: str, alternatives: tuple[str, ...]) -> None:
    [note] = find_notes(text)
    assert (note.kind, note.primary, note.alternatives) == (kind, primary, alternatives)


def test_qualified_words_stop_at_function_words() -> None:
    assert qualified("we build a", ("strong nation",)) == "a" or qualified("we build strong", ("great",)) == "strong"
    assert qualified("and superpowers", ("great powers",)) == "superpowers"


def test_other_notes_are_reported_as_info() -> None:
    [finding] = fails("editorial-note", "他领导我们。", "It [the Party] leads us.")
    assert finding.target_term == "the Party" and "added" in finding.message
