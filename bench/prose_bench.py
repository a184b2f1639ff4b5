"""Benchmark of the prose extractor (etl/prose.py) on its development set: precision and recall
by part of the set, and the time per news item, side by side with reading the same text alone.

    python bench/prose_bench.py [--repeat 5]"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl import prose, textdoc  # noqa: E402
from tests.fixtures.prose import devset  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    items = devset.passages()
    print("| part of the development set | passages | required facts | found | recall | proposed (judged) | right | precision |")
    print("|---|---|---|---|---|---|---|---|")
    for name, prefix in [("seed documents", "seed:"), ("press clauses", "press-facts"), ("own passages: every trap, period form and indicator", ("trap:", "form:")),
                         ("all", "")]:
        part = [p for p in items if p.id.startswith(prefix)]
        s = devset.score(part)
        judged = s.right + len(s.wrong)
        print(f"| {name} | {len(part)} | {s.required} | {s.found} | {s.recall:.2f} | {judged} | {s.right} | {s.precision:.2f} |")
    print()
    # speed: the first call pays for compiling the province and label vocabularies once per process
    t0 = time.perf_counter()
    prose.extract(textdoc.from_text(items[0].text))
    first = time.perf_counter() - t0
    docs = [p for p in items if p.id.startswith("seed:")]
    press = [p for p in items if not p.id.startswith("seed:")]
    print(f"first extraction in a process (vocabularies built): {first * 1000:.0f} ms")
    print()
    print("| items | chars (median) | read + NFC only | whole extraction (median) | slowest item | ratio |")
    print("|---|---|---|---|---|---|")
    for name, group in [("seed documents (news items, 7–17 k chars)", docs), ("press clauses and own passages", press)]:
        base, full = [], []
        for p in group:
            b, f = [], []
            for _ in range(args.repeat):
                t = time.perf_counter()
                unicodedata.normalize("NFC", textdoc.read(p.text.encode("utf-8"), "x.txt").text).lower()
                b.append(time.perf_counter() - t)
                t = time.perf_counter()
                prose.extract(textdoc.read(p.text.encode("utf-8"), "x.txt"), province=p.province, published=p.published)
                f.append(time.perf_counter() - t)
            base.append(statistics.median(b))
            full.append(statistics.median(f))
        chars = statistics.median(len(p.text) for p in group)
        print(f"| {name}: {len(group)} | {chars:,.0f} | {statistics.median(base) * 1000:.2f} ms | "
              f"{statistics.median(full) * 1000:.1f} ms | {max(full) * 1000:.1f} ms | "
              f"{statistics.median(full) / statistics.median(base):.0f}× |")


if __name__ == "__main__":
    main()
