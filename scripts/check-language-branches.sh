#!/usr/bin/env bash
# Fails when code outside the folder of the words branches on the language (#29, docs/languages.md):
# a comparison with `.en` or `.vi`, a `case .en`/`case .vi`, a `switch` on a language, an
# `en ? … : …`, or a Labels made for a language named in the code. Every word goes through a
# LabelKey, whose text each language gives in its own file of TEXT_FOLDER; only that folder knows
# which languages there are.
set -euo pipefail
cd "$(dirname "$0")/.."

# The one folder allowed to name languages (moves with it).
TEXT_FOLDER="Sources/CommuneHealth/Text"

pattern='(==|!=)[[:space:]]*\.(en|vi)\b|\.(en|vi)[[:space:]]*(==|!=)|\bcase[[:space:]]+\.(en|vi)\b|\bswitch[[:space:]]+([A-Za-z_.]*\.)?(language|lang)\b|\ben[[:space:]]*\?|\bvietnamese[[:space:]]*\?|Labels\(\.vi\)|\.text\(\.vi\)|\(en, vi\)|\.(en|vi)[[:space:]]*:'

if [ ! -d "$TEXT_FOLDER" ]; then
    echo "check-language-branches: $TEXT_FOLDER is not a folder; set TEXT_FOLDER in $0" >&2
    exit 2
fi

found=$(grep -rnE --include='*.swift' "$pattern" Sources | grep -v "^$TEXT_FOLDER/" || true)
if [ -n "$found" ]; then
    echo "Code outside $TEXT_FOLDER branches on the language; give the words a LabelKey instead (docs/languages.md):" >&2
    echo "$found" >&2
    exit 1
fi
echo "check-language-branches: no branch on the language outside $TEXT_FOLDER"
