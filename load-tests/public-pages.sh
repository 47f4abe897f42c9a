#!/usr/bin/env bash
# Measures the public, read-only side of a running platform with wrk (Debian package "wrk"): the home
# page, a body's page and the JSON API, each for a fixed time, and prints requests per second and latency.
# Usage: load-tests/public-pages.sh [BASE_URL] [SECONDS] [CONNECTIONS]
# Only for a platform you run yourself, on this machine (default http://localhost:8080).
set -euo pipefail
base=${1:-http://localhost:8080}
seconds=${2:-20}
connections=${3:-32}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
case "$base" in
  http://localhost*|http://127.*|http://\[::1\]*) ;;
  *) echo "Refusing to load $base: only a platform on this machine is measured." >&2; exit 1 ;;
esac
curl -fsS -o /dev/null "$base/health/ready" || { echo "The platform at $base is not ready." >&2; exit 1; }

measure() {
  local name=$1 path=$2
  curl -fsS -o /dev/null "$base$path"   # warm up this page once
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$base$path" > /tmp/wrk.$$ 2>&1
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' /tmp/wrk.$$)
  p50=$(awk '$1=="50%" {print $2}' /tmp/wrk.$$)
  p99=$(awk '$1=="99%" {print $2}' /tmp/wrk.$$)
  errors=$(awk '/Non-2xx|Socket errors/ {print}' /tmp/wrk.$$ | tr '\n' ' ')
  printf '%-28s %10s req/s   p50 %8s   p99 %8s   %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-no errors}"
  rm -f /tmp/wrk.$$
}

echo "Public pages of $base, ${seconds} s each, ${connections} connections, 2 wrk threads"
measure "home page (HTML)"         "/?lang=en"
measure "body page (HTML)"         "/organisation/body.xhtml?slug=ministry-of-health"
measure "bodies (JSON, page of 50)" "/api/bodies"
measure "regions (JSON)"           "/api/regions"
echo "Sessions open after the run (should stay 0 for public pages): see /metrics or the server's monitoring."
