"""The motivating document, segmented as a careful reader would."""

from align.reader import load
from align.segment import segment


def seed_sentences(shared):
    text, lang = load(shared / "seed" / "digital-economy-2021.en.txt", "en")
    return [s.text for s in segment(text, lang)]


def test_editorial_notes_stay_whole_inside_their_sentences(shared) -> None:
    sentences = seed_sentences(shared)
    with_notes = [s for s in sentences if "–Ed.]" in s]
    assert len(with_notes) == 3
    assert with_notes[0].startswith("The 5th Plenum of the 18th Party Congress proposed")
    assert 'cyber superpower [or "cyber great power" –Ed.] strategy' in with_notes[0]
    assert with_notes[1].startswith("At the same time, we must see that compared")
    assert with_notes[1].endswith("fast but not superior.")
    assert "build indigenous [or independent –Ed.] and controllable" in with_notes[2]
    assert with_notes[2].endswith("industrial ecosystems.")


def test_boundaries_match_a_careful_reading(shared) -> None:
    sentences = seed_sentences(shared)
    assert len(sentences) == 74
    # Headings and dates without a full stop are sentences of their own.
    assert sentences[:5] == [
        "Translation: Xi Jinping’s Speech to the Politburo Study Session on the "
        "Digital Economy – Oct. 2021",
        "Xi called for strong efforts toward development and national independence "
        "in digital technologies",
        "January 28, 2022",
        "Article Banner Picture",
        "January 28, 2022",
    ]
    # "Oct." and numbers do not end sentences; full stops do.
    assert sentences[5] == (
        "On October 18, 2021, Chinese leader Xi Jinping spoke to a Politburo study "
        "session on the digital economy."
    )
    assert sentences[6].endswith('as the "main part" of Xi\'s October speech.')
    # A quotation closed after the comma stays inside its sentence.
    assert sentences[15].startswith("When I was working in Fujian in 2000, I put forward building a “digital Fujian,”")
    assert sentences[15].endswith("“digital Zhejiang.”")
    # Ordinal headings open their paragraph's first sentence.
    assert sentences[38] == "First, strengthen key advances in critical and core technologies."
    assert sentences[-2].endswith("on 18 October 2021.")
    assert sentences[-1] == "Chinese-language original"
