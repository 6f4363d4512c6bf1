#!/usr/bin/python3
"""Extracts the text of every PDF under DIR/lo and DIR/chromium with the tools users run.

    /usr/bin/python3 bench/gen/extract.py DIR [--jobs 2] [--classpath target/ziping.jar:target/bench-gen]

Writes DIR/text/<producer>-<extractor>/<f>.txt, producer lo or chromium, extractor:
  pdftotext    `pdftotext -layout` (poppler-utils)
  pdfminer     pdfminer.six with default layout parameters (what `pdf2txt FILE` prints; python3-pdfminer)
  pdfminer-m40 pdfminer.six with char_margin 40 and boxes_flow disabled (`pdf2txt -M 40 -F disabled FILE`)
  pymupdf      PyMuPDF `page.get_text()` per page, pages joined by form feeds (python3-fitz)
  pdfbox       PDFBox 3.0.3 `PDFTextStripper` defaults (bench/gen/StripText.java run on the classpath given)
Existing outputs are kept.
"""
import argparse
import subprocess
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

PRODUCERS = ["lo", "chromium"]
EXTRACTORS = ["pdftotext", "pdfminer", "pdfminer-m40", "pymupdf", "pdfbox"]


def pdfminer_text(pdf, char_margin):
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams
    params = LAParams() if char_margin is None else LAParams(char_margin=char_margin, boxes_flow=None)
    return extract_text(str(pdf), laparams=params)


def pymupdf_text(pdf):
    import fitz
    with fitz.open(str(pdf)) as doc:
        return "\f".join(page.get_text() for page in doc)


def one(job):
    extractor, pdf, out = job
    if extractor == "pdftotext":
        subprocess.run(["pdftotext", "-layout", str(pdf), str(out)], check=True)
        return
    if extractor == "pdfminer":
        text = pdfminer_text(pdf, None)
    elif extractor == "pdfminer-m40":
        text = pdfminer_text(pdf, 40)
    else:
        text = pymupdf_text(pdf)
    Path(out).write_text(text, encoding="utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--classpath", default="target/ziping.jar:target/bench-gen")
    ap.add_argument("--extractors", default=",".join(EXTRACTORS))
    args = ap.parse_args()
    root = Path(args.dir)
    extractors = args.extractors.split(",")
    jobs = []
    for producer in PRODUCERS:
        pdfs = sorted((root / producer).glob("*.pdf"))
        for extractor in extractors:
            out_dir = root / "text" / f"{producer}-{extractor}"
            out_dir.mkdir(parents=True, exist_ok=True)
            todo = [p for p in pdfs if not (out_dir / (p.stem + ".txt")).exists()]
            if extractor == "pdfbox":
                if todo:
                    subprocess.run(["java", "-cp", args.classpath, "StripText", str(out_dir)] + [str(p) for p in todo],
                                   check=True, stderr=subprocess.DEVNULL)
            else:
                jobs.extend((extractor, p, out_dir / (p.stem + ".txt")) for p in todo)
    with ProcessPoolExecutor(args.jobs) as pool:
        list(pool.map(one, jobs, chunksize=4))


if __name__ == "__main__":
    main()
