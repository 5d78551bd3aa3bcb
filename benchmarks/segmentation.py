"""Sentence-boundary precision, recall and F1 on MAC-Dev.

Each file's sentences are joined back into running text (Chinese with no
separator, English with one space), segmented, and the boundaries found are
compared with the original line breaks.

    python benchmarks/segmentation.py [--shared ../shared] [--errors N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from align.segment import segment

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent / ".." / "shared"


def gold_and_found(lines: list[str], lang: str) -> tuple[set[int], set[int], str]:
    """The gold and the found boundary offsets of one file's joined text."""
    separator = "" if lang == "zh" else " "
    gold, offset = set(), 0
    for line in lines[:-1]:
        offset += len(line)
        gold.add(offset)
        offset += len(separator)
    text = separator.join(lines)
    found = {s.end for s in segment(text, lang)[:-1]}
    return gold, found, text


def score(shared: Path, lang: str, show: int) -> tuple[float, float, float]:
    """Pooled precision, recall and F1 of one language over the six files."""
    hits = n_gold = n_found = 0
    shown = 0
    for path in sorted((shared / "mac-dev" / lang).glob(f"*.{lang}")):
        lines = [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]
        gold, found, text = gold_and_found(lines, lang)
        hits += len(gold & found)
        n_gold += len(gold)
        n_found += len(found)
        for kind, offsets in (("missed", gold - found), ("spurious", found - gold)):
            for offset in sorted(offsets):
                if shown < show:
                    shown += 1
                    print(f"  {kind} {path.name}: …{text[offset - 30:offset]}‖{text[offset:offset + 20]}…")
    precision, recall = hits / n_found, hits / n_gold
    return precision, recall, 2 * precision * recall / (precision + recall)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--errors", type=int, default=0, help="print this many errors")
    args = parser.parse_args()
    if not (args.shared / "mac-dev").is_dir():
        print(f"no MAC-Dev under {args.shared}", file=sys.stderr)
        return 2
    print(f"{'lang':<5} {'precision':>9} {'recall':>7} {'F1':>7}")
    for lang in ("zh", "en"):
        precision, recall, f1 = score(args.shared, lang, args.errors)
        print(f"{lang:<5} {precision:9.4f} {recall:7.4f} {f1:7.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
