#!/usr/bin/env bash
# The large-consultation measurement: seeds an open consultation with 303 units in two versions and 5,000 comments
# through JDBC, then times the public page with its per-unit counts, the consultation's JSON and the diff of the
# two versions, one request at a time, and prints the figures. Knobs (environment): see README.md, "Benchmarks".
exec "$(dirname "$0")/with-platform.sh" consultation-run org.civicvoice.participation.load.ConsultationPageBenchmark
