"""The prose extractor's door to the one label matcher.

NOTE: temporary. The shared matcher (`etl.labels.match_label`, issue 8) names indicators for the
Excel ingest and for prose alike; until it is on main this adapter falls back to the registry's
exact alias lookup (`metrics.registry.match_indicator`), which the matcher extends."""
from __future__ import annotations

from functools import lru_cache

from metrics import registry


@lru_cache(maxsize=4096)
def name(label: str) -> tuple[str | None, float]:
    """(indicator code, score 0..1) for a label, or (None, 0) when it is not taken."""
    try:
        from etl.labels import match_label  # the shared matcher, once it exists
    except ImportError:
        code = registry.match_indicator(label)
        return (code, 1.0) if code else (None, 0.0)
    m = match_label(label)
    if m.outcome == "taken":
        return m.indicator, float(m.score)
    return None, 0.0
