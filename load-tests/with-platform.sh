#!/usr/bin/env bash
# Runs one benchmark client against a platform of its own: builds the platform and the harness, starts the
# platform in production mode on its own ports with its own embedded MariaDB (data in load-tests/target/<run>,
# fresh every run), waits until it is ready, runs the client class, and stops the platform whatever happens.
# Usage: load-tests/with-platform.sh <run-name> <client main class | script:path/to/client.sh>. Knobs (environment): README.md, "Benchmarks".
set -euo pipefail
cd "$(dirname "$0")/.."

unset PARTICIPATION_DB_URL PARTICIPATION_MAIL_HOST   # always the private MariaDB and mail catcher
http_port=${BENCH_HTTP_PORT:-8280}
db_port=${BENCH_DB_PORT:-3317}
mail_port=${BENCH_MAIL_PORT:-3035}
run_name=$1
main_class=$2
home=load-tests/target/$run_name
log=$home/platform.log

command -v java >/dev/null || { echo "Java 17 or newer is needed" >&2; exit 1; }
command -v mvn >/dev/null || { echo "Maven is needed" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }

if [ "${BENCH_SKIP_BUILD:-false}" != "true" ]; then
  echo "[benchmark] Building the platform and the harness (no tests)"
  mvn -B -q -DskipTests -pl participation-launcher,participation-web,load-tests -am package
fi

rm -rf "$home"
mkdir -p "$home"
platform_pid=
stop_platform() {
  if [ -n "$platform_pid" ] && kill -0 "$platform_pid" 2>/dev/null; then
    echo "[benchmark] Stopping the platform"
    kill -TERM "$platform_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$platform_pid" 2>/dev/null || break
      sleep 1
    done
    kill -KILL "$platform_pid" 2>/dev/null || true
  fi
}
trap stop_platform EXIT
trap 'exit 130' INT TERM

echo "[benchmark] Starting the platform on port $http_port (MariaDB on $db_port; log in $log)"
PARTICIPATION_HTTP_PORT=$http_port \
PARTICIPATION_EMBEDDED_DB_PORT=$db_port \
PARTICIPATION_DEV_MAIL_PORT=$mail_port \
PARTICIPATION_MODE=production \
PARTICIPATION_DEMO_DATA=true \
PARTICIPATION_HEAP=${BENCH_HEAP:-1g} \
PARTICIPATION_BASE_URL=http://localhost:$http_port \
PARTICIPATION_SIGNING_LIMIT_PER_IP=${PARTICIPATION_SIGNING_LIMIT_PER_IP:-100000000} \
PARTICIPATION_SIGNING_LIMIT_PER_DOMAIN=${PARTICIPATION_SIGNING_LIMIT_PER_DOMAIN:-100000000} \
  java -cp "$(cat participation-launcher/target/classpath.txt):participation-launcher/target/classes" \
  org.civicvoice.participation.launcher.Launcher --home "$home" > "$log" 2>&1 &
platform_pid=$!

deadline=$((SECONDS + ${BENCH_START_TIMEOUT:-240}))
until curl -fsS -o /dev/null "http://localhost:$http_port/health/ready" 2>/dev/null; do
  if ! kill -0 "$platform_pid" 2>/dev/null; then
    echo "[benchmark] The platform stopped while starting; the end of $log:" >&2
    tail -30 "$log" >&2
    exit 1
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "[benchmark] The platform was not ready in time; the end of $log:" >&2
    tail -30 "$log" >&2
    exit 1
  fi
  sleep 1
done
echo "[benchmark] The platform is ready"

set +e
if [[ "$main_class" == script:* ]]; then
  # a shell client (wrk, nginx) instead of a Java one
  BENCH_BASE_URL=http://localhost:$http_port BENCH_HOME=$home \
  BENCH_JDBC_URL=jdbc:mariadb://127.0.0.1:$db_port/participation \
    bash "${main_class#script:}"
else
  BENCH_BASE_URL=http://localhost:$http_port \
  BENCH_JDBC_URL=jdbc:mariadb://127.0.0.1:$db_port/participation \
    java -Xmx${BENCH_CLIENT_HEAP:-1g} \
    -cp "load-tests/target/classes:$(cat load-tests/target/classpath.txt)" \
    "$main_class"
fi
status=$?
set -e
exit $status
