"""An index the Ministry computes and publishes (indicators.toml published_index: the PII, its pillars and ranks): a
figure said to be an estimate, a preliminary, provisional or expected one is not it. Shared by the reader
(etl/walk.py, a column's header or a row's label) and the resolver (etl/validate.py, any candidate), so it depends on
the registry only."""
from __future__ import annotations

import re

from metrics import registry
from metrics.names import fold

# a column's, a row's or a sentence's words saying its figure of an index the Ministry publishes is not the published
# one: an estimate, a preliminary or provisional score, an expected one (metrics/header_words.toml
# unpublished_index_words; folded, whole words)
_NOT_PUBLISHED = re.compile(r"(?:^| )(?:%s)(?: |$)" % "|".join(sorted(
    map(re.escape, {fold(w) for w in registry.header_words("unpublished_index_words")}), key=len, reverse=True)))


def not_the_published_index(code: str, status: str, *texts: str) -> bool:
    """Whether a figure of `code` — an index the Ministry computes and publishes (indicators.toml published_index:
    the PII, its pillars and ranks) — is said not to be the published one: estimated, or so worded in `texts` (a
    column's header, a row's label, a sentence). NOTE: wrong47: "PII 2025 (ước tính)", "Điểm PII (sơ bộ)", "Năm 2025
    (dự kiến)" were stored as the province's PII: an estimate of a count is the period's figure (shown as
    estimated), an estimate of the Ministry's index is no index."""
    if not registry.indicator(code).published_index:
        return False
    return status == "estimated" or any(_NOT_PUBLISHED.search(fold(t)) for t in texts if t)


def unpublished_index_reason(cell: str | None, ind: registry.Indicator) -> tuple[str, str]:
    """Why a figure of an index the Ministry publishes, said to be an estimate, a preliminary, provisional or
    expected one, is set aside (Vietnamese, English)."""
    return (f"Ô {cell}: “{ind.name_vi}” là chỉ số do Bộ KH&CN tính và công bố; số ước tính, sơ bộ, tạm tính, dự kiến "
            f"hay tỉnh tự đánh giá không phải số liệu công bố chính thức: không lưu.",
            f"Cell {cell}: “{ind.name_en}” is an index the Ministry computes and publishes; an estimated, preliminary, "
            f"provisional, expected or self-assessed figure is not the officially published one: not stored.")
