#!/usr/bin/env bash
# Every output of every command, in every format and language, on SampleData, the test fixtures'
# exports and a generated messy province, written to one folder: run it before and after a change
# that must not change a byte (#29's restructure, #30's speed work) and compare the folders with
# `diff -r`. A workbook is unzipped and its timestamp part (docProps/core.xml) left out.
#
#   scripts/output-fingerprint.sh BINARY OUT_FOLDER
set -uo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin" generate --out "$work/messy" --communes 30 --residents 60000 --seed 7 --mess 3 >/dev/null 2>&1
"$bin" generate --out "$work/clean" --communes 12 --residents 20000 --seed 11 >/dev/null 2>&1

# name → inputs
# Paths are relative (to the repository or to the temporary folder), so that the reports name the
# same files on every run.
declare -A inputs=(
    [sample]="SampleData"
    [messy]="messy"
    [clean]="clean"
    [fixtures]="Tests/CommuneHealthTests/Fixtures/reader Tests/CommuneHealthTests/Fixtures/rejections Tests/CommuneHealthTests/Fixtures/spoofing Tests/CommuneHealthTests/Fixtures/messy Tests/CommuneHealthTests/Fixtures/review Tests/CommuneHealthTests/Fixtures/cards"
)
declare -A places=([sample]="$root" [messy]="$work" [clean]="$work" [fixtures]="$root")

run() { # name, command...
    local name=$1; shift
    (cd "$place" && "$bin" "$@" >"$out/$name.out" 2>"$out/$name.err"; echo $? >"$out/$name.rc")
    # Paths of this run's folders are not part of the output's identity.
    sed -i "s#$work#WORK#g; s#$root#ROOT#g" "$out/$name.out" "$out/$name.err" 2>/dev/null
}

unzipped() { # name, xlsx file
    if [ -f "$2" ]; then
        mkdir -p "$out/$1.xlsx.d" && (cd "$out/$1.xlsx.d" && unzip -qo "$2" && rm -f docProps/core.xml)
        find "$out/$1.xlsx.d" -type f -exec sed -i "s#$work#WORK#g; s#$root#ROOT#g" {} +
    fi
}

for set in sample messy clean fixtures; do
    # shellcheck disable=SC2086
    paths=${inputs[$set]}
    place=${places[$set]}
    for lang in en vi; do
        for units in reported current; do
            for format in table json csv markdown html; do
                for jobs in 1 2; do
                    run "$set.analyze.$format.$lang.$units.j$jobs" analyze $paths --format $format --lang $lang --units $units --jobs $jobs --quiet
                done
            done
            run "$set.analyze.xlsx.$lang.$units" analyze $paths --format xlsx --lang $lang --units $units --quiet -o "$work/a.xlsx"
            unzipped "$set.analyze.xlsx.$lang.$units" "$work/a.xlsx"; rm -f "$work/a.xlsx"
            for by in province district commune; do
                for format in csv json markdown; do
                    run "$set.prevalence.$by.$format.$lang.$units" prevalence $paths --by $by --units $units --format $format --lang $lang --quiet
                done
            done
            run "$set.prevalence.xlsx.$lang.$units" prevalence $paths --units $units --format xlsx --lang $lang --quiet -o "$work/p.xlsx"
            unzipped "$set.prevalence.xlsx.$lang.$units" "$work/p.xlsx"; rm -f "$work/p.xlsx"
        done
        for format in csv json; do
            for jobs in 1 2; do
                run "$set.zscores.$format.$lang.j$jobs" zscores $paths --format $format --lang $lang --jobs $jobs --quiet
                run "$set.uninsured.$format.$lang.j$jobs" uninsured $paths --format $format --lang $lang --jobs $jobs --quiet
                run "$set.uninsured6.$format.$lang.j$jobs" uninsured $paths --under 6 --format $format --lang $lang --jobs $jobs --quiet
            done
        done
        for format in text csv json; do
            run "$set.validate.$format.$lang" validate $paths --format $format --lang $lang --quiet
        done
        run "$set.analyze.csvraw.$lang" analyze $paths --format csv --csv-raw --lang $lang --quiet
    done
done
# Errors of the command line and of files.
place=$work
run "err.nofiles" analyze "$work/none"
run "err.nofiles.vi" analyze "$work/none" --lang vi
run "err.compare" analyze "$root/SampleData" --compare 2019..2020 --quiet
run "err.compare.vi" analyze "$root/SampleData" --compare 2019..2020 --quiet --lang vi
run "err.target" analyze "$root/SampleData" --target wasting=2 --quiet
run "err.by" prevalence "$root/SampleData" --by village --quiet
run "err.outdir" analyze "$root/SampleData" --quiet -o "$work"
run "err.outdir.vi" analyze "$root/SampleData" --quiet -o "$work" --lang vi
run "err.full" analyze "$root/SampleData" --quiet -o /dev/full
run "help" --help
for c in analyze zscores uninsured validate generate prevalence; do run "help.$c" $c --help; done
ls "$out" | wc -l
