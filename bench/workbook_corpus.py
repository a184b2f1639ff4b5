"""Score the ingest on a corpus of whole workbooks, the way the held-out set is scored.

    python bench/workbook_corpus.py [--corpus DIR] [--jobs N] [--in-process] [-v]

For every file of the corpus (default ``tests/fixtures/corpus``: ``files/`` and ``expected.json``,
written by ``tests/fixtures/corpus/make_corpus.py``): a fresh copy of a warehouse built by
``python -m etl.build --db DB`` (built once, copied whole — database, uploads, snapshot, accounts —
for each file), then ``python -m etl.ingest FILE --db DB --json`` (no ``--province``, no
``--period``, no ``--accept-suggestions``), then the difference of the ``facts`` view before and
after. Only actual values count (plans are not facts); a stock stored at the last day of a year
or half counts as that year or half. A file that must be refused is right when the command
refuses it and the ``facts`` view is unchanged.

Prints precision (right ÷ taken), recall (right ÷ expected), refusals right, and, with ``-v``, every
fact missed or wrong per file with the rows the ingest ignored or suggested. ``--in-process`` calls
``etl.ingest.main`` in this process instead of a new interpreter per file (the same code path
without ~2 s of start-up each; the test uses it).
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import shutil
import subprocess
import sys
import tempfile
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT / "tests" / "fixtures" / "corpus"
_HALF_ENDS = {"06-30": "-S1", "12-31": "-S2"}


def _period_as_reported(period: str, kind: str) -> str:
    """A stock stored at the last day of a year or half counts as that year or half."""
    if kind == "date" and len(period) == 10:
        year, md = period[:4], period[5:]
        if md == "12-31":
            return year
        if md == "06-30":
            return year + "-S1"
    return period


def facts_view(db: Path) -> set[tuple]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "select province_code, frame, indicator, period, period_kind, measure, value, "
            "coalesce(cast(upload_id as varchar), ''), coalesce(cast(source_id as varchar), '') from facts").fetchall()
    finally:
        con.close()
    return set(rows)


@dataclass
class FileScore:
    file: str
    must_refuse: bool
    batch: int = 1
    exit_code: int = 0
    status: str = ""
    expected: set = field(default_factory=set)
    taken: set = field(default_factory=set)          # actual facts the facts view gained
    gained_any: int = 0                               # every gained row (plans too)
    ignored: list = field(default_factory=list)
    suggestions: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    @property
    def right(self) -> set:
        return {t for t in self.taken if _in(t, self.expected)}

    @property
    def wrong(self) -> set:
        return {t for t in self.taken if not _in(t, self.expected)}

    @property
    def missed(self) -> set:
        return {e for e in self.expected if not _in(e, self.taken)}

    @property
    def refused_right(self) -> bool:
        return self.must_refuse and self.exit_code == 1 and self.status == "rejected" and self.gained_any == 0


def _in(fact: tuple, pool: set) -> bool:
    key, value = fact[:5], fact[5]
    return any(p[:5] == key and math.isclose(p[5], value, rel_tol=1e-9, abs_tol=1e-9) for p in pool)


def _run_cli(path: Path, db: Path, in_process: bool) -> tuple[int, list]:
    argv = [str(path), "--db", str(db), "--json"]
    if in_process:
        from etl import ingest

        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = ingest.main(argv)
        text = out.getvalue()
    else:
        proc = subprocess.run([sys.executable, "-m", "etl.ingest", *argv], cwd=ROOT, capture_output=True,
                              text=True, timeout=300)
        code, text = proc.returncode, proc.stdout
        if code not in (0, 1):
            raise RuntimeError(f"{path.name}: exit {code}\n{proc.stderr[-2000:]}")
    return code, json.loads(text)


def score_file(path: Path, expected: dict, template: Path, work: Path, in_process: bool) -> FileScore:
    here = work / path.stem
    shutil.copytree(template, here)
    db = here / "w.duckdb"
    before = facts_view(db)
    code, report = _run_cli(path, db, in_process)
    after = facts_view(db)
    gained = after - before
    s = FileScore(path.name, bool(expected["refused"]), batch=expected.get("batch", 1), exit_code=code)
    s.expected = {(p, f, i, per, m, float(v)) for p, f, i, per, m, v in expected["facts"]}
    s.gained_any = len(gained)
    s.taken = {(p, f, i, _period_as_reported(per, kind), m, float(v))
               for p, f, i, per, kind, m, v, *_ in gained if m == "actual"}
    one = report[0] if report else {}
    s.status = one.get("status", "")
    s.ignored = one.get("ignored", [])
    s.suggestions = one.get("suggestions", [])
    s.problems = one.get("problems", [])
    shutil.rmtree(here, ignore_errors=True)
    return s


def build_template(work: Path) -> Path:
    template = work / "template"
    template.mkdir()
    subprocess.run([sys.executable, "-m", "etl.build", "--db", str(template / "w.duckdb")], cwd=ROOT,
                   check=True, capture_output=True, text=True, timeout=600)
    return template


def score_corpus(corpus: Path = DEFAULT_CORPUS, *, jobs: int = 1, in_process: bool = False,
                 batch: int | None = None) -> list[FileScore]:
    expected = json.loads((corpus / "expected.json").read_text("utf-8"))
    files = [corpus / "files" / name for name, e in expected.items() if batch in (None, e.get("batch", 1))]
    with tempfile.TemporaryDirectory(prefix="workbook-corpus-") as tmp:
        work = Path(tmp)
        template = build_template(work)
        if jobs <= 1:
            return [score_file(f, expected[f.name], template, work, in_process) for f in files]
        if in_process:
            # NOTE: a few long-lived processes, each calling the ingest in itself (fresh ones:
            # the ingest's own worker processes are forked from them)
            ctx = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(jobs, mp_context=ctx) as pool:
                return list(pool.map(score_file, files, [expected[f.name] for f in files],
                                     [template] * len(files), [work] * len(files), [True] * len(files)))
        with ThreadPoolExecutor(jobs) as pool:
            return list(pool.map(lambda f: score_file(f, expected[f.name], template, work, False), files))


@dataclass
class Totals:
    files: int
    expected: int
    taken: int
    right: int
    must_refuse: int
    refused_right: int
    wrongly_refused: list
    suggestions: int

    @property
    def precision(self) -> float:
        return self.right / self.taken if self.taken else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0


def totals(scores: list[FileScore]) -> Totals:
    return Totals(
        files=len(scores),
        expected=sum(len(s.expected) for s in scores),
        taken=sum(len(s.taken) for s in scores),
        right=sum(len(s.right) for s in scores),
        must_refuse=sum(s.must_refuse for s in scores),
        refused_right=sum(s.refused_right for s in scores),
        wrongly_refused=[s.file for s in scores if not s.must_refuse and s.status == "rejected"],
        suggestions=sum(len(s.suggestions) for s in scores),
    )


def _fmt(fact: tuple) -> str:
    p, f, i, per, m, v = fact
    return f"{p}/{f} {i} {per} {m} = {v:g}"


def report(scores: list[FileScore], verbose: bool = False) -> str:
    t = totals(scores)
    lines = ["| batch | files | facts expected | taken | right | precision | recall | refusals right | suggestions (not taken) |",
             "|---|---|---|---|---|---|---|---|---|"]
    batches = sorted({s.batch for s in scores})
    for name, part in [*((str(b), [s for s in scores if s.batch == b]) for b in batches), ("all", scores)]:
        if name == "all" and len(batches) == 1:
            continue
        u = totals(part)
        lines.append(f"| {name} | {u.files} | {u.expected} | {u.taken} | {u.right} | {u.precision:.2f} | "
                     f"{u.recall:.2f} | {u.refused_right} of {u.must_refuse} | {u.suggestions} |")
    if t.wrongly_refused:
        lines.append("refused although it should load: " + ", ".join(t.wrongly_refused))
    lines.append("")
    lines.append("| file | expected | taken | right | wrong | missed | outcome |")
    lines.append("|---|---|---|---|---|---|---|")
    for s in scores:
        outcome = ("refused ✓" if s.refused_right else f"NOT refused ({s.status}, +{s.gained_any} rows)") \
            if s.must_refuse else s.status
        lines.append(f"| {s.file} | {len(s.expected)} | {len(s.taken)} | {len(s.right)} | {len(s.wrong)} | "
                     f"{len(s.missed)} | {outcome} |")
    if verbose:
        for s in scores:
            if not (s.wrong or s.missed or (s.must_refuse and not s.refused_right) or s.suggestions):
                continue
            lines.append(f"\n## {s.file} ({s.status})")
            for fact in sorted(s.wrong):
                lines.append(f"  WRONG  {_fmt(fact)}")
            for fact in sorted(s.missed):
                lines.append(f"  missed {_fmt(fact)}")
            for sug in s.suggestions:
                lines.append(f"  suggested row {sug.get('row')}: {sug.get('label')!r} → {sug.get('indicator')} "
                             f"({sug.get('score')})")
            for ign in s.ignored:
                lines.append(f"  ignored {ign.get('sheet')}!{ign.get('cell') or ign.get('row')}: "
                             f"{str(ign.get('text') or ign.get('label') or '')[:80]!r} — {str(ign.get('reason'))[:140]}")
            for pr in s.problems:
                lines.append(f"  problem {pr.get('sheet')}!{pr.get('cell')} {pr.get('rule')}: "
                             f"{str(pr.get('message'))[:160]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--jobs", type=int, default=1, help="files scored at once (each in its own process)")
    ap.add_argument("--in-process", action="store_true", help="call etl.ingest.main here, not a new interpreter")
    ap.add_argument("--batch", type=int, help="score only this batch of the corpus")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    scores = score_corpus(args.corpus, jobs=args.jobs, in_process=args.in_process, batch=args.batch)
    print(report(scores, args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
