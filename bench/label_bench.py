"""Benchmark of the label matcher (etl/labels.py) on the labelled corpus
(tests/fixtures/labels/corpus.csv): precision and recall of auto-taken and of suggested labels,
by kind of variation, and the matcher's speed (first match of a label, and memoized).

    python bench/label_bench.py"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl import labels  # noqa: E402
from tests.fixtures.labels.corpus import evaluate, read_corpus  # noqa: E402


def _pct(x: float) -> str:
    return f"{x:.2f}"


def main() -> None:
    rows = read_corpus()
    labels._entries()   # the registry as the matcher sees it, built once per process
    s = evaluate(rows, labels.match_label)
    print(f"corpus: {s.rows} labels, {s.positives} naming an indicator, {s.near_misses} near misses")
    print()
    print("| outcome | labels | right | precision | recall |")
    print("|---|---|---|---|---|")
    print(f"| auto-taken | {s.taken} | {s.taken_right} | {_pct(s.precision_taken)} | {_pct(s.recall_taken)} |")
    print(f"| suggested | {s.suggested} | {s.suggested_right} | {_pct(s.precision_suggested)} | "
          f"{_pct(s.suggested_right / s.positives)} |")
    print(f"| taken + suggested | {s.taken + s.suggested} | {s.taken_right + s.suggested_right} | "
          f"{_pct((s.taken_right + s.suggested_right) / max(1, s.taken + s.suggested))} | "
          f"{_pct(s.recall_taken_or_suggested)} |")
    print()
    print("| kind | labels | taken right | suggested right | wrongly taken | near misses taken |")
    print("|---|---|---|---|---|---|")
    for kind in sorted({r.kind for r in rows}):
        sub = [r for r in rows if r.kind == kind]
        k = evaluate(sub, labels.match_label)
        print(f"| {kind} | {len(sub)} | {k.taken_right} | {k.suggested_right} | "
              f"{sum(1 for w in k.wrong_taken if w[1])} | {sum(1 for w in k.wrong_taken if not w[1])} |")
    if s.wrong_taken:
        print("\nwrongly taken:", *s.wrong_taken, sep="\n  ")
    if s.missed:
        print("\nmissed (label, expected, outcome, nearest, score):", *s.missed, sep="\n  ")
    # speed: each distinct label matched the first time (no memo), then from the memo
    distinct = sorted({r.label for r in rows})
    cold, warm = [], []
    for _ in range(5):
        for f in (labels._match, labels.label_tokens, labels._correct):
            f.cache_clear()
        t = time.perf_counter()
        for label in distinct:
            labels.match_label(label)
        cold.append(time.perf_counter() - t)
        t = time.perf_counter()
        for _ in range(10):
            for label in distinct:
                labels.match_label(label)
        warm.append((time.perf_counter() - t) / 10)
    c, w = statistics.median(cold), statistics.median(warm)
    print()
    print("| matcher speed (median of 5) | per label | labels per second |")
    print("|---|---|---|")
    print(f"| first match of a label | {c / len(distinct) * 1e3:.2f} ms | {len(distinct) / c:,.0f} |")
    print(f"| memoized (same label again) | {w / len(distinct) * 1e6:.1f} µs | {len(distinct) / w:,.0f} |")


if __name__ == "__main__":
    main()
