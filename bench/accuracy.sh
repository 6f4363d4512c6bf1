#!/usr/bin/env bash
# Measures how well ziping reads generated forms and writes bench/ACCURACY.md. Run by hand, from anywhere:
#
#   bench/accuracy.sh [SEED] [COUNT] [accuracy.py options]      (default 20261129 60; JOBS=2)
#   e.g. bench/accuracy.sh 20261129 60 --compare "main e1e12a3=/tmp/main/target/ziping.jar"
#
# Generates COUNT random forms with SEED (bench/gen/gen_forms.py), prints each through LibreOffice and headless
# Chromium (bench/gen/render.py), extracts the PDFs' text with five tools (bench/gen/extract.py), then runs ziping
# over every input set (bench/accuracy.py). Everything but the last step is cached in target/accuracy/SEED-COUNT/,
# so a rerun with the same seed and count only re-runs ziping. The jar is rebuilt when src/main is newer.
# Needs Java 17, Maven, and (first run only) on Debian 12:
#   apt-get install -y libreoffice-calc-nogui chromium fonts-noto-cjk poppler-utils python3-openpyxl \
#       python3-pdfminer python3-fitz
set -euo pipefail
cd "$(dirname "$0")/.."

SEED=${1:-20261129}
COUNT=${2:-60}
shift $(($# < 2 ? $# : 2))
JOBS=${JOBS:-2}
DIR=target/accuracy/$SEED-$COUNT
JAR=target/ziping.jar
PY=/usr/bin/python3

if [ ! -f "$JAR" ] || [ -n "$(find src/main pom.xml -newer "$JAR" -type f | head -1)" ]; then
    mvn -q -B -DskipTests package
fi
if [ ! -f target/bench-gen/StripText.class ] || [ bench/gen/StripText.java -nt target/bench-gen/StripText.class ] \
        || [ bench/gen/PdfProbe.java -nt target/bench-gen/PdfProbe.class ]; then
    mkdir -p target/bench-gen
    javac -nowarn -cp "$JAR" -d target/bench-gen bench/gen/StripText.java bench/gen/PdfProbe.java
fi
if [ ! -f "$DIR/truth.json" ]; then
    $PY bench/gen/gen_forms.py --seed "$SEED" --count "$COUNT" --out "$DIR"
    $PY bench/gen/selfcheck.py "$DIR/truth.json"
fi
$PY bench/gen/render.py "$DIR" --jobs "$JOBS"
$PY bench/gen/extract.py "$DIR" --jobs "$JOBS" --classpath "$JAR:target/bench-gen"
COMMIT=$(git log -1 --format=%h -- src/main pom.xml 2>/dev/null || echo unknown)
$PY bench/accuracy.py "$DIR" --jar "$JAR" --out bench/ACCURACY.md --jobs "$JOBS" \
    --meta "seed $SEED, $COUNT forms, ziping as of commit $COMMIT (the last one touching src/main), $(date -u +%Y-%m-%d)" \
    --seed-hint "$SEED $COUNT" "$@"
