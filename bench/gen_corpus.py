#!/usr/bin/env python3
"""Writes a synthetic corpus for bench/run.sh from the seed documents in samples/ and the fixture PDFs.

text/: about --forms forms in roughly one file per two forms: files of 1, 2, 3, 5 or 14 forms cut from the seeds
(two layouts: the 000/001 one and the 003 one with wrapped names and `_` placeholders), a few self-evaluation
reports (002), some pages separated by form feeds, line ends LF or CRLF, encodings UTF-8 (with and without BOM),
GB18030 and UTF-16LE with BOM; in about a third of the forms one printed decimal has a digit changed, which the
rules usually report. pdf/: --pdfs copies of src/test/resources/pdf/{000,001,003}.pdf (1, 1 and 14 forms).
Prints a JSON line with the counts. Needs only python3; deterministic for a given --seed.

    python3 bench/gen_corpus.py OUT_DIR [--forms 20000] [--pdfs 300] [--seed 1]
"""
import argparse
import json
import random
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PDFS = ROOT / "src/test/resources/pdf"
TITLE = "项目支出绩效自评表"
# forms per file and how often (mean about 1.9 forms per file)
SIZES = [(1, 75), (2, 12), (3, 5), (5, 4), (14, 4)]
ENCODINGS = [("utf-8", 60), ("utf-8-sig", 10), ("gb18030", 20), ("utf-16", 10)]
REPORT_SHARE = 0.005
ERROR_SHARE = 0.33
DECIMAL = re.compile(r"\d+\.\d+")


def form_pieces():
    """Every seed form as its own list of lines: 000, 001, and the fourteen forms of 003."""
    pieces = [read_lines("000_abdcfc8520cbd6f1.txt"), read_lines("001_774e03a9acda7a8d.txt")]
    lines = read_lines("003_6f58d3ca56c706f4.txt")
    starts = [i for i, line in enumerate(lines) if line.strip() == TITLE]
    starts = [max(s - 1, 0) for s in starts]
    for a, b in zip(starts, starts[1:] + [len(lines)]):
        pieces.append(lines[a:b])
    return pieces


def read_lines(name):
    return (SAMPLES / name).read_text(encoding="utf-8").split("\n")


def weighted(rng, choices):
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]


def with_error(rng, lines):
    """The lines with one digit of one printed decimal changed."""
    spots = [(i, m) for i, line in enumerate(lines) for m in DECIMAL.finditer(line)]
    if not spots:
        return lines
    i, m = rng.choice(spots)
    number = m.group()
    digits = [k for k, ch in enumerate(number) if ch.isdigit()]
    k = rng.choice(digits)
    changed = number[:k] + str((int(number[k]) + rng.randint(1, 9)) % 10) + number[k + 1:]
    out = list(lines)
    out[i] = lines[i][:m.start()] + changed + lines[i][m.end():]
    return out


def write_text(path, lines, rng):
    newline = "\r\n" if rng.random() < 0.3 else "\n"
    data = newline.join(lines)
    path.write_bytes(data.encode(weighted(rng, ENCODINGS)))


def text_corpus(out, forms_wanted, rng):
    pieces = form_pieces()
    report = read_lines("002_b9b88a0ff98e24c9.txt")
    forms = files = reports = errors = 0
    while forms < forms_wanted:
        folder = out / f"part-{files // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        name = folder / f"{files:06d}.txt"
        files += 1
        if rng.random() < REPORT_SHARE:
            write_text(name, report, rng)
            reports += 1
            continue
        n = min(weighted(rng, SIZES), forms_wanted - forms)
        lines = []
        for k in range(n):
            piece = rng.choice(pieces)
            if rng.random() < ERROR_SHARE:
                piece = with_error(rng, piece)
                errors += 1
            if k > 0:
                lines.append("\f" if rng.random() < 0.5 else "")
            lines.extend(piece)
        write_text(name, lines, rng)
        forms += n
    return {"text_files": files, "text_forms": forms, "text_reports": reports, "text_injected_errors": errors}


def pdf_corpus(out, copies):
    out.mkdir(parents=True, exist_ok=True)
    seeds = [("000", 1), ("001", 1), ("003", 14)]
    forms = 0
    for i in range(copies):
        seed, n = seeds[i % len(seeds)]
        shutil.copyfile(PDFS / f"{seed}.pdf", out / f"{i:05d}-{seed}.pdf")
        forms += n
    return {"pdf_files": copies, "pdf_forms": forms}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out", type=Path)
    p.add_argument("--forms", type=int, default=20000)
    p.add_argument("--pdfs", type=int, default=300)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    rng = random.Random(args.seed)
    counts = text_corpus(args.out / "text", args.forms, rng)
    counts.update(pdf_corpus(args.out / "pdf", args.pdfs))
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
