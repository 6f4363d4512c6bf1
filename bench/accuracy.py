#!/usr/bin/python3
"""Reads generated forms with ziping and measures how much of them it got right; writes bench/ACCURACY.md.

    /usr/bin/python3 bench/accuracy.py DIR [--jar target/ziping.jar] [--out bench/ACCURACY.md] [--only SET,...]

DIR is what bench/gen/gen_forms.py, render.py and extract.py wrote (bench/accuracy.sh runs them all). For each input
set (a producer × an extractor: the PDFs themselves, each extractor's text of them, the HTML copies) it runs
`java -jar JAR parse SET_DIR` and `java -jar JAR check SET_DIR --format json`, matches ziping's forms to the truth by
file name and index, and counts:
  - forms found: truth forms ziping reported (extra forms are counted apart);
  - fields right: printed strings compared with all whitespace removed (a funding label also without a leading
    其中/其中： and a trailing colon); indicator rows are paired with truth rows by their names (a sequence alignment), so one lost row
    does not shift the others; every field of a form or row that was not found counts as wrong;
  - recall per injected category: the expected rule fires on that form at any severity;
  - clean forms with an error-level finding, and which rules; parse findings (check = parse) over all forms.
Writes DIR/accuracy.json (all figures) and DIR/mismatches/<set>.txt (every error-level finding other than a form's
injected one, marked ALARM, then every wrong field, for debugging).
"""
import argparse
import difflib
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

EXTRACTORS = ["pdftotext", "pdfminer", "pdfminer-m40", "pymupdf", "pdfbox"]
HEADER = ["year", "project", "department", "unit"]
FUNDING = ["label", "initialBudget", "budget", "executed", "weight", "rate", "score"]
INDICATOR = ["level1", "level2", "name", "target", "actual", "weight", "score", "reason"]
GOALS = ["expectedGoal", "actualResult"]
KINDS = ["header", "funding", "level1", "level2", "name", "target", "actual", "weight", "score", "reason", "total"]
CATEGORIES = ["exec_rate", "exec_score", "breakdown", "indicator_score", "score_range", "met_deducted",
              "missing_reason", "unit_mismatch", "weight_sum", "total_score"]
SPACE = re.compile(r"[\s\u00a0\u3000]+")
LABEL_NOISE = re.compile(r"^其中[:：]?|[:：]$")


def input_sets(root):
    sets = []
    for producer in ("lo", "chromium"):
        sets.append((f"{producer}/pdf", root / producer))
        sets.extend((f"{producer}/{e}", root / "text" / f"{producer}-{e}") for e in EXTRACTORS)
    sets.append(("html/pipe", root / "text" / "html-pipe"))
    sets.append(("html/lines", root / "text" / "html-lines"))
    return [(name, d) for name, d in sets if d.is_dir() and any(d.iterdir())]


def norm(value):
    if value is None:
        return ""
    if isinstance(value, dict):
        value = value.get("raw")
        if value is None:
            return ""
    return SPACE.sub("", str(value))


def run(jar, command, folder):
    args = ["java", "-jar", str(jar), command, str(folder)] + (["--format", "json", "-q"] if command == "check" else [])
    done = subprocess.run(args, capture_output=True)
    if done.returncode not in (0, 1, 3):
        sys.exit(f"ziping {command} {folder} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return json.loads(done.stdout)


def by_form(doc):
    forms = {}
    for f in doc["files"]:
        stem = Path(f["path"]).stem
        for form in f.get("forms") or []:
            forms[(stem, form["index"])] = form
    return forms


def funding_role(label):
    text = norm(label)
    if "结转" in text:
        return "carryover"
    if "其他" in text:
        return "other"
    if "拨款" in text or "财政" in text:
        return "current"
    if "总额" in text:
        return "total"
    return None


class Tally:
    def __init__(self):
        self.right = Counter()
        self.total = Counter()
        self.wrong = []

    def add(self, kind, expected, got, where, present=True):
        self.total[kind] += 1
        if present and norm(expected) == norm(got):
            self.right[kind] += 1
        else:
            self.wrong.append(f"{where}: {kind} expected {norm(expected)!r} got {norm(got)!r}")

    def merge(self, other):
        self.right.update(other.right)
        self.total.update(other.total)
        self.wrong.extend(other.wrong)

    def share(self, kinds):
        total = sum(self.total[k] for k in kinds)
        return (sum(self.right[k] for k in kinds), total)


def compare_form(tally, truth, form):
    where = f"{truth['file']}#{truth['index']}"
    found = form is not None
    form = form or {}
    for key in HEADER:
        tally.add("header", truth[key], form.get(key), f"{where} {key}", found)
    for key in GOALS:
        tally.add("goals", truth[key], form.get(key), f"{where} {key}", found)
    got_rows = {}
    if found:
        for i, row in enumerate(form.get("funding") or []):
            role = row.get("role") or funding_role(row.get("label")) or ["total", "current", "carryover", "other"][min(i, 3)]
            got_rows.setdefault(role, row)
    for row in truth["funding"]:
        got = got_rows.get(row["role"])
        present = got is not None
        got = got or {}
        for key in FUNDING:
            expected, actual = row[key], got.get(key)
            if key == "label":
                expected, actual = LABEL_NOISE.sub("", norm(expected)), LABEL_NOISE.sub("", norm(actual))
            tally.add("funding", expected, actual, f"{where} funding {row['role']} {key}", present)
    got_indicators = form.get("indicators") or []
    pairs = align([norm(i["name"]) for i in truth["indicators"]], [norm(i.get("name")) for i in got_indicators])
    for t_index, row in enumerate(truth["indicators"]):
        got = got_indicators[pairs[t_index]] if t_index in pairs else {}
        for key in INDICATOR:
            tally.add(key, row[key], got.get(key), f"{where} indicator {t_index} {key}", t_index in pairs)
    total = form.get("total")
    for key in ("weight", "score"):
        tally.add("total", truth["total"][key], (total or {}).get(key), f"{where} total {key}", total is not None)


def align(expected, got):
    """truth row index → ziping row index, pairing rows by name (equal runs, then leftovers in order)."""
    pairs = {}
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or tag == "replace":
            for k in range(min(i2 - i1, j2 - j1)):
                pairs[i1 + k] = j1 + k
    return pairs


def measure(name, folder, truth, jar):
    parsed = by_form(run(jar, "parse", folder))
    checked_doc = run(jar, "check", folder)
    checked = by_form(checked_doc)
    tally = Tally()
    found = 0
    recall = defaultdict(lambda: [0, 0])
    clean_forms = clean_with_error = 0
    clean_rules = Counter()
    injected_other_errors = Counter()
    per_form = {}
    alarms = []
    for t in truth:
        key = (t["file"], t["index"])
        form = parsed.get(key)
        found += form is not None
        one = Tally()
        compare_form(one, t, form)
        tally.merge(one)
        per_form[t["file"]] = [form is not None] + list(one.share(KINDS))
        findings = (checked.get(key) or {}).get("findings") or []
        rules = {f["rule"] for f in findings}
        errors = Counter(f["rule"] for f in findings if f["severity"] == "error")
        for f in findings:
            if f["severity"] == "error" and not (t["injected"] and f["rule"] == t["injected"]["rule"]):
                alarms.append(f"{t['file']}#{t['index']} ALARM {f['rule']} {f['section']} row {f['row']}: "
                              f"stated {f['stated']!r} computed {f['computed']!r}"
                              + (" (a form with an injected error)" if t["injected"] else ""))
        if t["injected"]:
            category = t["injected"]["category"]
            recall[category][1] += 1
            recall[category][0] += t["injected"]["rule"] in rules
            for rule, n in errors.items():
                if rule != t["injected"]["rule"]:
                    injected_other_errors[rule] += n
        else:
            clean_forms += 1
            if errors:
                clean_with_error += 1
                clean_rules.update(errors)
    truth_keys = {(t["file"], t["index"]) for t in truth}
    parse_findings = sum(1 for f in checked.values() for x in f.get("findings") or [] if x["check"] == "parse")
    return {
        "set": name,
        "forms": len(truth),
        "found": found,
        "extra": sum(1 for k in parsed if k not in truth_keys),
        "fields": {k: [tally.right[k], tally.total[k]] for k in KINDS + ["goals"]},
        "overall": list(tally.share(KINDS)),
        "recall": {c: recall[c] for c in CATEGORIES if recall[c][1]},
        "cleanForms": clean_forms,
        "cleanWithError": clean_with_error,
        "cleanErrorRules": dict(sorted(clean_rules.items())),
        "injectedOtherErrors": dict(sorted(injected_other_errors.items())),
        "parseFindings": parse_findings,
        "wrong": alarms + tally.wrong,
        "perForm": per_form,
    }


def percent(pair):
    right, total = pair
    return "–" if total == 0 else f"{100 * right / total:.1f}"


def on_found(result):
    """Fields right over the forms that were found."""
    cells = [c for c in result["perForm"].values() if c[0]]
    return sum(c[1] for c in cells), sum(c[2] for c in cells)


def recall_total(result):
    right = sum(v[0] for v in result["recall"].values())
    total = sum(v[1] for v in result["recall"].values())
    return right, total


def summary_table(results):
    lines = [
        "| input | forms found | overall % | on found forms % | header | funding | indicators | total | goals | recall "
        "| clean alarms | parse |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        ind = [0, 0]
        for k in INDICATOR:
            ind[0] += r["fields"][k][0]
            ind[1] += r["fields"][k][1]
        rc = recall_total(r)
        lines.append(
            f"| {r['set']} | {r['found']}/{r['forms']}" + (f" (+{r['extra']})" if r["extra"] else "")
            + f" | {percent(r['overall'])} | {percent(on_found(r))} | {percent(r['fields']['header'])}"
            f" | {percent(r['fields']['funding'])}"
            f" | {percent(ind)} | {percent(r['fields']['total'])} | {percent(r['fields']['goals'])}"
            f" | {rc[0]}/{rc[1]} | {r['cleanWithError']}/{r['cleanForms']} | {r['parseFindings']} |")
    return lines


def report(results, truth, args, meta, compared=()):
    injected = Counter(t["injected"]["category"] for t in truth if t["injected"])
    lines = [
        "# Accuracy on generated forms",
        "",
        f"Written by `bench/accuracy.sh` ({meta}). {len(truth)} random 项目支出绩效自评表 of the seeds' template "
        f"(CN-A, Beijing 2024 flavour), {sum(injected.values())} of them with one injected error, made by "
        "`bench/gen/gen_forms.py`, printed to PDF by LibreOffice (xlsx) and by headless Chromium (HTML), and "
        "read by ziping from each PDF, from each extractor's text of it and from the HTML page copied as text. "
        "How the forms, the truth and the figures are made: [gen/README.md](gen/README.md).",
        "",
        "Fields are printed strings compared with whitespace removed (funding labels also without a leading "
        "`其中：` and a trailing colon); *overall* counts the header fields (year, "
        "project, department, unit), every funding cell and label, the eight cells of every indicator row and the "
        "two total cells (the goal texts are counted apart, in *goals*). A form that was not found counts all its "
        "fields wrong. *Recall*: forms with an injected error on which the expected rule fired (any severity). "
        "*On found forms*: the same over the forms ziping found. *Clean alarms*: clean forms with at least one error-level finding. *Parse*: parse findings over all forms.",
        "",
    ]
    lines += summary_table(results)
    lines += ["", "## Indicator cells, % right", "",
              "| input | " + " | ".join(INDICATOR) + " |", "|---|" + "---|" * len(INDICATOR)]
    for r in results:
        lines.append(f"| {r['set']} | " + " | ".join(percent(r["fields"][k]) for k in INDICATOR) + " |")
    lines += ["", "## Recall per injected category (forms where the rule fired / forms with that error)", "",
              "| input | " + " | ".join(f"{c} ({rule})" for c, rule in zip(CATEGORIES, RULES)) + " |",
              "|---|" + "---|" * len(CATEGORIES)]
    for r in results:
        lines.append(f"| {r['set']} | " + " | ".join(
            "/".join(map(str, r["recall"][c])) if c in r["recall"] else "–" for c in CATEGORIES) + " |")
    lines += ["", "## Error-level findings on clean forms (rule: findings) and other errors on injected forms", "",
              "| input | on clean forms | other errors on injected forms |", "|---|---|---|"]
    for r in results:
        lines.append(f"| {r['set']} | {fmt_rules(r['cleanErrorRules'])} | {fmt_rules(r['injectedOtherErrors'])} |")
    lines += ["", "## By style variant (all inputs pooled)", "",
              "Forms found and fields right, over every input, for the forms drawn with each variant.", "",
              "| variant | forms | found % | fields % |", "|---|---|---|---|"]
    for key in STYLE_KEYS:
        values = sorted({str(t["style"][key]) for t in truth})
        for value in values:
            files = [t["file"] for t in truth if str(t["style"][key]) == value]
            cells = [r["perForm"][f] for r in results for f in files]
            found = (sum(1 for c in cells if c[0]), len(cells))
            fields = (sum(c[1] for c in cells), sum(c[2] for c in cells))
            lines.append(f"| {key} = {value} | {len(files)} | {percent(found)} | {percent(fields)} |")
    for label, other in compared:
        lines += ["", f"## Compared: {label}", "",
                  f"The same inputs read by {label} (`--compare`); the tables above are the jar under test.", ""]
        lines += summary_table(other)
    lines += ["", "## Rerun", "",
              "```",
              f"bench/accuracy.sh {args.seed_hint}" + "".join(f' --compare "{c}"' for c in args.compare),
              "```",
              "",
              "The first run generates, renders and extracts into `target/accuracy/SEED-COUNT/` (about 25 minutes on "
              "this shared 2-core machine, most of it Chromium and pdfminer); reruns with the same seed and count "
              "reuse those files and only run ziping (about 4 minutes per jar). The wrong fields of each input are listed in "
              "`target/accuracy/SEED-COUNT/mismatches/`.", ""]
    return "\n".join(lines)


STYLE_KEYS = ["title", "totalLabel", "currentLabel", "partsColonCell", "fontSize", "level1Merged", "level2Merged",
              "headerRepeated", "targetHeader", "actualHeader", "weightHeader", "budgetHeader", "rateHeader",
              "absentPart"]
RULES = ["ZP101", "ZP102", "ZP103", "ZP201", "ZP202", "ZP203", "ZP204", "ZP205", "ZP301", "ZP302"]


def fmt_rules(rules):
    return ", ".join(f"{k}: {v}" for k, v in rules.items()) or "none"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--jar", default="target/ziping.jar")
    ap.add_argument("--out", default="bench/ACCURACY.md")
    ap.add_argument("--only", help="comma-separated input sets, e.g. lo/pdf,html/pipe")
    ap.add_argument("--jobs", type=int, default=1, help="input sets measured at a time")
    ap.add_argument("--meta", default="", help="a note for the report's first line (seed, commit)")
    ap.add_argument("--seed-hint", default="SEED COUNT")
    ap.add_argument("--compare", action="append", default=[], metavar="LABEL=JAR",
                    help="also read every input with another jar and add its summary table under LABEL")
    args = ap.parse_args()
    root = Path(args.dir)
    truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    sets = input_sets(root)
    if args.only:
        wanted = args.only.split(",")
        sets = [s for s in sets if s[0] in wanted]
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda s: measure(s[0], s[1], truth, args.jar), sets))
        compared = []
        for spec in args.compare:
            label, jar = spec.split("=", 1)
            compared.append((label, list(pool.map(lambda s: measure(s[0], s[1], truth, jar), sets))))
    for _, other in compared:
        for r in other:
            r.pop("wrong")
    (root / "mismatches").mkdir(exist_ok=True)
    for r in results:
        (root / "mismatches" / (r["set"].replace("/", "-") + ".txt")).write_text(
            "\n".join(r.pop("wrong")) + "\n", encoding="utf-8")
    Path(args.out).write_text(report(results, truth, args, args.meta, compared), encoding="utf-8")
    (root / "accuracy.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    for r in results:
        print(f"{r['set']:22} found {r['found']}/{r['forms']} overall {percent(r['overall'])}% "
              f"recall {'/'.join(map(str, recall_total(r)))} clean alarms {r['cleanWithError']}/{r['cleanForms']}",
              file=sys.stderr)


if __name__ == "__main__":
    main()
