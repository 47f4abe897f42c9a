#!/usr/bin/env bash
# The reading benchmark: starts a platform of its own with the demo content, seeds an open petition, then measures with wrk (BENCH_CONNECTIONS
# connections, default 64; BENCH_SECONDS per figure, default 20) an empty request (the server's baseline), a
# petition's count, a petition's page and the home page, each straight from Payara Micro and through nginx with the
# repository's configuration (deploy/nginx/participation.conf: micro-cache and gzip), and prints the figures.
# Installs wrk and nginx from Debian packages when they are missing and it runs as root.
exec "$(dirname "$0")/with-platform.sh" reading-run script:load-tests/reading-client.sh
