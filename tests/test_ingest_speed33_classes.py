"""speed33: what a table shows is the same when its Arrow bytes are written once per shared table
(views.cache.for_screen, _table_bytes) — Streamlit's own bytes, the first and every later time,
and another table's are its own."""
import pandas as pd
import pyarrow as pa
from streamlit import dataframe_util

from views import cache


def test_a_shared_table_is_sent_as_streamlits_own_bytes_every_time():
    df = pd.DataFrame({"Tỉnh": ["Ninh Thuận", "Khánh Hòa"], "Năm": [2023, 2024], "Giá trị": ["36 nhiệm vụ", "32 nhiệm vụ"]})
    shared = cache.for_screen(df)
    own = cache._to_arrow_bytes(shared)
    first, again = dataframe_util.convert_arrow_table_to_arrow_bytes(shared), dataframe_util.convert_arrow_table_to_arrow_bytes(shared)
    assert first == own and again == own
    assert pa.ipc.open_stream(again).read_all().to_pandas().equals(df)
    other = cache.for_screen(df.assign(**{"Giá trị": ["37 nhiệm vụ", "32 nhiệm vụ"]}))
    assert "37 nhiệm vụ" in pa.ipc.open_stream(dataframe_util.convert_arrow_table_to_arrow_bytes(other)).read_all()["Giá trị"].to_pylist()
    unshared = pa.Table.from_pandas(df.head(1), preserve_index=False)  # a table no page shares: written as before
    assert dataframe_util.convert_arrow_table_to_arrow_bytes(unshared) == cache._to_arrow_bytes(unshared)


def test_a_shared_table_gone_leaves_no_bytes_for_a_new_one_at_its_address():
    table = cache.for_screen(pd.DataFrame({"a": [1, 2]}))
    key = id(table)
    dataframe_util.convert_arrow_table_to_arrow_bytes(table)
    del table
    assert key not in cache._arrow_bytes
