#!/usr/bin/env bash
# Fuzzes the reader and the whole per-file analysis with libFuzzer under AddressSanitizer.
#
#   Fuzz/run.sh MINUTES [JOBS]
#
# Seeds: SampleData, the conformance-style fixtures and the hostile corpus under Tests/. New
# inputs go to .fuzz/corpus (ignored by git); crashes, leaks and timeouts to .fuzz/artifacts.
# Keep every finding as a regression fixture under Tests/CommuneHealthTests/Fixtures/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES="${1:?usage: Fuzz/run.sh MINUTES [JOBS]}"
JOBS="${2:-1}"

FLAGS=(--package-path Fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address)
swift build "${FLAGS[@]}"
FUZZER="$(swift build "${FLAGS[@]}" --show-bin-path)/ExportFuzzer"

mkdir -p .fuzz/corpus .fuzz/artifacts
find SampleData Tests/CommuneHealthTests/Fixtures -type f -name '*.xml' -size -256k \
    -exec cp -n {} .fuzz/corpus/ \; 2>/dev/null || true

"$FUZZER" .fuzz/corpus \
    -max_total_time=$((MINUTES * 60)) -jobs="$JOBS" -workers="$JOBS" \
    -max_len=262144 -timeout=10 -rss_limit_mb=2048 -detect_leaks=1 \
    -artifact_prefix=.fuzz/artifacts/ -print_final_stats=1
