#!/usr/bin/python3
"""Checks a truth.json written by gen_forms.py against the default rules, independently of the generator's own
arithmetic: it re-reads every printed string, works with rounding intervals as ziping does (README "Rules",
NOTES.md §4), and reports which rules a perfect reader would see fire on each form. A clean form must fire none of
ZP101–ZP103, ZP201–ZP205, ZP301, ZP302; a form with an injected error must fire its rule and no other error rule.

    /usr/bin/python3 bench/gen/selfcheck.py DIR/truth.json
"""
import json
import re
import sys
from decimal import Decimal as D

NUMBER = re.compile(r"^(?P<comp>≥|≤|=|>|<|不少于|不低于|不超过|小于|大于)?(?P<num>\d+(?:\.\d+)?)(?P<unit>.*?)"
                    r"(?P<tail>以上|以内)?$")
WORDS = {"不少于": "≥", "不低于": "≥", "不超过": "≤", "小于": "<", "大于": ">", "以上": "≥", "以内": "≤"}
ERROR_RULES = {"ZP101", "ZP102", "ZP103", "ZP201", "ZP202", "ZP301", "ZP302"}


def figure(text):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)%?", text)
    if not m:
        return None
    v = D(m[1])
    return v, half(v)


def half(v):
    return D(5).scaleb(v.as_tuple().exponent - 1)


def interval(text):
    f = figure(text)
    return None if f is None else (f[0] - f[1], f[0] + f[1])


def meets(a, b):
    return a[0] <= b[1] and b[0] <= a[1]


def plus(a, b):
    return a[0] + b[0], a[1] + b[1]


def measure(text):
    if text == "/":
        return "not_done"
    m = NUMBER.match(text)
    if not m or m["unit"] and re.search(r"\d", m["unit"]):
        return None
    comp = m["comp"] or m["tail"]
    return WORDS.get(comp, comp), D(m["num"]), m["unit"]


def expected_score(target, actual, weight):
    """Interval the default rules allow, 'met', or None when they do not score the row."""
    a = measure(actual)
    if a == "not_done":
        return (D(0), D(0))
    t = measure(target)
    if not t or t == "not_done" or not a:
        return None
    comp, tv, tu = t
    acomp, av, au = a
    if tu and au and tu != au:
        return None
    comp = comp or "="
    if acomp in ("≥", "≤", ">", "<"):
        return "met"
    ah = half(av)
    if comp in ("≤", "<"):
        if av < tv or comp == "≤" and av == tv:
            return "met"
        return tv / (av + ah) * weight, tv / (av - ah) * weight
    if av > tv or comp != ">" and av == tv:
        return "met"
    return max(av - ah, D(0)) / tv * weight, (av + ah) / tv * weight


def check(form):
    fired = set()
    funding = form["funding"]
    for row in funding:
        b, e, r = interval(row["budget"]), interval(row["executed"]), interval(row["rate"].rstrip("%"))
        if b and e and r and D(row["budget"]) != 0:
            if not meets(r, (e[0] / b[1] * 100, e[1] / b[0] * 100)):
                fired.add("ZP101")
    total = funding[0]
    b, e, s = interval(total["budget"]), interval(total["executed"]), interval(total["score"])
    if b and e and s:
        w = D(total["weight"])
        if not meets(s, (min(e[0] / b[1] * w, w), min(e[1] / b[0] * w, w))):
            fired.add("ZP102")
    for key in ("initialBudget", "budget", "executed"):
        parts = [interval(r[key]) for r in funding[1:] if interval(r[key])]
        if parts and interval(total[key]):
            sum_ = parts[0]
            for p in parts[1:]:
                sum_ = plus(sum_, p)
            if not meets(interval(total[key]), sum_):
                fired.add("ZP103")
    weights = D(total["weight"])
    scores = interval(total["score"])
    for row in form["indicators"]:
        w = D(row["weight"])
        s = interval(row["score"])
        weights += w
        scores = plus(scores, s)
        t, a = measure(row["target"]) if row["target"] else None, measure(row["actual"])
        if t and a and t != "not_done" and a != "not_done" and t[2] and a[2] and t[2] != a[2]:
            fired.add("ZP205")
        if not meets(s, (D(0), w)):
            fired.add("ZP202")
            continue
        expected = expected_score(row["target"], row["actual"], w) if row["target"] else None
        if expected == "met":
            if s[1] < w:
                fired.add("ZP203")
        elif expected and not meets(s, expected):
            fired.add("ZP201")
        if (D(row["score"]) < w or row["actual"] == "/") and not row["reason"].strip():
            fired.add("ZP204")
    if weights != D(form["total"]["weight"]):
        fired.add("ZP301")
    if not meets(interval(form["total"]["score"]), scores):
        fired.add("ZP302")
    return fired


def main():
    forms = json.loads(open(sys.argv[1], encoding="utf-8").read())
    bad = 0
    for form in forms:
        fired = check(form)
        injected = form["injected"]
        expected = {injected["rule"]} if injected else set()
        errors = fired & ERROR_RULES
        ok = expected <= fired and not (errors - expected) and (injected or not fired)
        if not ok:
            bad += 1
            print(f"{form['file']}: injected {injected and injected['category']} fired {sorted(fired)}")
    print(f"{len(forms)} forms, {bad} inconsistent")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
