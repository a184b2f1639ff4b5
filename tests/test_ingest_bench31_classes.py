"""bench31: what a page sends for a shared chart is what plotly itself encodes for that figure — the
text made once per figure (views.charts.SharedFigure, _shared_to_json), not in every run."""
from __future__ import annotations

import json

import plotly.graph_objects as go
import plotly.io as pio
from streamlit.testing.v1 import AppTest

from views import charts


def _figure() -> go.Figure:
    # what plotly escapes ('<', '>', '/') and what it must not mangle (Vietnamese, a line break)
    fig = go.Figure(go.Scatter(x=[2020, 2021, 2022], y=[1.5, None, 3.25], mode="lines+markers",
                               name="Sơn La", hovertemplate="<b>%{x}</b><br>Nhiệm vụ: %{y}<extra></extra>"))
    fig.update_layout(title="Số nhiệm vụ KH&CN — 1/2 năm", annotations=[dict(text="Nguồn: Sở KH&CN<br>2024", y=-0.2,
                                                                              yref="paper", showarrow=False)])
    return fig


def test_a_shared_chart_is_sent_as_plotly_encodes_the_same_figure():
    fig = _figure()
    shared = charts.SharedFigure(fig)
    want = charts._to_json(fig, validate=False)  # plotly's own, as st.plotly_chart encoded it before
    assert pio.to_json(shared, validate=False) == want
    assert shared.to_json() == want  # the figure's own method goes through plotly.io.to_json
    assert json.loads(pio.to_json(shared, pretty=True)) == json.loads(want)  # other options: plotly's
    assert pio.to_json(fig, validate=False) == want  # a figure not shared: plotly as before


def _draw():
    import streamlit as st

    from tests.test_ingest_bench31_classes import _figure
    from views import charts

    fig = charts.SharedFigure(_figure())
    st.plotly_chart(fig, key="one", on_select="rerun", selection_mode="points")
    st.plotly_chart(fig, key="two")


def test_the_page_sends_the_same_chart_on_every_run(monkeypatch):
    at = AppTest.from_function(_draw, default_timeout=60)
    want = charts._to_json(_figure(), validate=False)
    encoded = []
    real = charts._to_json
    monkeypatch.setattr(charts, "_to_json", lambda fig, **kw: encoded.append(fig) or real(fig, **kw))
    for _ in range(2):  # the first run and the next (the shared text) alike
        at.run()
        assert not at.exception
        specs = [e.proto.spec for e in at.get("plotly_chart")]
        assert specs == [want, want]
    # what is sent is the text made with the figure (SharedFigure), not plotly's encoding in each
    # run: st.plotly_chart hands plotly.io.to_json the figure's to_dict(), which is known
    assert encoded and not [f for f in encoded if isinstance(f, dict)]  # plotly encoded the figures made, no chart drawn
