"""The layers as contracts (.importlinter, run by import-linter): a forbidden import fails here
with both modules named; the fact columns declared in metrics.schema are the warehouse's."""
from __future__ import annotations

import configparser
import re
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from metrics import schema

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / ".importlinter"
PACKAGES = ("etl", "metrics", "views", "pages", "bench", "tests")
# what etl may use of metrics: the registry side (issue 7), and the accounts store (issue 11:
# scopes, audit), which the writer checks and records
REGISTRY_SIDE = {"registry", "names", "periods", "schema", "store", "accounts"}


def lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    # wide columns: import-linter wraps its report at the terminal width, splitting module names
    env = {**os.environ, "COLUMNS": "200", "PYTHONPATH": str(cwd)}
    return subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
         "sys.exit(lint_imports_command())", "--no-cache", "--config", str(cwd / ".importlinter")],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_the_architecture_contracts_hold():
    run = lint_imports(ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


def test_every_metrics_module_is_on_one_side_of_the_etl_contract():
    cfg = configparser.ConfigParser()
    cfg.read(CONFIG, encoding="utf-8")
    forbidden = {m.strip().removeprefix("metrics.") for m in
                 cfg["importlinter:contract:etl-uses-only-the-registry-side"]["forbidden_modules"].split()}
    modules = {p.stem for p in (ROOT / "metrics").glob("*.py") if p.stem != "__init__"}
    unplaced = modules - forbidden - REGISTRY_SIDE
    assert not unplaced, (f"metrics modules {sorted(unplaced)} are on neither side: add them to "
                          "forbidden_modules in .importlinter, or to REGISTRY_SIDE if etl may use them")
    assert not forbidden & REGISTRY_SIDE
    assert REGISTRY_SIDE <= modules


@pytest.fixture(scope="module")
def tree_copy(tmp_path_factory) -> Path:
    """The Python files of the layers, copied so that a test can break a rule in them."""
    dest = tmp_path_factory.mktemp("tree")
    for package in PACKAGES:
        for f in (ROOT / package).rglob("*.py"):
            target = dest / f.relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, target)
    shutil.copyfile(CONFIG, dest / ".importlinter")
    return dest


@pytest.mark.parametrize("module, line, message", [
    ("metrics/periods.py", "import etl.warehouse", "metrics.periods -> etl.warehouse"),
    ("metrics/registry.py", "import streamlit", "metrics.registry -> streamlit"),
    ("metrics/queries.py", "import plotly.graph_objects", "metrics.queries -> plotly"),
    ("views/fmt.py", "from etl import load", "views.fmt -> etl.load"),
    ("etl/validate.py", "from views import fmt", "etl.validate -> views.fmt"),
    ("etl/curated.py", "from metrics import queries", "etl.curated -> metrics.queries"),
    ("views/ui.py", "import pages.overview", "views.ui -> pages.overview"),
    ("tests/test_numbers.py", "import bench.ingest_bench", "tests.test_numbers -> bench.ingest_bench"),
    # a cycle hidden inside a function counts
    ("etl/uploads.py", "def _later():\n    from etl import pipeline", ".uploads -> .pipeline"),
])
def test_a_forbidden_import_fails_naming_both_modules(tree_copy, module, line, message):
    path = tree_copy / module
    original = path.read_text("utf-8")
    path.write_text(original + "\n\n" + line + "\n", "utf-8")
    try:
        run = lint_imports(tree_copy)
    finally:
        path.write_text(original, "utf-8")
    assert run.returncode != 0, run.stdout
    assert message in run.stdout, run.stdout


def test_the_warehouse_has_exactly_the_declared_columns():
    from etl import load

    con = duckdb.connect()
    load.create_schema(con)  # the base schema and the read model the `facts` view reads

    def columns(table: str) -> list[str]:
        return [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]

    assert tuple(columns("facts")) == schema.FACT_COLUMNS
    assert tuple(columns("computed_facts")) == schema.FACT_COLUMNS
    assert tuple(columns("facts_today"))[:len(schema.FACT_COLUMNS)] == schema.FACT_COLUMNS
    assert tuple(columns("sources")) == schema.SOURCE_COLUMNS
    observation_columns = columns("observations")
    assert set(schema.OBSERVATION_COLUMNS) <= set(observation_columns)
    assert set(schema.FACT_KEY) <= set(schema.EXAMINED_COLUMNS) <= set(observation_columns)


# One message table per layer — views.i18n (TEXT, t) and etl.messages (MESSAGES, say); metrics
# holds only the domain's own names (indicators', provinces', periods') in both languages — and
# one function, metrics.names.pick, chooses the language for all three. Anywhere else a choice
# like `'và' if lang == 'vi' else 'and'` would be a second, unchecked table.
LANGUAGE_CHOICE = "metrics/names.py"
INLINE_CHOICE = re.compile(r"""\blang\w*\(?\)?\s*[!=]=\s*["'](vi|en)["']|\bif\s+en\s+else\b""")


def test_no_inline_language_choice_outside_the_message_tables():
    found = []
    for folder in ("pages", "views", "etl", "metrics"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel == LANGUAGE_CHOICE:
                continue
            for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
                if INLINE_CHOICE.search(line):
                    found.append(f"{rel}:{n}: {line.strip()}")
    found += [f"app.py:{n}: {line.strip()}" for n, line in enumerate((ROOT / "app.py").read_text("utf-8").splitlines(), 1)
              if INLINE_CHOICE.search(line)]
    assert not found, "choose the language through views.i18n.t, etl.messages.say or metrics.names.pick:\n" + "\n".join(found)


def test_the_language_check_catches_an_inline_choice():
    assert INLINE_CHOICE.search("x = 'và' if lang == 'vi' else 'and'")
    assert INLINE_CHOICE.search('if lang() == "en":')
    assert not INLINE_CHOICE.search('x = pick("và", "and", lang)')
