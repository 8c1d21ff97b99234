#!/usr/bin/env bash
# The national-scale check (#18; not run by CI): a generated country on today's map read in one
# run with all cores. Each of the 34 provinces of 2025 is generated for 2025 from the legacy
# provinces that form it (63 in all, each whole in one 2025 province), together, with
# `generate --province P1,P2 --year 2025 --national-numbers`, which writes the 2025 communes that
# hold the legacy communes chosen (together, because some 2025 communes hold legacy communes of
# two of them). SCALE is the share of the legacy communes generated (at least one per legacy
# province), each with RESIDENTS_PER_COMMUNE residents (10,000: the 10,035 legacy communes make
# about 100 million people at SCALE 1). Then one
#
#     commune-health analyze COUNTRY --units current --format json --jobs $(nproc) --quiet
#
# under /usr/bin/time -v: wall time, throughput and peak resident memory, and the projection for
# the whole country (SCALE 1) on this machine.
#
#   Benchmarks/national.sh [SCALE] [ROUNDS]       (defaults: 0.1, 3 rounds)
#
# The data goes under $TMPDIR/commune-health-national (about 2.3 GB at SCALE 0.1, 23 GB at 1),
# kept for the next run of the same SCALE; check `df -h "$TMPDIR"` first.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE="${1:-0.1}"
ROUNDS="${2:-3}"
PER_COMMUNE="${RESIDENTS_PER_COMMUNE:-10000}"
WORK="${TMPDIR:-/tmp}/commune-health-national"
COUNTRY="$WORK/scale-$SCALE"
REGISTER=Sources/CommuneHealth/Geography/Resources/vn-communes-2025-crosswalk.csv
CORES=$(nproc)

if [ ! -x /usr/bin/time ]; then
    apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
fi
swift build -c release --product commune-health >/dev/null
BIN="$(swift build -c release --show-bin-path)/commune-health"

# Per 2025 province: its code, its legacy provinces joined by commas, their legacy communes.
PROVINCES=$(awk -F, 'NR > 1 && !seen[$5]++ { n[$8]++; if (!member[$8 "," $1]++) legacy[$8] = legacy[$8] (legacy[$8] ? "," : "") $1 }
                     END { for (p in n) print p, legacy[p], n[p] }' "$REGISTER" | sort)

if [ ! -f "$COUNTRY/.complete" ]; then
    rm -rf "$COUNTRY"
    mkdir -p "$COUNTRY"
    echo "generating the country at scale $SCALE under $COUNTRY" >&2
    while read -r province members legacy; do
        communes=$(awk -v n="$legacy" -v s="$SCALE" 'BEGIN { c = int(n * s + 0.5); print (c < 1 ? 1 : c) }')
        "$BIN" generate --out "$COUNTRY/$province" --province "$members" --year 2025 --national-numbers \
            --communes "$communes" --residents "$((communes * PER_COMMUNE))" --seed "$((2025 + 10#$province))" 2>>"$COUNTRY/generate.log"
    done <<<"$PROVINCES"
    touch "$COUNTRY/.complete"
fi

FILES=$(find "$COUNTRY" -name '*.xml' | wc -l)
BYTES=$(find "$COUNTRY" -name '*.xml' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
RESIDENTS=$(awk '{ for (i = 1; i < NF; i++) if ($(i + 1) == "residents,") s += $i } END { print s }' "$COUNTRY/generate.log")
LEGACY=$(awk '{ s += $3 } END { print s }' <<<"$PROVINCES")
echo "country at scale $SCALE: $FILES files (2025 communes), $((BYTES / 1000000)) MB, $RESIDENTS residents; $CORES cores; $ROUNDS rounds"

# One round: wall seconds, CPU seconds (user + system) and peak kB from GNU time; the JSON kept
# for the checks below. The machine may be shared: CPU seconds say what the run itself took.
OUT="$WORK/analyze-$SCALE.json"
SAMPLES=$(mktemp)
for _ in $(seq 1 "$ROUNDS"); do
    log=$(mktemp)
    /usr/bin/time -v -o "$log" "$BIN" analyze "$COUNTRY" --units current --format json --jobs "$CORES" --quiet \
        >"$OUT" 2>"$WORK/analyze-$SCALE.stderr" || true
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; t = s }
                /User time \(seconds\)/ || /System time \(seconds\)/ { cpu += $2 }
                /Maximum resident set size/ { m = $2 }
                END { print t, m, cpu }' "$log" >>"$SAMPLES"
    rm -f "$log"
done
read -r WALL PEAK CPU < <(sort -g "$SAMPLES" | awk '{ t[NR] = $1; c[NR] = $3; if ($2 > m) m = $2 } END { i = int((NR + 1) / 2); print t[i], m, c[i] }')
echo "wall times (s): $(cut -d' ' -f1 "$SAMPLES" | tr '\n' ' '); CPU (s): $(cut -d' ' -f3 "$SAMPLES" | tr '\n' ' '); load: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$SAMPLES"

# What the run found: provinces and communes of 2025, people, the same person in two places.
python3 - "$OUT" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
provinces = report["provinces"]
print(f"report: {len(provinces)} provinces of 2025, {len(report['communes'])} communes, "
      f"{sum(p['population'] for p in provinces):,} residents, "
      f"{len(report['rejectedFiles'])} files rejected, {len(report['invalidRecords'])} invalid records")
PY
echo "standard error: $(wc -l <"$WORK/analyze-$SCALE.stderr") lines"

awk -v t="$WALL" -v cpu="$CPU" -v m="$PEAK" -v b="$BYTES" -v r="$RESIDENTS" -v f="$FILES" -v s="$SCALE" -v l="$LEGACY" -v per="$PER_COMMUNE" -v c="$CORES" 'BEGIN {
    printf "analyze --units current --format json --jobs %d: median %.2f s, %.0f MB/s, %.2f million residents/s, %.0f files/s, peak RSS %.0f MB\n",
        c, t, b / 1e6 / t, r / 1e6 / t, f / t, m / 1024
    printf "CPU (user + system) of the median round: %.1f s, %.0f MB per CPU second (the wall time if the %d cores were the run'"'"'s alone: %.1f s)\n",
        cpu, b / 1e6 / cpu, c, cpu / c
    full_r = l * per; factor = full_r / r
    printf "projection for the whole country (%d legacy communes, %.1f million residents, about %.1f GB): %.0f s at %.0f MB/s",
        l, full_r / 1e6, b * factor / 1e9, t * factor, b / 1e6 / t
    printf " (bytes and residents scale by %.2fx); %.0f s if the %d cores were the run'"'"'s alone\n", factor, cpu * factor / c, c
}'
