#!/usr/bin/env bash
# The signing benchmark: seeds verified citizens with access tokens and one open petition through JDBC, signs it
# for BENCH_SECONDS with BENCH_WRITERS threads (each citizen once, with their own bearer token) while
# BENCH_READERS threads poll its count, checks that no signature was lost or doubled, measures MariaDB's raw
# durable insert rate for comparison and prints the figures. Knobs (environment): see README.md, "Benchmarks".
exec "$(dirname "$0")/with-platform.sh" signing-run org.civicvoice.participation.load.SigningBenchmark
