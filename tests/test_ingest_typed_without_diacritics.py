"""A report typed without a Vietnamese keyboard ("Nhiem vu KH&CN duoc nghiem thu", "DVT: trieu
dong"): a person reads the same figures, so must the ingest. Found by the corpus variant "no
diacritics" (tests/fixtures/corpus/variants.py; 4 December 2026: of 2,060 facts of the corpus's
.xlsx reports, 35 were lost and 8 stored wrong — triệu đồng as tỷ đồng, a span's rate at the
column's year). Each report is built here with diacritics, then typed without them."""
from __future__ import annotations

from tests.fixtures.corpus.variants import without_diacritics
from tests.fixtures.reports import MARK, examine, head, taken


def _typed_bare(rows: list[list]) -> list[list]:
    return [[without_diacritics(v) if isinstance(v, str) else v for v in row] for row in rows]


def test_a_money_unit_stated_above_the_table_without_diacritics_is_converted():
    """"DVT: trieu dong" above a funding table: 12.350 triệu đồng are 12,35 tỷ đồng (read without
    the unit line, they were stored as 12.350 tỷ đồng)."""
    got = taken(examine(_typed_bare([
        *head("Yên Bái", "Kinh phí thực hiện nhiệm vụ KH&CN năm 2022"),
        [None, None, None, "ĐVT: triệu đồng"],
        ["STT", "Nguồn kinh phí", "Năm 2021", "Năm 2022"],
        ["1", "Kinh phí ngân sách nhà nước cho nhiệm vụ KH&CN", 11500, 12350],
    ])))
    assert got[("15", "63", "tasks_funding_state", "2022", "actual")] == 12.35
    assert got[("15", "63", "tasks_funding_state", "2021", "actual")] == 11.5


def test_a_span_named_in_the_label_without_diacritics_is_the_facts_period():
    """"… của tỉnh giai doan 2020-2023" in a half-year column: the rate is the span's, as with
    diacritics (it was stored as the first half of 2023's)."""
    got = taken(examine(_typed_bare([
        *head("Ninh Thuận", "Kết quả thực hiện nhiệm vụ 06 tháng đầu năm 2023"),
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 6 tháng đầu năm 2023"],
        [1, "Tỷ lệ (%) TFP đóng góp trong tăng trưởng GRDP của tỉnh giai đoạn 2020-2023", "%", 33],
        [2, "Nhiệm vụ KH&CN cấp tỉnh được nghiệm thu", "Nhiệm vụ", 6],
    ])))
    assert got == {("58", "63", "tfp_contribution", "2020/2023", "actual"): 33,
                   ("58", "63", "tasks_accepted_provincial", "2023-S1", "actual"): 6}


def test_a_bilingual_table_without_diacritics_reads_the_vietnamese_label_first():
    """"Chi tieu | Indicator": the English column is the Vietnamese label's twin, not its sub-item;
    a row whose English words name nothing the registry knows is read by its Vietnamese label."""
    got = taken(examine(_typed_bare([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐẮK LẮK"], [MARK],
        ["STT", "Chỉ tiêu", "Indicator", "ĐVT", "Năm 2024"],
        ["1", "Số nhiệm vụ KH&CN được quản lý", "S&T tasks managed", "nhiệm vụ", 63],
        ["2", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình", "Share of procedures fully online", "%", 100],
    ])))
    assert got[("66", "63", "tasks_managed", "2024", "actual")] == 63
    assert got[("66", "63", "tthc_level4_rate", "2024-12-31", "actual")] == 100


def test_former_provinces_written_without_diacritics_are_the_former_provinces():
    """"Khanh Hoa (cu) | Ninh Thuan (cu)" under the first half of 2025 in the new Khánh Hòa's
    report: each column is a former province's (they were left as headers saying nothing)."""
    got = taken(examine(_typed_bare([
        *head("Khánh Hòa", "Kết quả thực hiện một số chỉ tiêu khoa học và công nghệ năm 2025"),
        ["STT", "Chỉ tiêu", "ĐVT", "6 tháng đầu năm 2025 (trước sắp xếp)", None, "6 tháng cuối năm 2025"],
        [None, None, None, "Khánh Hòa (cũ)", "Ninh Thuận (cũ)", None],
        ["1", "Nhiệm vụ KH&CN được đánh giá, nghiệm thu", "nhiệm vụ", 9, 5, 14],
    ], ), merges=("D6:E6",)))
    assert got[("56", "63", "tasks_accepted", "2025-S1", "actual")] == 9
    assert got[("58", "63", "tasks_accepted", "2025-S1", "actual")] == 5


def test_the_city_level_without_diacritics_is_the_provincial_level():
    """"- Cap thanh pho" under a city's tasks managed is its provincial level, as "Cấp thành phố"
    is (it was matched against nothing and its figure lost)."""
    got = taken(examine(_typed_bare([
        *head("Cần Thơ", "Tình hình thực hiện nhiệm vụ khoa học và công nghệ năm 2026", city=True),
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2026"],
        ["1", "Nhiệm vụ KH&CN đang quản lý", "nhiệm vụ", 78],
        [None, "Trong đó: - Cấp quốc gia", "nhiệm vụ", 6],
        [None, "- Cấp thành phố", "nhiệm vụ", 52],
        [None, "- Cấp cơ sở", "nhiệm vụ", 20],
    ])))
    assert got[("92", "34", "tasks_managed_provincial", "2026", "actual")] == 52
    assert got[("92", "34", "tasks_managed", "2026", "actual")] == 78


def _pattern_texts(tree) -> list[str]:
    """The texts of etl/prose.py's patterns: the first argument of every `re.…(...)` call and every
    string of a module-level constant (`_PLAN`, `_CLASSIFIERS`, `_NUMW`, …)."""
    import ast

    texts = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args:
            texts += [n.value for n in ast.walk(node.args[0]) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    for top in tree.body:
        if isinstance(top, ast.Assign) and all(isinstance(t, ast.Name) and t.id.lstrip("_").isupper() for t in top.targets):
            texts += [n.value for n in ast.walk(top.value) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    return texts


def test_every_word_the_narrative_reader_matches_is_declared():
    """A sentence typed without diacritics is given them back from declared words only
    (metrics/abbreviations.toml), no longer from the reader's source text: a word with diacritics that
    etl/prose.py's patterns match and no section declares could never be given back, and a bare
    sentence saying it would go unread. Each such word is declared ([sentence_words] or the
    sections the reader builds its patterns from)."""
    import ast
    import re
    from pathlib import Path

    from etl.labels import declared_table

    words: set[str] = set()

    def add(value) -> None:
        if isinstance(value, str):
            words.update(w.lower() for w in re.findall(r"[^\W\d_]+", value))
        elif isinstance(value, (list, dict)):
            for v in (value.values() if isinstance(value, dict) else value):
                add(v)

    add(declared_table())
    prose = Path(__file__).resolve().parent.parent / "etl" / "prose.py"
    missing = set()
    for text in _pattern_texts(ast.parse(prose.read_text("utf-8"))):
        text = re.sub(r"\[[^\]]*\]|\\[a-zA-Z]", " ", text)   # character classes and escapes are no words
        missing |= {w.lower() for w in re.findall(r"[^\W\d_]+", text) if not w.isascii()} - words
    assert not missing, f"words of etl/prose.py's patterns that metrics/abbreviations.toml does not declare: {sorted(missing)}"
