#!/usr/bin/env bash
# Runs every test: unit tests, Arquillian integration tests in Payara Micro on a real MariaDB, the EAR on a
# real Payara Server, and browser journeys in headless Chromium with the axe-core accessibility rules.
# Installs the Debian packages the browser tests need when they are missing.
set -euo pipefail
cd "$(dirname "$0")"
bash .ci/install-packages
exec mvn -B verify "$@"
