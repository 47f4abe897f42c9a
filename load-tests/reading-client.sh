#!/usr/bin/env bash
# The client of reading-benchmark.sh (run by with-platform.sh, which sets BENCH_BASE_URL and BENCH_HOME).
# Pages are read as a first-time reader opens them, without ?lang= (choosing a language sets the lang cookie, and an
# answer that sets a cookie is never cached).
set -euo pipefail
base=${BENCH_BASE_URL:?}
home=${BENCH_HOME:?}
seconds=${BENCH_SECONDS:-20}
connections=${BENCH_CONNECTIONS:-64}
proxy_port=${BENCH_PROXY_PORT:-8381}
petition=${BENCH_PETITION:-}
if [ -z "$petition" ]; then
  # an open petition seeded for this run
  petition=$(java -cp "load-tests/target/classes:$(cat load-tests/target/classpath.txt)" \
    org.civicvoice.participation.load.ReadingSeed)
fi
[ -n "$petition" ] || { echo "[benchmark] No open petition to read" >&2; exit 1; }

need() {
  command -v "$1" >/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "[benchmark] Installing $2 (Debian package)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null
  else
    echo "[benchmark] $1 is needed: apt-get install -y $2" >&2
    exit 1
  fi
}
need wrk wrk
need nginx nginx

# nginx with the repository's configuration, on loopback without TLS, caching into this run's folder
upstream=${base#http://}
mkdir -p "$home/nginx"
conf=$(cd "$home/nginx" && pwd)
mkdir -p "$conf/cache" "$conf/logs"
sed -e "s|server 127.0.0.1:8080;|server $upstream;|" \
    -e "s|/var/cache/nginx/participation|$conf/cache|" \
    -e "s|listen 443 ssl http2;|listen 127.0.0.1:$proxy_port;|" \
    -e '/ssl_certificate/d' -e '/Strict-Transport-Security/d' \
    -e '/^# redirect/,$d' \
    deploy/nginx/participation.conf > "$conf/participation.conf"
cat > "$conf/nginx.conf" <<CONF
worker_processes auto;
pid $conf/nginx.pid;
error_log $conf/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $conf/client_body;
    proxy_temp_path $conf/proxy;
    fastcgi_temp_path $conf/fastcgi;
    uwsgi_temp_path $conf/uwsgi;
    scgi_temp_path $conf/scgi;
    include /etc/nginx/mime.types;
    include $conf/participation.conf;
}
CONF
nginx -p "$conf" -c "$conf/nginx.conf"
trap 'nginx -p "$conf" -c "$conf/nginx.conf" -s stop 2>/dev/null || true' EXIT
proxy=http://127.0.0.1:$proxy_port
for _ in $(seq 1 20); do curl -fsS -o /dev/null "$proxy/" 2>/dev/null && break; sleep 0.5; done

measure() {
  local name=$1 url=$2
  curl -fsS -o /dev/null "$url"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -H 'Accept-Encoding: gzip' "$url" > "$conf/wrk.out" 2>&1
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$conf/wrk.out")
  p50=$(awk '$1=="50%" {print $2}' "$conf/wrk.out")
  p99=$(awk '$1=="99%" {print $2}' "$conf/wrk.out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' "$conf/wrk.out" | tr '\n' ' ')
  printf '%-44s %10s req/s   p50 %8s   p99 %8s   %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-no errors}"
}

size() {
  curl -fsS -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$1"
}

echo "[benchmark] Reading, ${seconds} s per figure, ${connections} connections, 2 wrk threads, all on this machine"
measure "empty request /health/live (Payara)"      "$base/health/live"
measure "count (Payara)"                            "$base/api/petitions/$petition/count"
measure "count (through nginx)"                     "$proxy/api/petitions/$petition/count"
measure "petition page (Payara)"                    "$base/petition/view.xhtml?number=$petition"
measure "petition page (through nginx)"             "$proxy/petition/view.xhtml?number=$petition"
measure "home page (Payara)"                        "$base/"
measure "home page (through nginx)"                 "$proxy/"
echo "[benchmark] Bytes of the petition page: $(size "$base/petition/view.xhtml?number=$petition") from Payara, $(size "$proxy/petition/view.xhtml?number=$petition") through nginx (gzip)"
echo "[benchmark] Cache status of a second page read through nginx: $(curl -fsS -o /dev/null -D - "$proxy/petition/view.xhtml?number=$petition" | awk 'tolower($1)=="x-cache:" {print $2}')"
