#!/usr/bin/env bash
# The routing benchmark: seeds BENCH_CASES cases (half in one ministry's queue) and an official with an access
# token through JDBC, then measures the officials' reads (queue page, overdue filter, counts, a case file) and the
# public transparency figures, BENCH_SECONDS each with BENCH_READERS threads, and prints the figures.
exec "$(dirname "$0")/with-platform.sh" routing-run org.civicvoice.participation.load.RoutingBenchmark
