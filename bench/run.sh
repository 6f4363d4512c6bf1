#!/usr/bin/env bash
# Measures ziping on one synthetic corpus and writes bench/RESULTS.md. Run by hand, from anywhere:
#
#   bench/run.sh [CORPUS_DIR]        (default target/bench-corpus; FORMS=20000 PDFS=300 OFFICE=300 JOBS=2 REPEAT=3)
#
# Needs Java 17, Maven, python3, GNU time, poppler-utils (pdftotext) and hyperfine; on Debian/Ubuntu:
#   apt-get install -y openjdk-17-jdk maven python3 time poppler-utils hyperfine
# The PDFs are copies of the committed fixtures, so no CJK font is needed.
set -euo pipefail
cd "$(dirname "$0")/.."

FORMS=${FORMS:-20000}
PDFS=${PDFS:-300}
OFFICE=${OFFICE:-300}
JOBS=${JOBS:-2}
REPEAT=${REPEAT:-3}
CORPUS=${1:-target/bench-corpus}
JAR=target/ziping.jar
WORK=target/bench
RESULTS=bench/RESULTS.md
mkdir -p "$WORK"

mvn -q -B -DskipTests package   # measure the checked-out code
javac -nowarn -cp "$JAR" -d "$WORK" bench/BareStripper.java bench/Scaling.java bench/PdfAgainstStripper.java
echo "generating the corpus in $CORPUS" >&2
COUNTS=$(python3 bench/gen_corpus.py "$CORPUS" --forms "$FORMS" --pdfs "$PDFS")
count() { python3 -c "import json,sys; print(json.loads(sys.argv[1])['$1'])" "$COUNTS"; }
TEXT_FORMS=$(count text_forms)
TEXT_FILES=$(count text_files)
PDF_FORMS=$(count pdf_forms)
PDF_FILES=$(count pdf_files)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# OFFICE files of each of xlsx, docx and html: copies of the committed seed fixtures (000, 001, 003 in turn)
for kind in xlsx docx html; do
    rm -rf "${CORPUS:?}/$kind"
    mkdir -p "$CORPUS/$kind"
    for i in $(seq "$OFFICE"); do
        seed=$(printf '%03d' $(( (i - 1) % 3 == 2 ? 3 : (i - 1) % 3 )))
        cp "src/test/resources/office/$seed.$kind" "$CORPUS/$kind/$(printf '%05d' "$i").$kind"
    done
done
ONE_FORM=samples/000_abdcfc8520cbd6f1.txt
ONE_PDF=src/test/resources/pdf/000.pdf

# timed NAME COMMAND...: runs the command REPEAT times under GNU time and keeps the fastest run (the machine may be
# shared): sets WALL and CPU (user + system, s) of that run and RSS (MB, the most of any run); exit > 3 stops.
timed() {
    local name=$1 code run
    shift
    WALL='' CPU='' RSS=0
    for run in $(seq "$REPEAT"); do
        echo "running $name ($run/$REPEAT)" >&2
        code=0
        /usr/bin/time -v -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || code=$?
        if [ "$code" -gt 3 ]; then
            echo "$name failed with exit code $code; see $WORK/$name.err" >&2
            exit 1
        fi
        read -r wall cpu rss < <(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); w = 0;
            for (i = 1; i <= n; i++) w = w * 60 + t[i]}
            /User time|System time/ {c += $2} /Maximum resident set size/ {r = $2 / 1024}
            END {printf "%.2f %.2f %.0f\n", w, c, r}' "$WORK/$name.time")
        if [ -z "$WALL" ] || python3 -c "import sys; sys.exit(float(sys.argv[1]) >= float(sys.argv[2]))" \
            "$wall" "$WALL"; then
            WALL=$wall CPU=$cpu
        fi
        if [ "$rss" -gt "$RSS" ]; then
            RSS=$rss
        fi
    done
}
rate() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.1f}')" "$1" "$2"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }
# summary FILE KEY: a number from the summary of a JSON result
summary() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['summary'][sys.argv[2]])" "$1" "$2"; }
# ziping as shipped: target/ziping, the launcher (C1, ParallelGC, AppCDS; see src/main/sh/ziping); PLAIN is bare
# `java -jar` with the JVM's default flags, measured alongside.
ZIPING=target/ziping
CHECK=("$ZIPING" check --quiet --format json)
PLAIN=(java -jar "$JAR" check --quiet --format json)
"$ZIPING" --version >/dev/null   # makes the AppCDS archive before anything is timed

timed text-jobs$JOBS "${CHECK[@]}" "$CORPUS/text" --jobs "$JOBS" -o "$WORK/text.json"
TEXT_WALL=$WALL TEXT_CPU=$CPU TEXT_RSS=$RSS
TEXT_DOCS=$(summary "$WORK/text.json" forms)
timed text-jobs1 "${CHECK[@]}" "$CORPUS/text" --jobs 1 -o "$WORK/text1.json"
TEXT1_WALL=$WALL TEXT1_CPU=$CPU
cmp -s "$WORK/text.json" "$WORK/text1.json" && SAME=yes || SAME=NO
timed text-plain-jobs$JOBS "${PLAIN[@]}" "$CORPUS/text" --jobs "$JOBS" -o /dev/null
PLAIN_WALL=$WALL PLAIN_CPU=$CPU
timed text-plain-jobs1 "${PLAIN[@]}" "$CORPUS/text" --jobs 1 -o /dev/null
PLAIN1_WALL=$WALL PLAIN1_CPU=$CPU

echo "warm scaling (bench/Scaling.java)" >&2
# the launcher's JVM flags (src/main/sh/ziping), on the classpath instead of -jar
read -r WARM1 WARMN _ < <(java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn64m -cp "$JAR:$WORK" Scaling "$JOBS" \
    "$REPEAT" "$CORPUS/text")

ZIPING_JAVA_OPTS=-Xmx256m timed text-xmx256m "${CHECK[@]}" "$CORPUS/text" --jobs "$JOBS" -o "$WORK/text256.json"
SMALL_WALL=$WALL SMALL_RSS=$RSS
SMALL_FILES=$(summary "$WORK/text256.json" files)
SMALL_UNREADABLE=$(summary "$WORK/text256.json" unreadable)

timed pdf-jobs$JOBS "${CHECK[@]}" "$CORPUS/pdf" --jobs "$JOBS" -o "$WORK/pdf.json"
PDF_WALL=$WALL PDF_CPU=$CPU PDF_RSS=$RSS
PDF_OK=$(summary "$WORK/pdf.json" ok)
PDF_DOCS=$(summary "$WORK/pdf.json" forms)
timed pdf-jobs1 "${CHECK[@]}" "$CORPUS/pdf" --jobs 1 -o "$WORK/pdf1.json"
PDF1_WALL=$WALL
timed pdf-plain-jobs$JOBS "${PLAIN[@]}" "$CORPUS/pdf" --jobs "$JOBS" -o /dev/null
PDFPLAIN_WALL=$WALL
# the baseline gets whichever flags suit it better: the JVM's defaults or the launcher's
timed stripper-threads$JOBS java -cp "$JAR:$WORK" BareStripper "$JOBS" "$CORPUS/pdf"
STRIP_WALL=$WALL STRIP_CPU=$CPU STRIP_RSS=$RSS
timed stripper-c1-threads$JOBS java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -cp "$JAR:$WORK" BareStripper \
    "$JOBS" "$CORPUS/pdf"
STRIPC1_WALL=$WALL
STRIP_BEST=$(python3 -c "import sys; print(min(float(sys.argv[1]), float(sys.argv[2])))" "$STRIP_WALL" "$STRIPC1_WALL")
timed stripper-threads1 java -cp "$JAR:$WORK" BareStripper 1 "$CORPUS/pdf"
STRIP1_WALL=$WALL
# taking turns in one JVM under the launcher's flags: both see the same minutes of a host whose speed drifts
TURNS_ROUNDS=9 TURNS_FILES=60
java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn64m -cp "$JAR:$WORK" PdfAgainstStripper "$TURNS_ROUNDS" \
    "$CORPUS/pdf" "$TURNS_FILES" 2>/dev/null >"$WORK/turns.out"
TURNS=$(awk '/^median/ {print $2}' "$WORK/turns.out")
timed pdftotext-P$JOBS sh -c \
    "find '$CORPUS/pdf' -name '*.pdf' -print0 | xargs -0 -P$JOBS -I{} pdftotext -layout {} /dev/null"
PDFTOTEXT_WALL=$WALL

# office_row KIND: times the KIND corpus and sets OFFICE_ROW to its table cell (forms/s, files/s, wall, CPU, status)
office_row() {
    timed "$1-jobs$JOBS" "${CHECK[@]}" "$CORPUS/$1" --jobs "$JOBS" -o "$WORK/$1.json"
    local forms ok
    forms=$(summary "$WORK/$1.json" forms)
    ok=$(summary "$WORK/$1.json" ok)
    OFFICE_ROW="$(rate "$forms" "$WALL") forms/s, $(rate "$OFFICE" "$WALL") files/s (${WALL} s, CPU ${CPU} s, $ok of $OFFICE ok, $forms forms, $RSS MB)"
}
office_row xlsx
XLSX_ROW=$OFFICE_ROW
office_row docx
DOCX_ROW=$OFFICE_ROW
office_row html
HTML_ROW=$OFFICE_ROW

echo "single-file start-up" >&2
hyperfine -N -w 3 -r 20 -i --export-json "$WORK/single.json" \
    -n launcher "$ZIPING check --format json $ONE_FORM" \
    -n plain "java -jar $JAR check --format json $ONE_FORM" \
    -n 'pdf launcher' "$ZIPING check --format json $ONE_PDF" >"$WORK/hyperfine.out"
single() {
    python3 -c "import json,sys
r = [x for x in json.load(open(sys.argv[1]))['results'] if x['command'] == sys.argv[2]][0]
print(f\"{r['median']:.3f}\")" "$WORK/single.json" "$1"
}
SINGLE_FAST=$(single launcher)
SINGLE_PLAIN=$(single plain)
SINGLE_PDF=$(single 'pdf launcher')

TEXT_RATE=$(rate "$TEXT_FORMS" "$TEXT_WALL")
PDF_RATE=$(rate "$PDF_FORMS" "$PDF_WALL")
met() { python3 -c "import sys; print('met' if eval(sys.argv[1]) else '**missed**')" "$1"; }

cat >"$RESULTS" <<EOF
# Benchmark results

Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD).
Times are wall clock including JVM start, the fastest of $REPEAT runs (single file: hyperfine median of 20); CPU
is user + system time of that run. Other work on the machine moves them: the load average was $LOAD_BEFORE before
and $(cut -d' ' -f1-3 /proc/loadavg) after the runs.

## Machine

\`\`\`
nproc: $(nproc)
$(free -h)
$(java -version 2>&1)
\`\`\`

## Corpus (\`bench/gen_corpus.py\`)

$TEXT_FORMS text forms in $TEXT_FILES files (plus $(count text_reports) reports, $(count text_injected_errors)
injected errors; ziping found $TEXT_DOCS documents), $PDF_FILES PDFs with $PDF_FORMS forms (copies of the fixtures),
$OFFICE files each of xlsx, docx and HTML (copies of \`src/test/resources/office\`'s seed forms: 1, 1 and 14 forms).

## Results (--jobs $JOBS unless said)

ziping runs as shipped, through the launcher \`target/ziping\` (C1 only, ParallelGC, AppCDS archive: see
\`src/main/sh/ziping\`); "plain" rows run \`java -jar target/ziping.jar\` with the JVM's default flags.

| measure | value | target | |
|---|---|---|---|
| text throughput, JSON out | $TEXT_RATE forms/s ($TEXT_FORMS forms in ${TEXT_WALL} s, CPU ${TEXT_CPU} s) | ≥ 5,000 forms/s | $(met "$TEXT_RATE >= 5000") |
| text, 1 job | $(rate "$TEXT_FORMS" "$TEXT1_WALL") forms/s (${TEXT1_WALL} s, CPU ${TEXT1_CPU} s) | | |
| speed-up 1 → $JOBS jobs (text) | $(ratio "$TEXT1_WALL" "$TEXT_WALL") × | ≥ 1.7 × | $(met "$TEXT1_WALL / $TEXT_WALL >= 1.7") |
| speed-up 1 → $JOBS jobs, warm JVM (\`bench/Scaling.java\`: the same path in one JVM, after a first untimed run) | $(ratio "$WARM1" "$WARMN") × (1 job ${WARM1} s, $JOBS jobs ${WARMN} s; $(rate "$TEXT_DOCS" "$WARMN") documents/s) | | |
| cores busy with 1 job (CPU / wall) | $(ratio "$TEXT1_CPU" "$TEXT1_WALL") | | |
| output identical for 1 and $JOBS jobs | $SAME | yes | |
| text, plain \`java -jar\` | $(rate "$TEXT_FORMS" "$PLAIN_WALL") forms/s (${PLAIN_WALL} s, CPU ${PLAIN_CPU} s) | | |
| text, plain, 1 job | $(rate "$TEXT_FORMS" "$PLAIN1_WALL") forms/s (${PLAIN1_WALL} s, CPU ${PLAIN1_CPU} s); speed-up $(ratio "$PLAIN1_WALL" "$PLAIN_WALL") × | | |
| text peak memory (default heap) | $TEXT_RSS MB | | |
| $SMALL_FILES files with -Xmx256m | ${SMALL_WALL} s, $SMALL_RSS MB peak, $SMALL_UNREADABLE unreadable | no failure | $(met "$SMALL_FILES >= 10000 and $SMALL_UNREADABLE == 0") |
| PDF throughput | $PDF_RATE forms/s, $(rate "$PDF_FILES" "$PDF_WALL") files/s (${PDF_WALL} s, CPU ${PDF_CPU} s, $PDF_OK of $PDF_FILES ok, $PDF_DOCS forms) | | |
| PDF, 1 job | ${PDF1_WALL} s | | |
| PDF, plain \`java -jar\` | ${PDFPLAIN_WALL} s | | |
| bare PDFTextStripper, $JOBS threads, one JVM, default flags | ${STRIP_WALL} s ($(rate "$PDF_FILES" "$STRIP_WALL") files/s, CPU ${STRIP_CPU} s), $STRIP_RSS MB | | |
| bare PDFTextStripper, $JOBS threads, the launcher's flags | ${STRIPC1_WALL} s | | |
| bare PDFTextStripper, 1 thread, default flags | ${STRIP1_WALL} s | | |
| ziping PDF / bare stripper speed (its faster run) | $(ratio "$STRIP_BEST" "$PDF_WALL") × | ≥ 1.0 × (issue 9) | $(met "$STRIP_BEST / $PDF_WALL >= 1.0") |
| ziping PDF / bare stripper speed, taking turns in one JVM (\`bench/PdfAgainstStripper.java\`: the launcher's flags, 1 thread, median of $TURNS_ROUNDS rounds over $TURNS_FILES PDFs) | $TURNS × | ≥ 1.0 × (issue 9) | $(met "$TURNS >= 1.0") |
| \`pdftotext -layout\` per file, xargs -P$JOBS | ${PDFTOTEXT_WALL} s | ziping faster | $(met "$PDF_WALL < $PDFTOTEXT_WALL") |
| ziping PDF peak memory | $PDF_RSS MB | | |
| xlsx throughput | $XLSX_ROW | | |
| docx throughput | $DOCX_ROW | | |
| HTML throughput | $HTML_ROW | | |
| single one-page form, \`target/ziping\` | ${SINGLE_FAST} s | ≤ 0.7 s | $(met "$SINGLE_FAST <= 0.7") |
| single form, plain \`java -jar\` | ${SINGLE_PLAIN} s | | |
| single one-form PDF (000.pdf, 2 pages), \`target/ziping\` | ${SINGLE_PDF} s | | |

Raw outputs: \`$WORK/*.time\`, \`$WORK/hyperfine.out\`.
EOF
echo "wrote $RESULTS" >&2
cat "$RESULTS"
