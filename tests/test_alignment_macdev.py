"""The aligner's acceptance bar on MAC-Dev: exact-bead F1 and calibration."""

from __future__ import annotations

from align.aligner import align
from align.score import read_beads, score
from benchmarks.alignment import beads_of, load_pair


def test_f1_and_calibration_on_all_six_files(shared) -> None:
    mac = shared / "mac-dev"
    pairs, confident = [], []
    for name in ["001", "002", "003", "004", "005", "006"]:
        zh, en = load_pair(mac, name)
        alignment = align(zh, en)
        gold = read_beads(mac / "gold" / f"{name}.align")
        pairs.append((gold, beads_of(alignment)))
        gold_set = set(gold)
        confident += [(b.src, b.tgt) in gold_set for b in alignment.beads if b.confidence >= 0.9]
    assert score(pairs).f1 >= 0.85
    assert len(confident) >= 100 and sum(confident) / len(confident) >= 0.95
