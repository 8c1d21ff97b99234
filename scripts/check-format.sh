#!/usr/bin/env bash
# #29: the Swift code is as `swift format` (the toolchain's, 6.x) writes it with .swift-format at
# the root: 4 spaces, 160 columns, and the rules the code keeps (the ones it does not keep are off
# in the file). Fails, naming each file and line, when a file is not; `scripts/check-format.sh
# --fix` rewrites them in place.
set -euo pipefail
cd "$(dirname "$0")/.."
paths=(Sources Tests Benchmarks/Benchmarks Fuzz/Sources Package.swift Benchmarks/Package.swift Fuzz/Package.swift)
if [ "${1:-}" = "--fix" ]; then
    exec swift format format --in-place --recursive "${paths[@]}"
fi
if ! swift format lint --strict --recursive "${paths[@]}"; then
    echo "check-format: the files above are not as swift format writes them; run scripts/check-format.sh --fix" >&2
    exit 1
fi
echo "check-format: every Swift file is as swift format writes it"
