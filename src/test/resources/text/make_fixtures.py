#!/usr/bin/python3
"""Copies the text fixtures of TextGridsTest from a generated set (bench/accuracy.sh SEED COUNT makes it):

    src/test/resources/text/make_fixtures.py target/accuracy/20261129-60

Each fixture is one generated form's text from one extractor, `<extractor set>/<file>.txt`, and truth.json holds
those forms' truth (bench/gen/README.md describes it). The fixtures were made from seed 20261129, 60 forms."""
import json
import shutil
import sys
from pathlib import Path

FIXTURES = {
    "html-pipe": ["f001", "f002", "f017"],
    "html-lines": ["f001", "f009", "f017"],
    "lo-pdftotext": ["f003", "f017"],
}

src = Path(sys.argv[1])
out = Path(__file__).resolve().parent
wanted = set()
for folder, files in FIXTURES.items():
    (out / folder).mkdir(exist_ok=True)
    for f in files:
        shutil.copyfile(src / "text" / folder / f"{f}.txt", out / folder / f"{f}.txt")
        wanted.add(f)
truth = [t for t in json.loads((src / "truth.json").read_text(encoding="utf-8")) if t["file"] in wanted]
(out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
