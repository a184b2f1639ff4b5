# The dashboard as a container: the same two commands as on a machine (README).
# One image, two roles (deploy/compose.yaml): the writer (uploads; the warehouse volume read-write)
# and N readers (ST_DASHBOARD_READ_ONLY=1; the same volume mounted read-only: they read only the
# published snapshot beside the warehouse file and never open the file itself).
FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    ST_DASHBOARD_DB=/warehouse/st_dashboard.duckdb
COPY requirements.txt .
RUN python -m pip install -r requirements.txt
COPY app.py ./
COPY tools tools
COPY pages pages
COPY views views
COPY metrics metrics
COPY etl etl
COPY data data
COPY .streamlit .streamlit
EXPOSE 8501
HEALTHCHECK --interval=10s --timeout=3s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health')"
CMD ["python", "-m", "tools.serve", "--server.address=0.0.0.0", "--server.port=8501", \
     "--server.headless=true", "--server.fileWatcherType=none", "--browser.gatherUsageStats=false"]
