#!/usr/bin/env bash
# The province's public record at a province's scale: the workspace bench's database and hub-core
# (bench/bench-workspace.sh, which see for every setting), measured as citizens load the figures
# pages and the search box, each at BENCH_RATES requests/s (default 30) for BENCH_SECONDS (60).
#   bench/bench-public.sh [TICKETS]      (default 1000000; BENCH_REUSE_DB=1 keeps a generated one)
set -euo pipefail
BENCH_DRIVER=public exec "$(dirname "$0")/bench-workspace.sh" "$@"
