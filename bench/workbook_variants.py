"""Every honest .xlsx report of the workbook corpus in each variant a person would not notice
(tests/fixtures/corpus/variants.py): how many of its facts the ingest loses or adds.

    python bench/workbook_variants.py [VARIANT ...]

A fact lost is a fact the report gives at A1 but not moved, restyled or retyped; a fact added is a
wrong number. Formulas that reach across sheets move with their sheet, so every loss is the
reader's. Test data (the corpus is marked as such in every sheet)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl import ingest  # noqa: E402
from tests.fixtures.corpus.make_corpus import EXPECTED, FILES  # noqa: E402
from tests.fixtures.corpus.variants import VARIANTS, variant  # noqa: E402
from tests.fixtures.reports import facts  # noqa: E402


def main(names: list[str]) -> None:
    expected = json.loads(EXPECTED.read_text())
    totals = {n: [0, 0, 0, 0] for n in names}
    for report, exp in sorted(expected.items()):
        if exp["refused"] or not report.endswith(".xlsx"):
            continue
        data = (FILES / report).read_bytes()
        base = ingest.examine(data, report)
        if not base.accepted:
            continue
        want = facts(base)
        for n in names:
            got = ingest.examine(variant(data, n), report)
            have = facts(got) if got.accepted else {}
            lost = [k for k, v in want.items() if have.get(k) != v]
            added = [k for k in have if k not in want]
            t = totals[n]
            t[0] += len(want); t[1] += len(lost); t[2] += len(added); t[3] += not got.accepted
            if lost or added:
                print(f"{n}: {report}: {'refused, ' if not got.accepted else ''}lost {len(lost)}, added {len(added)} "
                      f"{lost[:2]} {added[:2]}")
    print("\n| variant | facts | lost | added (wrong) | files refused |\n|---|---|---|---|---|")
    for n, (total, lost, added, refused) in totals.items():
        print(f"| {n} | {total} | {lost} | {added} | {refused} |")


if __name__ == "__main__":
    main(sys.argv[1:] or list(VARIANTS))
