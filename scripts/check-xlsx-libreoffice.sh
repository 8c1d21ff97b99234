#!/usr/bin/env bash
# Opens an .xlsx with LibreOffice Calc (headless), converts every sheet to CSV and prints the
# first lines of each, to see that a real spreadsheet program reads the workbook as intended:
#
#   scripts/check-xlsx-libreoffice.sh FILE.xlsx [OUTDIR]     default OUTDIR: a temporary folder
#
# Each sheet becomes OUTDIR/BASENAME-SHEET.csv (UTF-8, comma-separated, cells as shown, so
# 0.975 in a 0.0% cell prints as 97.5% and dates as yyyy-mm-dd). Exporting every sheet (the
# filter option's 12th token, -1) needs LibreOffice 7.2 or later; Debian 12 has 7.4.
#
# Environment: SOFFICE (default: soffice), LINES (lines printed per sheet, default 5).
# Installs Debian's libreoffice-calc with apt-get when soffice is missing and this runs as root.
set -euo pipefail

if [ $# -lt 1 ] || [ ! -f "$1" ]; then
    echo "usage: $0 FILE.xlsx [OUTDIR]" >&2
    exit 2
fi
file="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
soffice="${SOFFICE:-soffice}"
lines="${LINES:-5}"

if ! command -v "$soffice" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "check-xlsx-libreoffice: installing Debian's libreoffice-calc package" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends libreoffice-calc >/dev/null
    else
        echo "check-xlsx-libreoffice: $soffice not found; install libreoffice-calc" >&2
        exit 1
    fi
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
out="${2:-$scratch/csv}"
mkdir -p "$out"

# A private profile: no clash with a running LibreOffice or another run of this script.
# CSV filter tokens: separator ',' (44), quote '"' (34), UTF-8 (76), from line 1, default cell
# format, language 0, quoted fields not as text, detect special numbers, save as shown,
# no formulas, keep spaces, all sheets (-1).
filter='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1'
"$soffice" -env:UserInstallation="file://$scratch/profile" --headless --convert-to "$filter" \
    --outdir "$out" "$file" >"$scratch/log" 2>&1 || { cat "$scratch/log" >&2; exit 1; }

# soffice prints "Writing sheet NAME -> PATH" for each sheet, in the workbook's order.
found=0
while IFS= read -r line; do
    case "$line" in
        "Writing sheet "*" -> "*)
            sheet="${line#Writing sheet }"
            sheet="${sheet% -> *}"
            csv="${line##* -> }"
            echo "== sheet: $sheet ($(wc -l <"$csv") lines)"
            head -n "$lines" "$csv"
            found=$((found + 1))
            ;;
    esac
done <"$scratch/log"

# Anything else LibreOffice said (a file it had to repair, a filter error) is shown; the note
# that Java is missing is not about the workbook.
grep -v -e '^Writing sheet ' -e '^convert ' -e 'failed to launch javaldx' "$scratch/log" | sed 's/^/soffice: /' >&2 || true

if [ "$found" = 0 ]; then
    echo "check-xlsx-libreoffice: LibreOffice wrote no sheet; its output:" >&2
    cat "$scratch/log" >&2
    exit 1
fi
