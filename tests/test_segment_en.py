"""English sentence boundaries: a case table of the segmenter's rules."""

import pytest

from align.segment import segment


def texts(text: str, clauses: bool = False) -> list[str]:
    return [s.text for s in segment(text, "en", clauses=clauses)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("Why? Because! Yes.", ["Why?", "Because!", "Yes."]),
        ("Mr. Chen and Mrs. Li met Dr. Wang.", ["Mr. Chen and Mrs. Li met Dr. Wang."]),
        ("He lived on St. Mark's Road. It was No. 5.", ["He lived on St. Mark's Road.", "It was No. 5."]),
        ("On Oct. 18, 2021, he spoke. In Jan. 2022 it ran.", ["On Oct. 18, 2021, he spoke.", "In Jan. 2022 it ran."]),
        ("It is e.g. a test, i.e. a trial. Next.", ["It is e.g. a test, i.e. a trial.", "Next."]),
        ("Apples, pears, etc. The rest is lost.", ["Apples, pears, etc.", "The rest is lost."]),
        ("Apples, pears, etc. And Kiwis.", ["Apples, pears, etc.", "And Kiwis."]),
        ("Red vs. Blue won.", ["Red vs. Blue won."]),
        ("The U.S. Congress met. The U.K. did not.", ["The U.S. Congress met.", "The U.K. did not."]),
        ("We left at 5 p.m. The bus was late.", ["We left at 5 p.m.", "The bus was late."]),
        ("We met at 9 a.m. on Monday.", ["We met at 9 a.m. on Monday."]),
        ("J. R. R. Tolkien wrote it. He was English.", ["J. R. R. Tolkien wrote it.", "He was English."]),
        ("It measured 2.726 K. Version 5.0 shipped.", ["It measured 2.726 K.", "Version 5.0 shipped."]),
        ("I... I don't know. Wait... Yes.", ["I... I don't know.", "Wait...", "Yes."]),
        ("He paused… Then he spoke.", ["He paused…", "Then he spoke."]),
        ("She said, “Go.” He went.", ["She said, “Go.”", "He went."]),
        ('She said, "Go." He went.', ['She said, "Go."', "He went."]),
        ("'Stop.' He stopped.", ["'Stop.'", "He stopped."]),
        ("(He left.) She stayed.", ["(He left.)", "She stayed."]),
        ("'Why?' he asked.", ["'Why?' he asked."]),
        (
            'The cyber superpower [or "cyber great power" –Ed.] strategy. Next.',
            ['The cyber superpower [or "cyber great power" –Ed.] strategy.', "Next."],
        ),
        (
            "A note [Ed.: see above. It matters.] ends here. Next.",
            ["A note [Ed.: see above. It matters.] ends here.", "Next."],
        ),
        ("It costs $2.5 billion. That is a lot.", ["It costs $2.5 billion.", "That is a lot."]),
        ("No full stop at the end", ["No full stop at the end"]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_clauses_split_at_semicolons() -> None:
    text = "We must act; we must not wait."
    assert texts(text) == [text]
    assert texts(text, clauses=True) == ["We must act;", "we must not wait."]


def test_wrapped_lines_are_one_paragraph_when_blank_lines_separate_paragraphs() -> None:
    text = "He left\nthe room. She\nstayed.\n\nNext paragraph."
    sentences = segment(text, "en")
    assert [s.text for s in sentences] == ["He left the room.", "She stayed.", "Next paragraph."]
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_without_blank_lines_every_line_is_a_paragraph() -> None:
    sentences = segment("One line\nAnother line\r\nA third.", "en")
    assert [s.text for s in sentences] == ["One line", "Another line", "A third."]
    assert [s.paragraph for s in sentences] == [0, 1, 2]
