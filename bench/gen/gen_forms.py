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
"""
import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import forms  # noqa: E402
import layout  # noqa: E402

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
    args = ap.parse_args()
    out = Path(args.out)
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


if __name__ == "__main__":
    main()
