"""The reader's memory: the functions that score a label or build a pattern from the declared words are
remembered (functools caches), and a cache decorator stands over the function it was written for.

Why a test: twice (review22b on 5 December, wrong48 on 6 December) a function was written between a cache
decorator and its function. The new function took the cache, the old one silently lost it, every reading
stayed right, and an upload's examine (and the suite) became 3× slower: the label matcher scored every
row's label against every indicator each time it was asked. Only benchmarks showed it, days later."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from etl import headers, labels, prose

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(p for pkg in ("etl", "metrics", "views") for p in (ROOT / pkg).glob("*.py"))


def _is_cache(decorator: ast.expr) -> bool:
    text = ast.unparse(decorator)
    return "lru_cache" in text or text.endswith("cache")


def misplaced_caches(source: str) -> list[str]:
    """Functions with two cache decorators stacked (what is left when a function is written between a
    decorator and its own function), and pattern builders with no argument that build their pattern anew on
    every call (what the function that lost its decorator looks like)."""
    found = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        caches = [d for d in node.decorator_list if _is_cache(d)]
        if len(caches) > 1:
            found.append(f"{node.name} (line {node.lineno}): {len(caches)} caches stacked")
        takes_nothing = not (node.args.args or node.args.kwonlyargs or node.args.vararg or node.args.kwarg)
        builds_pattern = any(isinstance(r, ast.Return) and r.value is not None
                             and "re.compile(" in ast.unparse(r.value) for r in ast.walk(node))
        if node in tree.body and takes_nothing and builds_pattern and not caches:
            found.append(f"{node.name} (line {node.lineno}): a pattern built anew on every call")
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_cache_stands_over_the_function_it_was_written_for(path):
    assert misplaced_caches(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_a_function_written_between_a_decorator_and_its_function():
    # the shape review22b left in etl/labels.py: the new pattern builder under both decorators, the old
    # function (a rule asked once per row) under none
    source = (
        "import re\nfrom functools import lru_cache\n\n"
        "@lru_cache(maxsize=1 << 12)\n@lru_cache(maxsize=1)\ndef _whole_list():\n    return re.compile('x')\n\n"
        "def heading_rules_out(code, heading):\n    return None\n")
    assert misplaced_caches(source) == ["_whole_list (line 6): 2 caches stacked"]
    # and the shape wrong48 left: the pattern builder took the matcher's decorator, a later builder has none
    source = ("import re\nfrom functools import lru_cache\n\n"
              "@lru_cache(maxsize=1)\ndef _words():\n    return re.compile('a')\n\n"
              "def _other_place():\n    return re.compile('b')\n")
    assert misplaced_caches(source) == ["_other_place (line 8): a pattern built anew on every call"]


# the functions asked for every row, cell or figure of a report (each is a pure function of its arguments:
# the registry's words are fixed for a process)
HOT = [labels._match, labels.match_in_context, labels.match_under_heading, labels.match_part_of_heading,
       labels.heading_rules_out, labels.whole_lists_out, labels.label_tokens, headers._header_role,
       prose._other_place, prose._locality_kind_part]


@pytest.mark.parametrize("function", HOT, ids=lambda f: f"{f.__module__}.{f.__name__}")
def test_the_readers_hot_functions_are_remembered(function):
    assert hasattr(function, "cache_info"), f"{function.__module__}.{function.__name__} lost its cache"


def test_the_label_matcher_answers_a_label_it_has_seen_from_memory():
    label = "Số nhiệm vụ KH&CN đang quản lý (kiểm thử bộ nhớ)"
    first = labels.match_label(label)
    hits = labels._match.cache_info().hits
    again = labels.match_label(label)
    assert again == first
    assert labels._match.cache_info().hits > hits


def test_the_caches_can_be_cleared_after_the_registry_changes():
    # clear_caches() names each remembered function: one that lost its cache made it fail (since 5 December)
    labels.clear_caches()
    assert labels._match.cache_info().currsize == 0
