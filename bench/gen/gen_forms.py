#!/usr/bin/python3
"""Seeded generator of random 项目支出绩效自评表 of the seeds' template, for measuring ziping (bench/ACCURACY.md).

    /usr/bin/python3 bench/gen/gen_forms.py --seed 20261129 --count 60 --out DIR

Writes into DIR:
  truth.json          the list of forms as printed (see bench/gen/README.md for the format)
  xlsx/<f>.xlsx       each form laid out as a spreadsheet (for LibreOffice: render.py)
  html/<f>.html       each form as a government-site page with the form as an HTML table (for Chromium: render.py)
  text/html-pipe/<f>.txt   the page's form copied as text, one row a line, cells separated by |
  text/html-lines/<f>.txt  the same copied one cell a line, blank lines between cells, NBSP for empty cells
Needs only Debian's python3-openpyxl. Same seed and count, same files.

    /usr/bin/python3 bench/gen/gen_forms.py --seed 7 --count 4 --family all --out DIR

With --family ID|all, forms of the template families of shared TEMPLATES.md instead (families.py): --count forms of
each family named (CN-A, CN-A/AH, CN-A/YN, SC-BM, AH-SX, HB-20, BJ-2016, HEB-CA, HB-GS, NX-YC, HN-NS, TP, TP/SC), files
named after the family (`CN-A-AH-000`), truth.json in the family fixtures' format (read by bench/family_accuracy.py
--gen DIR), xlsx/ and html/ only. Each family draws from its own stream of the seed, so one family's forms do not
depend on which others are made.
"""
import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import families  # noqa: E402
import forms  # noqa: E402
import layout  # noqa: E402
from openpyxl import Workbook  # noqa: E402

NBSP = "\u00a0"


def pipe_text(rows):
    return "".join("|".join(cells) + "\n" for cells in rows)


def lines_text(rows):
    out = []
    for cells in rows:
        for text in cells:
            out.append(text if text else NBSP)
            out.append("")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--prefix", default="f", help="file name prefix (default f: f000, f001, …)")
    ap.add_argument("--cover", action="store_true",
                    help="walk the style variants in turn instead of drawing them (a small set that shows them all)")
    ap.add_argument("--max-indicators", type=int, default=30, help="at most this many indicator rows (8–30)")
    ap.add_argument("--family", help="forms of a template family (ID or all) instead of the seeds' template")
    args = ap.parse_args()
    out = Path(args.out)
    if args.family:
        return family_forms(args, out)
    for sub in ("xlsx", "html", "text/html-pipe", "text/html-lines"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    truth = []
    for n in range(args.count):
        stem = f"{args.prefix}{n:03d}"
        form = forms.build_form(rng, n, stem, args.cover, args.max_indicators)
        grid = layout.build_grid(form)
        layout.write_xlsx(form, grid, out / "xlsx" / f"{stem}.xlsx")
        rows = layout.write_html(form, grid, out / "html" / f"{stem}.html")
        (out / "text/html-pipe" / f"{stem}.txt").write_text(pipe_text(rows), encoding="utf-8")
        (out / "text/html-lines" / f"{stem}.txt").write_text(lines_text(rows), encoding="utf-8")
        truth.append(forms.public(form))
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    injected = sum(1 for f in truth if f["injected"])
    print(f"{len(truth)} forms ({injected} with an injected error) in {out}")


def family_forms(args, out):
    wanted = families.FAMILIES if args.family == "all" else [args.family]
    for sub in ("xlsx", "html"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    truth = []
    for family in wanted:
        rng = random.Random(f"{args.seed}-{family}")
        for n in range(args.count):
            stem = f"{family.replace('/', '-')}-{n:03d}"
            xlsx, page = out / "xlsx" / f"{stem}.xlsx", out / "html" / f"{stem}.html"
            if family == "CN-A":
                form = forms.build_form(rng, n, stem, args.cover, min(args.max_indicators, 22))
                grid = layout.build_grid(form)
                layout.write_xlsx(form, grid, xlsx)
                layout.write_html(form, grid, page)
                record = dict(family=family, file=stem, index=1, **families.from_cna(form))
            else:
                form = families.build(rng, family, n)
                book = Workbook()
                book.active.title = "表1"
                form["_layout"](form).to_sheet(book.active)
                book.save(xlsx)
                families.mf.mp.write_text_as_runs(xlsx)
                page.write_text(form["_layout"](form).to_html(form["title"], outside=n % 2 == 1), encoding="utf-8")
                record = families.mf.truth_of(form, "TP" if family == "TP/SC" else family, stem, 1)
            truth.append(record)
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    injected = sum(1 for f in truth if f["errors"])
    print(f"{len(truth)} forms of {len(wanted)} families ({injected} with an injected error) in {out}")


if __name__ == "__main__":
    main()
