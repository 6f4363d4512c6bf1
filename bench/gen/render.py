#!/usr/bin/python3
"""Prints the forms written by gen_forms.py to PDF through both producers.

    /usr/bin/python3 bench/gen/render.py DIR [--jobs 2]

DIR/xlsx/*.xlsx → DIR/lo/<f>.pdf with LibreOffice (`soffice --headless --convert-to pdf`, many files per call);
DIR/html/*.html → DIR/chromium/<f>.pdf with headless Chromium (`--print-to-pdf --no-pdf-header-footer`), --jobs at a
time. Files whose PDF exists are skipped. Needs libreoffice-calc, chromium, fonts-noto-cjk.
"""
import argparse
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--no-pdf-header-footer"]
BATCH = 40


def libreoffice(sources, out):
    with tempfile.TemporaryDirectory(prefix="ziping-lo-") as profile:
        for i in range(0, len(sources), BATCH):
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                            "--outdir", str(out)] + [str(s) for s in sources[i:i + BATCH]],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def chromium(source, pdf):
    with tempfile.TemporaryDirectory(prefix="ziping-ch-") as profile:
        subprocess.run(CHROMIUM + [f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", source.resolve().as_uri()],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    root = Path(args.dir)
    lo, ch = root / "lo", root / "chromium"
    lo.mkdir(exist_ok=True)
    ch.mkdir(exist_ok=True)
    todo = [x for x in sorted((root / "xlsx").glob("*.xlsx")) if not (lo / (x.stem + ".pdf")).exists()]
    if todo:
        libreoffice(todo, lo)
    pages = [h for h in sorted((root / "html").glob("*.html")) if not (ch / (h.stem + ".pdf")).exists()]
    with ThreadPoolExecutor(args.jobs) as pool:
        list(pool.map(lambda h: chromium(h, ch / (h.stem + ".pdf")), pages))
    print(f"{len(todo)} LibreOffice and {len(pages)} Chromium PDFs in {root}", file=sys.stderr)


if __name__ == "__main__":
    main()
