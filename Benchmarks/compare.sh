#!/usr/bin/env bash
# Times `commune-health analyze` against libxml2's own `xmllint --stream --noout` (and, where
# python3 with lxml is present, a Python lxml iterparse implementation of the same figures) on
# the same generated province, clean and messy (`generate --mess 1`: problems at the rate of real
# exports), in one run. Prints medians, ratios and peak memory for both; then peak memory at 1, 10
# and 100 times the messy province's problems; then counts instructions with callgrind (repeatable
# where wall time is not): one job on the first 20 files of the province generated with --seed 7,
# clean and messy, start-up included, against the SAX2 floor.
#
#   Benchmarks/compare.sh [PROVINCES] [ROUNDS]     (defaults: 1 province, 5 rounds)
#   ROUNDS=0 counts instructions only.
#   MESS_SCALES="1 10 100" (the default) the problem scales whose peak memory is measured; "" for none.
set -euo pipefail
cd "$(dirname "$0")/.."

PROVINCES="${1:-1}"
RUNS="${2:-5}"
WORK="${TMPDIR:-/tmp}/commune-health-compare"
MESS_SCALES="${MESS_SCALES-1 10 100}"

if ! command -v xmllint >/dev/null; then
    echo "installing libxml2-utils for xmllint" >&2
    apt-get install -y -qq libxml2-utils >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq libxml2-utils >/dev/null; }
fi
if ! command -v valgrind >/dev/null; then
    echo "installing valgrind for callgrind" >&2
    apt-get install -y -qq valgrind >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; }
fi
if [ ! -x /usr/bin/time ]; then
    apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
fi

swift build -c release --product commune-health >/dev/null
BIN="$(swift build -c release --show-bin-path)/commune-health"

# One province = 140 communes, 800,000 residents; several provinces differ by seed. The messy
# provinces are the same ones with `--mess SCALE`.
mkdir -p "$WORK"
generated() { # DIR GENERATE-OPTIONS...: generates DIR once
    local dir="$1"
    shift
    if [ ! -f "$dir/.complete" ]; then
        rm -rf "$dir"
        "$BIN" generate --out "$dir" "$@" 2>/dev/null
        touch "$dir/.complete"
    fi
}
FOLDERS=()
MESSY=()
for p in $(seq 1 "$PROVINCES"); do
    generated "$WORK/province-$p" --communes 140 --residents 800000 --seed "$((2023 + p))" --year 2024
    generated "$WORK/messy-$p" --communes 140 --residents 800000 --seed "$((2023 + p))" --year 2024 --mess 1
    FOLDERS+=("$WORK/province-$p")
    MESSY+=("$WORK/messy-$p")
done
CORES=$(nproc)

# The floor: libxml2's SAX2 parser counting elements and nothing else (needs a C compiler).
FLOOR=""
if command -v cc >/dev/null; then
    FLOOR="$WORK/sax2_floor"
    # shellcheck disable=SC2046
    cc -O2 Benchmarks/sax2_floor.c $(pkg-config --cflags --libs libxml-2.0) -o "$FLOOR" || FLOOR=""
fi

HAVE_LXML=no
if python3 -c 'import lxml' 2>/dev/null; then HAVE_LXML=yes; fi

# Each round runs every command once, in turn, so that a noisy neighbour slows them all alike;
# the table shows medians over the rounds. A sample is "seconds peak_kb": the seconds from the
# clock around GNU time (to the nanosecond; GNU time's own count is to the hundredth, too coarse
# for goals a hundredth apart, #30), the peak from GNU time.
SAMPLES="$WORK/samples"
rm -rf "$SAMPLES"
mkdir -p "$SAMPLES"
sample() { # NAME CMD...
    local name="$1" log start end
    shift
    log=$(mktemp)
    start=$(date +%s%N)
    /usr/bin/time -v "$@" >/dev/null 2>"$log" || true
    end=$(date +%s%N)
    awk -F': ' -v t="$(((end - start) / 1000))" '/Maximum resident set size/ { m = $2 }
                END { printf "%.6f %s\n", t / 1e6, m }' "$log" >>"$SAMPLES/$name"
    rm -f "$log"
}
summary() { # NAME: prints "median_seconds peak_kb"
    sort -g "$SAMPLES/$1" | awk '{ t[NR] = $1; if ($2 > m) m = $2 }
        END { print ((NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2), m }'
}

# Instructions, counted by callgrind: `analyze --jobs 1` and the floor on the same 20 files.
# Start-up is `analyze` on an empty folder (argument parsing, resources, the report).
instructions() { # CMD...: prints the instructions callgrind counted (the program's output is dropped)
    local log
    log=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null || true)
    if ! grep -q 'Collected :' <<<"$log"; then
        # valgrind gave up (for one, 3.19 cannot read clang's DWARF 5 debug information): say why.
        echo "callgrind counted nothing for $1:" >&2
        tail -5 <<<"$log" >&2
        exit 1
    fi
    awk '/Collected :/ { n = $NF } END { printf "%.0f\n", n }' <<<"$log"
}
count_instructions() {
    local empty="$WORK/empty" i_empty i_floor_empty
    generated "$WORK/seed-7" --seed 7
    generated "$WORK/seed-7-messy" --seed 7 --mess 1
    mkdir -p "$empty"
    i_empty=$(instructions "$BIN" analyze "$empty" --format json --jobs 1)
    if [ -n "$FLOOR" ]; then i_floor_empty=$(instructions "$FLOOR"); fi
    count_one "$WORK/seed-7" "clean" 1.25
    count_one "$WORK/seed-7-messy" "messy (--mess 1)" 1.35
}
count_one() { # DIR NAME GOAL
    local idir="$1" name="$2" goal="$3" ifiles ibytes i_one i_floor
    ifiles=$(find "$idir" -name '*.xml' | sort | sed -n 1,20p)  # sed, not head: no SIGPIPE under pipefail
    # shellcheck disable=SC2086
    ibytes=$(cat $ifiles | wc -c)
    echo
    echo "instructions (callgrind), 20 files of the $name province generated with --seed 7, $((ibytes / 1000)) kB:"
    # shellcheck disable=SC2086
    i_one=$(instructions "$BIN" analyze $ifiles --format json --jobs 1)
    printf '  analyze --format json --jobs 1   %15d\n' "$i_one"
    printf '  analyze, empty folder (start-up) %15d  (%.1f%% of the 20 files)\n' "$i_empty" "$(awk -v a="$i_empty" -v b="$i_one" 'BEGIN { print 100 * a / b }')"
    if [ -n "$FLOOR" ]; then
        # shellcheck disable=SC2086
        i_floor=$(instructions "$FLOOR" $ifiles)
        printf '  SAX2 floor                       %15d\n' "$i_floor"
        printf '  SAX2 floor, no file (start-up)   %15d\n' "$i_floor_empty"
        awk -v o="$i_one" -v f="$i_floor" -v e="$i_empty" -v fe="$i_floor_empty" -v g="$goal" 'BEGIN {
            printf "  analyze / floor: %.3fx (goal: at most %sx); without either start-up: %.3fx\n", o / f, g, (o - e) / (f - fe) }'
    fi
}

# --- #18, items 3 and 4 (wip-18b): the progress line's cost ------------------------------------
# The same count as above with standard error on a terminal (a pseudo-terminal from `script`),
# where `analyze` draws its progress line (docs/progress.md) after each file, at most ten times a
# second; above, standard error is a pipe and no line is drawn. Under callgrind each of the 20
# files takes longer than a tenth of a second, so the line is drawn after every file: the most it
# can cost.
count_on_terminal() {
    local ifiles log count
    if ! command -v script >/dev/null; then echo "  (no \`script\` for a pseudo-terminal: not counted on a terminal)"; return; fi
    ifiles=$(find "$WORK/seed-7" -name '*.xml' | sort | sed -n 1,20p)
    log=$(mktemp)
    # shellcheck disable=SC2086
    script -qec "valgrind --tool=callgrind --callgrind-out-file=/dev/null --log-file=$log $BIN analyze $(echo $ifiles) --format json --jobs 1 >/dev/null" /dev/null >/dev/null
    count=$(awk '/Collected :/ { n = $NF } END { printf "%.0f\n", n }' "$log")
    rm -f "$log"
    printf '  analyze, standard error a terminal %13d  (the progress line drawn)\n' "$count"
}
# --- end of #18 (wip-18b) ------------------------------------------------------------------------

if [ "$RUNS" -eq 0 ]; then
    count_instructions
    count_on_terminal
    exit 0
fi

# Wall time and peak memory on one set of folders (clean or messy): a table of medians.
timed() { # NAME FOLDERS...
    local set="$1" files bytes count
    shift
    files=$(find "$@" -name '*.xml' | sort)
    # shellcheck disable=SC2086
    bytes=$(cat $files | wc -c)
    count=$(echo "$files" | wc -l)
    rm -rf "$SAMPLES"
    mkdir -p "$SAMPLES"
    echo
    echo "$set: $PROVINCES province(s), $count files, $((bytes / 1000000)) MB; $RUNS rounds; $CORES cores"
    for _ in $(seq 1 "$RUNS"); do
        # shellcheck disable=SC2086
        sample xmllint xmllint --stream --noout $files
        # shellcheck disable=SC2086
        if [ -n "$FLOOR" ]; then sample floor "$FLOOR" $files; fi
        sample one "$BIN" analyze "$@" --format json --jobs 1
        sample all "$BIN" analyze "$@" --format json --jobs "$CORES"
        if [ "$HAVE_LXML" = yes ]; then sample lxml python3 Benchmarks/lxml_reference.py "$@"; fi
    done
    read -r T_XMLLINT M_XMLLINT < <(summary xmllint)
    if [ -n "$FLOOR" ]; then read -r T_FLOOR M_FLOOR < <(summary floor); fi
    read -r T_ONE M_ONE < <(summary one)
    read -r T_ALL M_ALL < <(summary all)

    if "$BIN" analyze "$@" --format json --jobs 1 2>/dev/null | cmp -s - <("$BIN" analyze "$@" --format json --jobs "$CORES" 2>/dev/null); then
        SAME="identical"
    else
        SAME="DIFFERENT"
    fi

    row() { # name seconds peak_kb
        awk -v n="$1" -v t="$2" -v m="$3" -v x="$T_XMLLINT" -v b="$bytes" \
            'BEGIN { printf "| %-38s | %7.3f s | %6.3fx | %7.1f MB/s | %6.1f MB |\n", n, t, t / x, b / 1e6 / t, m / 1024 }'
    }
    echo
    echo "| command | median | vs xmllint | throughput | peak RSS |"
    echo "| --- | --- | --- | --- | --- |"
    row "xmllint --stream --noout" "$T_XMLLINT" "$M_XMLLINT"
    if [ -n "$FLOOR" ]; then row "SAX2 element count (floor, C)" "$T_FLOOR" "$M_FLOOR"; fi
    row "analyze --format json --jobs 1" "$T_ONE" "$M_ONE"
    row "analyze --format json --jobs $CORES" "$T_ALL" "$M_ALL"
    if [ "$HAVE_LXML" = yes ]; then
        read -r T_PY M_PY < <(summary lxml)
        row "python3 lxml iterparse (same figures)" "$T_PY" "$M_PY"
        awk -v p="$T_PY" -v o="$T_ONE" -v a="$T_ALL" -v c="$CORES" \
            'BEGIN { printf "\nlxml / analyze --jobs 1: %.1fx; lxml / analyze --jobs %d: %.1fx\n", p / o, c, p / a }'
    fi
    if [ -n "$FLOOR" ]; then
        awk -v o="$T_ONE" -v f="$T_FLOOR" \
            'BEGIN { printf "analyze --jobs 1 / floor: %.2fx (the project'"'"'s own share: %.0f%% of one job)\n", o / f, 100 * (o - f) / o }'
    fi
    awk -v o="$T_ONE" -v a="$T_ALL" -v x="$T_XMLLINT" -v c="$CORES" 'BEGIN {
        printf "scaling from 1 job to all cores: %.2fx\n", o / a
        printf "goals: one job %.3fx xmllint (at most 0.75x), %d jobs %.3fx (at most 0.40x)\n", o / x, c, a / x }'
    echo "JSON with --jobs 1 and --jobs $CORES: $SAME"
}

# Peak memory as the problems grow: the first province with --mess 1, 10 and 100.
memory() {
    local scale dir problems
    [ -n "$MESS_SCALES" ] || return 0
    echo
    echo "peak memory (GNU time), analyze --format json, the messy province of seed 2024 at each scale of problems:"
    echo
    echo "| problems | files | MB | warnings; invalid records | --jobs 1 | --jobs $CORES | table, --jobs $CORES |"
    echo "| --- | --- | --- | --- | --- | --- | --- |"
    for scale in $MESS_SCALES; do
        dir="$WORK/mess-x$scale"
        generated "$dir" --communes 140 --residents 800000 --seed 2024 --year 2024 --mess "$scale"
        problems=$("$BIN" analyze "$dir" --format table --jobs "$CORES" 2>/dev/null | tr -s '\n ' '  ' \
            | grep -o '[0-9,]* warnings\|[0-9,]* invalid records' | sort -r | paste -sd';' - | sed 's/;/; /')
        peak() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }
        awk -v s="$scale" -v n="$(find "$dir" -name '*.xml' | wc -l)" -v b="$(du -sm "$dir" | cut -f1)" -v p="$problems" \
            -v a="$(peak "$BIN" analyze "$dir" --format json --jobs 1)" -v c="$(peak "$BIN" analyze "$dir" --format json --jobs "$CORES")" \
            -v t="$(peak "$BIN" analyze "$dir" --format table --jobs "$CORES")" \
            'BEGIN { printf "| %sx | %d | %d | %s | %.1f MB | %.1f MB | %.1f MB |\n", s, n, b, p, a / 1024, c / 1024, t / 1024 }'
    done
}

timed "clean" "${FOLDERS[@]}"
timed "messy (--mess 1)" "${MESSY[@]}"
memory

count_instructions
count_on_terminal
