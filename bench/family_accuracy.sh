#!/usr/bin/env bash
# Measures how well ziping reads generated forms of every template family (issue 11) and writes the family section of
# bench/ACCURACY.md. Run by hand, from anywhere:
#
#   bench/family_accuracy.sh [SEED] [COUNT] [family_accuracy.py options]      (default 20261130 16; JOBS=1)
#
# Generates COUNT random forms of each family of shared TEMPLATES.md with SEED (bench/gen/gen_forms.py --family all;
# every second form carries one injected error, its kind taken in turn, so COUNT 16 gives each family's kinds at
# least once), prints each through LibreOffice and headless Chromium (bench/gen/render.py, niced), then reads the
# PDFs with ziping and compares them with truth.json (bench/family_accuracy.py --gen DIR --fixtures --write, which
# also measures the committed family fixtures). Generated and rendered files are cached in
# target/family-accuracy/SEED-COUNT/. The jar is rebuilt when src/main is newer. Needs what bench/accuracy.sh needs;
# run it after bench/accuracy.sh (which rewrites bench/ACCURACY.md).
set -euo pipefail
cd "$(dirname "$0")/.."

SEED=${1:-20261130}
COUNT=${2:-16}
shift $(($# < 2 ? $# : 2))
JOBS=${JOBS:-1}
DIR=target/family-accuracy/$SEED-$COUNT
JAR=target/ziping.jar
PY=/usr/bin/python3

if [ ! -f "$JAR" ] || [ -n "$(find src/main pom.xml -newer "$JAR" -type f | head -1)" ]; then
    mvn -q -B -DskipTests package
fi
if [ ! -f "$DIR/truth.json" ]; then
    $PY bench/gen/gen_forms.py --seed "$SEED" --count "$COUNT" --family all --out "$DIR"
fi
nice -n 10 $PY bench/gen/render.py "$DIR" --jobs "$JOBS"
$PY bench/family_accuracy.py --jar "$JAR" --gen "$DIR" --fixtures --write "$@"
