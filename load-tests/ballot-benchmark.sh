#!/usr/bin/env bash
# The voting-day benchmark: seeds verified citizens with access tokens and a budget in its voting phase through
# JDBC, submits one money ballot per citizen for BENCH_SECONDS with BENCH_WRITERS threads (each with its own bearer
# token), checks that every accepted ballot is stored once with its projects and none exceeds the money, and prints
# ballots/s with latency percentiles. Knobs (environment): see README.md, "Benchmarks".
exec "$(dirname "$0")/with-platform.sh" ballot-run org.civicvoice.participation.load.BallotBenchmark
