#!/usr/bin/env bash
# Times the checked-out code against an earlier commit in turn, run for run, so that both see the same minutes of a
# machine whose speed drifts (a shared VM: the same run took CPU 7.3 to 11.2 s within twenty minutes). Run by hand:
#
#   bench/paired.sh BASE [RUNS] [CORPUS] [ziping check options]   (default 5 runs, target/bench-corpus/text, -j 2)
#   e.g. bench/paired.sh 249f436 5 target/bench-corpus/text --jobs 2
#
# BASE is built in a temporary worktree, this checkout with `mvn package`; each is run through its own launcher
# (target/ziping: the JVM flags and AppCDS archive as shipped), writing JSON to a file as bench/run.sh does. Prints,
# for each, every run's wall time and CPU (user + system) and the fastest and median wall with forms/s. Needs what
# bench/run.sh needs (Java 17, Maven, python3, GNU time) and the corpus bench/run.sh makes.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=${1:?usage: bench/paired.sh BASE [RUNS] [CORPUS] [ziping check options]}
RUNS=${2:-5}
CORPUS=${3:-target/bench-corpus/text}
shift $(($# < 3 ? $# : 3))
OPTIONS=("$@")
[ ${#OPTIONS[@]} -gt 0 ] || OPTIONS=(--jobs 2)
WORK=target/paired
BASE_TREE=$WORK/base
mkdir -p "$WORK"

[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS: run bench/run.sh first, or name one" >&2; exit 2; }
base_commit=$(git rev-parse --short "$BASE^{commit}")
git worktree remove --force "$BASE_TREE" 2>/dev/null || rm -rf "$BASE_TREE"
git worktree add --detach "$BASE_TREE" "$base_commit" >/dev/null 2>&1
trap 'git worktree remove --force "$BASE_TREE" >/dev/null 2>&1 || true' EXIT
echo "building $base_commit and the checkout" >&2
(cd "$BASE_TREE" && mvn -q -B -DskipTests package)
mvn -q -B -DskipTests package
# the samples the launchers make their AppCDS archives from
for tree in "$BASE_TREE" .; do
    "$tree/target/ziping" --version >/dev/null
done

# run NAME TREE: one timed run; appends "NAME wall cpu" to $WORK/times
run() {
    local code=0
    /usr/bin/time -f "%e %U %S" -o "$WORK/time" "$2/target/ziping" check --quiet --format json "$CORPUS" \
        "${OPTIONS[@]}" -o "$WORK/$1.json" >/dev/null 2>"$WORK/$1.err" || code=$?
    if [ "$code" -gt 3 ]; then
        echo "$1 failed with exit code $code; see $WORK/$1.err" >&2
        exit 1
    fi
    # GNU time puts "Command exited with non-zero status 1" (findings) before the figures
    awk -v n="$1" 'NF == 3 && $1 ~ /^[0-9.]+$/ {printf "%s %s %.2f\n", n, $1, $2 + $3}' "$WORK/time" >>"$WORK/times"
}
: >"$WORK/times"
for i in $(seq "$RUNS"); do
    echo "pair $i/$RUNS" >&2
    run base "$BASE_TREE"
    run head .
done
forms=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['summary']['forms'])" "$WORK/head.json")
cmp -s "$WORK/base.json" "$WORK/head.json" && same=yes || same=no
python3 - "$WORK/times" "$forms" "$base_commit" "$(git rev-parse --short HEAD)" "$same" <<'EOF'
import statistics, sys
times, forms, base, head, same = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
runs = {"base": [], "head": []}
for line in open(times):
    name, wall, cpu = line.split()
    runs[name].append((float(wall), float(cpu)))
print(f"| run ({forms} forms) | {base} (base) | {head} (checkout) |")
print("|---|---|---|")
cell = lambda rs: ", ".join(f"{w:.2f} s (CPU {c:.2f})" for w, c in rs)
print(f"| runs in turn | {cell(runs['base'])} | {cell(runs['head'])} |")
for label, pick in (("fastest", min), ("median", statistics.median)):
    b, h = pick(w for w, _ in runs["base"]), pick(w for w, _ in runs["head"])
    print(f"| {label} | {b:.2f} s ({forms / b:,.0f} forms/s) | {h:.2f} s ({forms / h:,.0f} forms/s) |")
print(f"\nJSON identical: {same}")
EOF
