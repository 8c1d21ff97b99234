#!/usr/bin/env bash
# Fuzzes one harness with libFuzzer under AddressSanitizer (Fuzz/README.md).
#
#   Fuzz/run.sh MINUTES [JOBS] [HARNESS]
#
# MINUTES 0 seeds the corpus and runs each of its inputs once, without fuzzing.
# HARNESS is ExportFuzzer (the default: the reader and the whole per-file analysis),
# ValidateFuzzer, RegisterFuzzer, TableFuzzer or ArgumentFuzzer. Each harness keeps its
# corpus in .fuzz/HARNESS/corpus (ignored by git), seeded anew on every run (see `seed` below, the
# same seeds every time), and its crashes, leaks and timeouts in .fuzz/HARNESS/artifacts. Keep
# every finding as a regression fixture under Tests/CommuneHealthTests/Fixtures/fuzz/.
#
# The fuzzer runs from a copy of the binary (.fuzz/bin), so the package can be rebuilt meanwhile.
# On a shared machine run it under `nice -n 19`.
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES="${1:?usage: Fuzz/run.sh MINUTES [JOBS] [HARNESS]}"
JOBS="${2:-1}"
HARNESS="${3:-ExportFuzzer}"
CORPUS=".fuzz/$HARNESS/corpus"
ARTIFACTS=".fuzz/$HARNESS/artifacts"
MAX_LEN=262144
# Seconds an input may take (wall clock) before it is reported as a hang. Under `nice -n 19` on a
# busy machine an input that takes 0.3 s of CPU took 13 s: raise it there (FUZZ_TIMEOUT=120).
TIMEOUT="${FUZZ_TIMEOUT:-10}"

FLAGS=(--package-path Fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address)
swift build "${FLAGS[@]}" --product "$HARNESS"
mkdir -p .fuzz/bin "$CORPUS" "$ARTIFACTS"
cp "$(swift build "${FLAGS[@]}" --show-bin-path)/$HARNESS" ".fuzz/bin/$HARNESS"

# Copies the files found by `find ARGS...` into the corpus (files already there are kept).
copy_seeds() { find "$@" -type f -size -256k -exec cp -n {} "$CORPUS/" \; 2>/dev/null || true; }

# Writes TEXT as the seed file NAME.
seed_text() { printf '%s' "$2" > "$CORPUS/$1"; }

# The seeds of each harness: always the same files for the same tree.
case "$HARNESS" in
ExportFuzzer | ValidateFuzzer)
    copy_seeds SampleData Tests/CommuneHealthTests/Fixtures -name '*.xml'
    # Messy exports with every problem `generate --mess` makes (docs/problems.md), in small
    # communes so that inputs stay small: realistic and ten times realistic rates, two seeds,
    # a legacy year and a 2025 one (the 2025 map).
    swift build --product commune-health
    GENERATE="$(swift build --show-bin-path)/commune-health"
    for mess in 1 10; do
        for seed in 1 2; do
            for year in 2024 2025; do
                out=".fuzz/seeds/mess-$mess-seed-$seed-$year"
                [ -d "$out" ] || "$GENERATE" generate --out "$out" --communes 5 --residents 300 \
                    --mess "$mess" --seed "$seed" --year "$year" 2>/dev/null
                for file in $(find "$out" -type f -name '*.xml' | sort); do
                    cp -n "$file" "$CORPUS/mess-$mess-seed-$seed-$year-$(basename "$file")"
                done
            done
        done
    done
    ;;
RegisterFuzzer)
    # The head and the tail of the shipped crosswalk (its header, then rows of several provinces),
    # and the header alone.
    register=Sources/CommuneHealth/Geography/Resources/vn-communes-2025-crosswalk.csv
    head -n 60 "$register" > "$CORPUS/register-head.csv"
    { head -n 1 "$register"; tail -n 60 "$register"; } > "$CORPUS/register-tail.csv"
    { head -n 1 "$register"; grep -m 40 ',yes,' "$register"; } > "$CORPUS/register-divided.csv"
    head -n 1 "$register" > "$CORPUS/register-header.csv"
    copy_seeds Tests/CommuneHealthTests/Fixtures/fuzz -name 'register-*'
    ;;
TableFuzzer)
    # First byte: 0 a table by day, 1 by length, 2 by height, 3 the canonical decompositions
    # (Fuzz/Sources/TableFuzzer); the rest a table that reads: each WHO table's comments, header
    # and first ten rows of each sex (the keys the harness asks for), and the decompositions' head.
    tables=Sources/CommuneHealth/GrowthStandards/Resources
    table_seed() {
        { printf "\\$1"; grep '^#' "$2"; grep '^sex' "$2"; grep -m 10 '^M' "$2"; grep -m 10 '^F' "$2"; } \
            > "$CORPUS/$(basename "$2")"
    }
    for table in "$tables"/*-daily.tsv; do table_seed 000 "$table"; done
    table_seed 001 "$tables/who2006-wfl.tsv"
    table_seed 002 "$tables/who2006-wfh.tsv"
    { printf '\003'; head -n 60 Sources/CommuneHealth/Unicode/Resources/canonical-decompositions.txt; } \
        > "$CORPUS/canonical-decompositions.txt"
    copy_seeds Tests/CommuneHealthTests/Fixtures/fuzz -name 'table-*'
    ;;
ArgumentFuzzer)
    # First byte: which value (Fuzz/Sources/ArgumentFuzzer); the rest the text of the value.
    seed_text compare-years 'c2021..2025'
    seed_text compare-dates 'c2021-01-01..2025-07-01'
    seed_text compare-mixed 'c2021..2025-12-31'
    seed_text target-coverage 't coverage=0.95'
    seed_text target-stunting 'tstunting=0.2'
    seed_text target-overweight 'toverweight=1e-1'
    seed_text date 'd2024-02-29'
    seed_text instant 'i2024-06-30T23:59:59+07:00'
    seed_text codes-province 'p30,31'
    seed_text codes-communes 'l02482, 02494'
    seed_text card 'kGD4797920012345'
    copy_seeds Tests/CommuneHealthTests/Fixtures/fuzz -name 'argument-*'
    ;;
*)
    echo "unknown harness $HARNESS" >&2
    exit 64
    ;;
esac

# One job runs in this process, its log on standard error; several run as child processes, each
# logging to fuzz-N.log in the current folder.
PARALLEL=()
[ "$JOBS" -gt 1 ] && PARALLEL=(-jobs="$JOBS" -workers="$JOBS")
LENGTH=(-max_total_time=$((MINUTES * 60)))
[ "$MINUTES" -eq 0 ] && LENGTH=(-runs=0)
".fuzz/bin/$HARNESS" "$CORPUS" ${PARALLEL[@]+"${PARALLEL[@]}"} "${LENGTH[@]}" \
    -max_len="$MAX_LEN" -timeout="$TIMEOUT" -rss_limit_mb=2048 -detect_leaks=1 \
    -artifact_prefix="$ARTIFACTS/" -print_final_stats=1
