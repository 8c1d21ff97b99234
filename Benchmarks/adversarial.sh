#!/usr/bin/env bash
# Peak memory and time of `analyze` on the adversarial exports (#26): every per-resident or
# per-measurement list at its worst. Prints one Markdown row per case and format:
# case, records, format, peak resident memory (GNU time's maximum resident set), wall seconds,
# user CPU seconds (which a loaded machine does not stretch as it does the wall time), bytes out.
#
#   Benchmarks/adversarial.sh [BINARY]
#
# BINARY: the commune-health to measure (default: this checkout's, built in release). The exports
# are written by this checkout's own `generate --adversarial` (so an older BINARY can be measured
# on the same bytes; GENERATOR names another build that has it) under
# $TMPDIR/commune-health-adversarial. Environment: CASES (default: all,
# with their sizes below), FORMATS (default: json csv table markdown html xlsx), JOBS (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/time ]; then
    apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi

if [ -z "${GENERATOR:-}" ]; then
    swift build -c release --product commune-health >/dev/null
    GENERATOR="$(swift build -c release --show-bin-path)/commune-health"
fi
generator="$GENERATOR"
binary="${1:-$generator}"
root="${TMPDIR:-/tmp}/commune-health-adversarial"
cases="${CASES:-placeholder-number:20000 shared-number:20000 shared-number-files:20000 one-child-measured:10000 children-one-id:10000 residents-one-id:10000}"
formats="${FORMATS:-json csv table markdown html xlsx}"
jobs="${JOBS:-1}"

echo "| case | records | format | peak MB | wall s | user s | output bytes |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for entry in $cases; do
    name="${entry%%:*}" count="${entry##*:}"
    folder="$root/$name-$count"
    [ -d "$folder" ] || "$generator" generate --adversarial "$name" --residents "$count" --out "$folder" 2>/dev/null
    for format in $formats; do
        out="$root/out.$format"
        rm -f "$out"
        /usr/bin/time -f "%M %e %U" -o "$root/time" "$binary" analyze "$folder" --format "$format" --output "$out" \
            --jobs "$jobs" --quiet 2>/dev/null || true
        read -r kilobytes seconds user < <(tail -1 "$root/time")
        bytes=$(stat -c %s "$out" 2>/dev/null || echo 0)
        printf '| %s | %s | %s | %.1f | %s | %s | %s |\n' "$name" "$count" "$format" "$(awk "BEGIN { print $kilobytes / 1024 }")" \
            "$seconds" "$user" "$bytes"
        rm -f "$out"
    done
done
