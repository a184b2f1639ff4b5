#!/usr/bin/env bash
# deploy/start.sh [N] [PORT]   start N app processes behind nginx on PORT (default 2, 8080)
# deploy/start.sh stop         stop what the last start started
#
# Every process serves the same warehouse (ST_DASHBOARD_DB) by reading its published snapshot
# (<name>.snapshot/ beside the file); uploads write through the one writer lock, and every
# commit publishes a new snapshot that all processes pick up at their next query.
set -euo pipefail
cd "$(dirname "$0")/.."
RUN=${ST_RUN_DIR:-/tmp/st-dashboard-run}
if [ "${1:-}" = "stop" ]; then
  for f in "$RUN"/*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true; rm -f "$f"; done
  exit 0
fi
N=${1:-2}; PORT=${2:-8080}; BASE=${ST_BASE_PORT:-8501}
mkdir -p "$RUN/logs"
upstream=""
for i in $(seq 0 $((N - 1))); do
  p=$((BASE + i))
  python3 -m tools.serve --server.headless true --server.address 127.0.0.1 --server.port "$p" \
    --server.fileWatcherType none --browser.gatherUsageStats false >"$RUN/logs/app-$p.log" 2>&1 &
  echo $! >"$RUN/app-$p.pid"
  upstream="$upstream        server 127.0.0.1:$p;\n"
done
sed -e "s|        server 127.0.0.1:8501;|$upstream|" -e "s|listen 8080;|listen $PORT;|" \
    -e "s|pid /tmp/st-dashboard-nginx.pid;|pid $RUN/nginx.pid;|" deploy/nginx.conf >"$RUN/nginx.conf"
nginx -p "$RUN" -c "$RUN/nginx.conf" -g "daemon off;" >"$RUN/logs/nginx.log" 2>&1 &
echo $! >"$RUN/nginx-master.pid"
for i in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/_stcore/health" >/dev/null 2>&1 && { echo "serving on http://127.0.0.1:$PORT ($N processes)"; exit 0; }
  sleep 0.5
done
echo "not healthy after 60 s; see $RUN/logs" >&2; exit 1
