#!/usr/bin/python3
"""Counts the generated forms whose pdfminer default-order text prints three or more rows' 分值 (or 得分) as one run.

pdfminer's default layout analysis prints its boxes by their merge tree, which for many forms puts the cells of
several rows of one column in one run of bare numbers (`5 5 6 0 6 6`: six rows' 分值); which row holds which number is
then not in the text (bench/ACCURACY.md, sixteenth session). A run counts where three consecutive rows' 分值 (or 得分),
not all equal, stand as three consecutive numbers of the text. Run from the repository root with the corpora that
bench/accuracy.sh made:
    /usr/bin/python3 bench/column_runs.py target/accuracy/*-60
"""
import json
import re
import sys
from pathlib import Path

NUMBER = re.compile(r"\d+(\.\d+)?")


def runs(text):
    """The runs of consecutive bare numbers among the text's words."""
    out, current = [], []
    for word in text.split():
        if NUMBER.fullmatch(word):
            current.append(word)
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def column_run(text, form):
    for column in ("weight", "score"):
        cells = [row[column] for row in form["indicators"]]
        for i in range(len(cells) - 2):
            three = cells[i:i + 3]
            if len(set(three)) > 1 and any(run[j:j + 3] == three for run in runs(text) for j in range(len(run) - 2)):
                return True
    return False


def main():
    for producer in ("lo", "chromium"):
        forms = found = 0
        for corpus in map(Path, sys.argv[1:]):
            for form in json.loads((corpus / "truth.json").read_text(encoding="utf-8")):
                text = (corpus / "text" / f"{producer}-pdfminer" / f"{form['file']}.txt").read_text(encoding="utf-8")
                forms += 1
                found += column_run(text, form)
        print(f"{producer}: {found} of {forms} forms print three or more rows' 分值 or 得分 as one run")


if __name__ == "__main__":
    main()
