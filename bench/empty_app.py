"""The floor of the page benchmarks: an empty Streamlit page (one line of text)."""
import streamlit as st

st.write("empty")
