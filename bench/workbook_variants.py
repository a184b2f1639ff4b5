"""Every honest report of the workbook corpus in each variant a person would not notice
(tests/fixtures/corpus/variants.py): how many of its facts the ingest loses or adds.

    python bench/workbook_variants.py [--batch N ...] [VARIANT ...]

.xlsx reports moved, restyled or retyped (and relaid and retyped as offices copy them: an STT
column, years as "Năm 2024", wrapped cells, abbreviations, an empty row or column, a notes column; and
as copies pick them up between offices: look-alike characters, rates as fractions, footnote marks,
English-way figures, parts indented, columns moved, the header repeated at a page break),
and saved as .xls or .ods (those without formulas, hidden
rows or columns, or dates, which the writers do not convert); .csv reports in other encodings,
separators and quoting. A fact lost is a fact the report gives but its variant does not; a fact added,
or given with another value, is a wrong number. Formulas that reach across sheets move with their sheet, so every loss is the
reader's. Test data (the corpus is marked as such in every sheet)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl import ingest  # noqa: E402
from tests.fixtures.corpus.make_corpus import EXPECTED, FILES  # noqa: E402
from tests.fixtures.corpus.variants import (COPIED, CSV_VARIANTS, EDITED, FORMAT_VARIANTS, RETYPED, VARIANTS,  # noqa: E402
                                            converted, csv_variant, not_convertible, variant)
from tests.fixtures.reports import facts  # noqa: E402


def _variants_of(report: str, data: bytes, names: list[str]):
    """(variant name, its bytes, its file name) for every asked variant that applies to the report."""
    for n in names:
        if report.endswith(".xlsx") and (n in VARIANTS or n in RETYPED or n in COPIED or n in EDITED):
            yield n, variant(data, n), report
        elif report.endswith(".xlsx") and n in FORMAT_VARIANTS and not not_convertible(data):
            yield (n, *converted(data, report, n))
        elif report.endswith(".csv") and n in CSV_VARIANTS:
            yield n, csv_variant(data, n), report


def main(names: list[str], batches: set[int] | None = None) -> None:
    expected = json.loads(EXPECTED.read_text())
    totals = {n: [0, 0, 0, 0, 0] for n in names}
    for report, exp in sorted(expected.items()):
        if exp["refused"] or (batches and exp.get("batch") not in batches):
            continue
        data = (FILES / report).read_bytes()
        base = ingest.examine(data, report)
        if not base.accepted:
            continue
        want = facts(base)
        for n, changed, file_name in _variants_of(report, data, names):
            got = ingest.examine(changed, file_name)
            have = facts(got) if got.accepted else {}
            lost = [k for k in want if k not in have]
            # a fact the report does not give, or one it gives with another value: a wrong number
            added = [k for k in have if k not in want or have[k] != want[k]]
            t = totals[n]
            t[0] += 1; t[1] += len(want); t[2] += len(lost); t[3] += len(added); t[4] += not got.accepted
            if lost or added:
                print(f"{n}: {report}: {'refused, ' if not got.accepted else ''}lost {len(lost)}, added {len(added)} "
                      f"{lost[:2]} {added[:2]}")
    print("\n| variant | reports | facts | lost | added or changed (wrong) | files refused |\n|---|---|---|---|---|---|")
    for n, (files, total, lost, added, refused) in totals.items():
        print(f"| {n} | {files} | {total} | {lost} | {added} | {refused} |")


def _args(argv: list[str]) -> tuple[list[str], set[int]]:
    """Variant names and the batches asked for ("--batch 17 --batch 21"; none: every batch)."""
    names, batches = [], set()
    it = iter(argv)
    for a in it:
        if a == "--batch":
            batches.add(int(next(it)))
        else:
            names.append(a)
    return names, batches


if __name__ == "__main__":
    _names, _batches = _args(sys.argv[1:])
    main(_names or [*VARIANTS, *RETYPED, *COPIED, *EDITED, *FORMAT_VARIANTS, *CSV_VARIANTS], _batches or None)
