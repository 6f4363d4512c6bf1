#!/usr/bin/python3
"""Field accuracy of the template-family fixtures read from PDF, workbook and HTML (issue 11).

Reads every src/test/resources/families/<DIR>/<n>.pdf, .xlsx and .html with `ziping parse` and `ziping check` (JSON) and compares
the model with the form's truth.json, field by field, as printed: header (year, project, project code, department,
unit, further fields), funding rows (label, role, every cell the truth lists for a role the model keeps), goals,
indicators (names, labels, target, actual, weight, score, reason, method, single score, level-1 points, goal
block) and the total (weight, score, grade). Also: forms found, the family matched, and findings at error level
against the errors each truth.json declares. Prints a Markdown table per family and a summary; with --verbose,
every field that differs.

Usage: /usr/bin/python3 bench/family_accuracy.py [--jar target/ziping.jar] [--gen DIR [--inputs lo,chromium,xlsx,html]
       [--fixtures]] [--verbose] [--write]
With --gen DIR, the generated forms of `bench/gen/gen_forms.py --family all --out DIR` rendered by
`bench/gen/render.py DIR` instead (DIR/lo/*.pdf and DIR/chromium/*.pdf; a table per producer with the recall per
injected kind; --fixtures adds the fixtures' table); `bench/family_accuracy.sh` does all three steps.
With --write, the tables replace the section between the family markers of bench/ACCURACY.md (appended when
missing; bench/accuracy.py rewrites that file, so run this after it).
"""
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ('pdf', 'xlsx', 'html')
FAMILIES = ROOT / 'src/test/resources/families'
FLAVOUR_IDS = {'CN-A-AH': 'CN-A/AH', 'CN-A-YN': 'CN-A/YN'}
# funding cell roles the model keeps (others, such as pooled, are recognised but not read)
FUNDING_ROLES = {'initialBudget': 'initialBudget', 'budget': 'budget', 'adjustedBudget': 'budget',
                 'netBudget': 'budget', 'executed': 'executed', 'weight': 'weight', 'rate': 'rate', 'score': 'score',
                 'received': 'received', 'reason': 'reason', 'method': 'method'}


def key(text):
    """A label's key as the reader makes it: NFKC, no whitespace, no bracketed part, no leading 其中, no colons."""
    s = unicodedata.normalize('NFKC', text or '')
    s = re.sub(r'\s', '', s)
    s = re.sub(r'[(\[【][^)\]】]*[)\]】]', '', s)
    s = re.sub(r'^其中', '', s)
    return s.strip(':：')


# the rule that finds each kind of injected error (truth.json `errors[].kind`)
RULE_OF_KIND = {'rate': 'ZP101', 'rateRounding': 'ZP101', 'rateDenominator': 'ZP101', 'executionScore': ('ZP102', 'ZP105'),
                'fundingSum': 'ZP103', 'fundingTotalZero': 'ZP103', 'reasonMissing': 'ZP104',
                'missedTargetFullScore': 'ZP201', 'reverseScore': 'ZP201', 'scoreAboveWeight': 'ZP202',
                'metTargetDeducted': 'ZP203', 'convertedScore': 'ZP208', 'weightsSum': 'ZP301',
                'totalScore': 'ZP302', 'level1Points': ('ZP303', 'ZP305'), 'grade': 'ZP304',
                'indicatorReasonMissing': 'ZP204', 'unitMismatch': 'ZP205', 'netBudget': 'ZP106',
                'receivedRate': 'ZP107'}
START, END = '<!-- family_accuracy.py: start -->', '<!-- family_accuracy.py: end -->'


def as_tuple(rules):
    return rules if isinstance(rules, tuple) else (rules,)


def found(error, findings):
    """Whether a declared error has its rule's finding on its row (totals: any row)."""
    rules = as_tuple(RULE_OF_KIND[error['kind']])
    for f in findings:
        rule = f['rule']
        if rule in rules and (error['section'] == 'total' or key(f['label'] or '') == key(error['row'])
                                  or rule in ('ZP301', 'ZP302')):
            return True
    return False


def compact(text):
    return re.sub(r'\s', '', text or '')


def raw(value):
    if value is None:
        return None
    if isinstance(value, dict):
        return value.get('raw')
    return value


def expected_family(dirname, form):
    if dirname == 'TP' and form.get('flavour') == 'SC-2024':
        return 'TP/SC'
    return FLAVOUR_IDS.get(dirname, dirname)


class Tally:
    def __init__(self):
        self.right = 0
        self.fields = 0
        self.wrong = []

    def eq(self, where, want, got, norm=compact):
        self.fields += 1
        if norm(want) == norm(got):
            self.right += 1
        else:
            self.wrong.append(f'{where}: want {want!r} got {got!r}')


def target_text(ind):
    if 'comparator' in ind:
        comparator = ind['comparator']
        return (comparator or '') + ind['target'] + (ind.get('unit') or '')
    return ind['target']


def measure_text(m):
    if m is None:
        return None
    return m['raw']


def compare(t, form, tally, name):
    h = t['header']
    tally.eq(f'{name} year', t['year'], form['year'])
    tally.eq(f'{name} project', h.get('project'), form['project'])
    if 'projectCode' in h:
        tally.eq(f'{name} projectCode', h['projectCode'], form['projectCode'])
    tally.eq(f'{name} department', h.get('department'), form['department'])
    tally.eq(f'{name} unit', h.get('unit'), form['unit'])
    for field in ('manager', 'special', 'selfScore', 'centralDepartment'):
        if h.get(field):
            tally.eq(f'{name} {field}', h[field], form['fields'].get(field))
    rows = t['funding']['rows']
    tally.eq(f'{name} funding rows', str(len(rows)), str(len(form['funding'])))
    for i, (want, got) in enumerate(zip(rows, form['funding'])):
        tally.eq(f'{name} funding[{i}] label', key(want['label']), got['label'])
        tally.eq(f'{name} funding[{i}] role', want['role'], got['role'])
        for role, printed in want['cells'].items():
            if role == 'budget' and 'netBudget' in want['cells']:
                continue   # TP/SC: the model's budget is the rates' denominator C, not A
            if role in FUNDING_ROLES:
                tally.eq(f'{name} funding[{i}] {role}', printed, raw(got[FUNDING_ROLES[role]]))
    goals = [g for g in t.get('goals', []) if g.get('expected') or g.get('actual')]
    if goals:
        tally.eq(f'{name} expectedGoal', goals[0]['expected'], form['expectedGoal'])
        tally.eq(f'{name} actualResult', goals[0]['actual'], form['actualResult'])
    inds = t['indicators']
    tally.eq(f'{name} indicators', str(len(inds)), str(len(form['indicators'])))
    for i, (want, got) in enumerate(zip(inds, form['indicators'])):
        w = f'{name} ind[{i}] {want["name"]}'
        tally.eq(f'{w} name', want['name'], got['name'])
        tally.eq(f'{w} level1', want['level1'], got['level1'])
        tally.eq(f'{w} level2', want['level2'], got['level2'])
        if 'target' in want:
            tally.eq(f'{w} target', target_text(want), measure_text(got['target']))
            tally.eq(f'{w} actual', want['actual'], measure_text(got['actual']))
        if 'converted' in want:   # HEB-CA: weight 权重占比, score 折算得分, single 单项指标得分
            tally.eq(f'{w} weight', want['weight'], raw(got['weight']))
            tally.eq(f'{w} score', want['converted'], raw(got['score']))
            tally.eq(f'{w} singleScore', want['score'], raw(got['singleScore']))
        else:
            tally.eq(f'{w} weight', want.get('weight'), raw(got['weight']))
            tally.eq(f'{w} score', want.get('score'), raw(got['score']))
        tally.eq(f'{w} reason', want.get('reason') or '', got['reason'] or '')
        if 'method' in want:
            tally.eq(f'{w} method', want['method'], got['method'])
        if 'level1Points' in want and '分' in want.get('level1Label', ''):
            tally.eq(f'{w} level1Points', want['level1Points'], raw(got['level1Points']))
        if 'goalBlock' in want:
            tally.eq(f'{w} goalBlock', want['goalBlock'], got['goalBlock'])
    total = t.get('total')
    if total:
        got = form['total'] or {}
        tally.eq(f'{name} total weight', total.get('weight'), raw(got.get('weight')))
        tally.eq(f'{name} total score', total.get('score'), raw(got.get('score')))
        if total.get('grade'):
            tally.eq(f'{name} total grade', total['grade'], got.get('grade'))
    else:
        tally.eq(f'{name} no total', None, form['total'])


def run(jar, command, pdfs):
    """`ziping parse|check` of the files in batches (a command line holds a few hundred paths)."""
    out = {}
    for i in range(0, len(pdfs), 200):
        batch = [str(p) for p in pdfs[i:i + 200]]
        args = ['java', '-jar', jar, command, '--format', 'json', *batch] if command == 'check' else \
            ['java', '-jar', jar, command, *batch]
        text = subprocess.run(args, capture_output=True, text=True, check=False).stdout
        out.update({f['path']: f for f in json.loads(text)['files']})
    return out


class Case:
    """One form to measure: its truth, the family it should match, and its file per input format."""

    def __init__(self, group, truth, family, paths):
        self.group, self.truth, self.family, self.paths = group, truth, family, paths


def fixture_cases():
    cases = []
    for d in sorted(p for p in FAMILIES.iterdir() if p.is_dir()):
        for t in json.loads((d / 'truth.json').read_text(encoding='utf-8')):
            cases.append(Case(d.name, t, expected_family(d.name, t),
                              {fmt: str(d / f'{t["file"]}.{fmt}') for fmt in FORMATS}))
    return cases, FORMATS


PRODUCERS = {'lo': 'LibreOffice', 'chromium': 'Chromium', 'xlsx': 'workbook', 'html': 'HTML page'}
EXTENSION = {'lo': 'pdf', 'chromium': 'pdf', 'xlsx': 'xlsx', 'html': 'html'}
# The generated CN-A forms come from bench/gen/forms.py, whose header wording is drawn from the general lexicon's
# synonyms (预算数(A), 完成值, 指标分值 …): read with the general lexicon (the same scoring model) they count as matched.
GENERAL_TOO = {'CN-A': ('CN-A', 'general')}


def generated_cases(directory, inputs=('lo', 'chromium')):
    """The forms of `bench/gen/gen_forms.py --family …` in DIR, read from DIR/lo/*.pdf and DIR/chromium/*.pdf (or the
    workbooks and pages themselves: inputs xlsx, html, no rendering needed)."""
    root = Path(directory)
    cases = []
    for t in json.loads((root / 'truth.json').read_text(encoding='utf-8')):
        family = 'TP/SC' if t.get('flavour') == 'SC-2024' else t['family']
        cases.append(Case(family, t, GENERAL_TOO.get(family, family),
                          {p: str(root / p / f'{t["file"]}.{EXTENSION[p]}') for p in inputs}))
    return cases, tuple(inputs)


def measure(jar, cases, formats, verbose, per_category):
    """The Markdown table of the cases per group and format, and the declared errors without their finding."""
    parsed = {fmt: run(jar, 'parse', [c.paths[fmt] for c in cases]) for fmt in formats}
    checked = {fmt: run(jar, 'check', [c.paths[fmt] for c in cases]) for fmt in formats}
    recall_head = 'injected errors found, per kind' if per_category else 'declared errors found'
    lines = [f'| family | forms | input | found | family matched | fields right | {recall_head} | '
             'error findings on clean forms | other findings on clean forms | other rules\' errors on forms with errors |',
             '|---|---|---|---|---|---|---|---|---|---|']
    missed_all = []
    totals = {fmt: [0, 0, 0, 0, 0, 0, 0] for fmt in formats}   # right, fields, hits, declared, clean errors, forms, extra
    groups = list(dict.fromkeys(c.group for c in cases))
    for group in groups:
        members = [c for c in cases if c.group == group]
        for fmt in formats:
            tally = Tally()
            forms_found = matched = declared = hits = clean_errors = clean_other = extra_errors = 0
            kinds = {}
            for c in members:
                t, path = c.truth, c.paths[fmt]
                forms = parsed[fmt].get(path, {}).get('forms', [])
                if len(forms) == 1:
                    forms_found += 1
                if not forms:
                    tally.wrong.append(f'{t["file"]}.{fmt}: no form')
                    continue
                form = forms[0]
                if form['template'] and form['template']['family'] in (c.family if isinstance(c.family, tuple)
                                                                      else (c.family,)):
                    matched += 1
                else:
                    tally.wrong.append(f'{t["file"]}.{fmt}: family {form["template"]}')
                compare(t, form, tally, f'{t["file"]}.{fmt}')
                findings = checked[fmt][path]['forms'][0]['findings']
                errors = [f for f in findings if f['severity'] == 'error']
                declared += len(t['errors'])
                for e in t['errors']:
                    kind = kinds.setdefault(e['kind'], [0, 0])
                    kind[1] += 1
                    if found(e, findings):
                        hits += 1
                        kind[0] += 1
                    else:
                        missed_all.append(f'{group}/{t["file"]}.{fmt} {e["kind"]} {e["row"]}')
                declared_rules = {r for e in t['errors'] for r in as_tuple(RULE_OF_KIND[e['kind']])}
                extra_errors += sum(1 for f in errors if t['errors'] and f['rule'] not in declared_rules)
                if not t['errors']:
                    clean_errors += len(errors)
                    clean_other += len(findings) - len(errors)
                    if verbose:
                        tally.wrong += [f'{t["file"]}.{fmt}: clean form finding {f["rule"]} {f["severity"]} '
                                        f'{f["label"]}: {f["message"]}' for f in findings]
            total = totals[fmt]
            for i, v in enumerate((tally.right, tally.fields, hits, declared, clean_errors, len(members), extra_errors)):
                total[i] += v
            recall = f'{hits}/{declared}'
            if per_category and kinds:
                recall += ' (' + ', '.join(f'{k} {h}/{n}' for k, (h, n) in sorted(kinds.items())) + ')'
            lines.append(f'| {group} | {len(members)} | {PRODUCERS.get(fmt, fmt)} | {forms_found} | {matched} | '
                         f'{tally.right}/{tally.fields} ({100.0 * tally.right / max(1, tally.fields):.1f} %) | '
                         f'{recall} | {clean_errors} | {clean_other} | {extra_errors} |')
            if verbose:
                for w in tally.wrong:
                    print(f'  {group}/{w}')
    for fmt, (right, fields, hits, declared, clean_errors, n, extra) in totals.items():
        lines.append(f'| **all** | {n} | {PRODUCERS.get(fmt, fmt)} | | | {right}/{fields} '
                     f'({100.0 * right / max(1, fields):.1f} %) | {hits}/{declared} '
                     f'({100.0 * hits / max(1, declared):.1f} %) | {clean_errors} | | {extra} |')
    lines += ['', 'Declared errors without their finding: ' + ('; '.join(missed_all) if missed_all else 'none') + '.']
    return '\n'.join(lines)


def main():
    jar = str(ROOT / 'target/ziping.jar')
    if '--jar' in sys.argv:
        jar = sys.argv[sys.argv.index('--jar') + 1]
    verbose = '--verbose' in sys.argv
    tables = []
    if '--gen' in sys.argv:
        directory = sys.argv[sys.argv.index('--gen') + 1]
        inputs = sys.argv[sys.argv.index('--inputs') + 1].split(',') if '--inputs' in sys.argv else ('lo', 'chromium')
        cases, formats = generated_cases(directory, inputs)
        tables.append(('generated', directory, len(cases), measure(jar, cases, formats, verbose, True)))
    if '--gen' not in sys.argv or '--fixtures' in sys.argv:
        cases, formats = fixture_cases()
        tables.append(('fixtures', None, len(cases), measure(jar, cases, formats, verbose, False)))
    for _, _, _, table in tables:
        print(table + '\n')
    if '--write' in sys.argv:
        write(tables)


def write(tables):
    path = ROOT / 'bench/ACCURACY.md'
    text = path.read_text(encoding='utf-8') if path.exists() else ''
    parts = [START]
    for kind, directory, count, table in tables:
        if kind == 'generated':
            parts.append(
                f'## Template families: generated forms\n\n{count} random forms of every family of '
                f'`shared/TEMPLATES.md` (`bench/gen/gen_forms.py --family all`, {Path(directory).name}: the family\'s '
                f'layout, wording and scoring model, names and figures drawn, one injected error on every second form '
                f'of a category its rules check), printed by LibreOffice from the workbook and by headless Chromium '
                f'from the HTML page, read by `ziping parse`/`check` and compared with `truth.json` field by field '
                f'as in the fixtures\' table below; an injected error is found when its rule reports its row. Made by '
                f'`bench/family_accuracy.sh SEED COUNT`.\n\n{table}\n')
        else:
            parts.append(
                f'## Template-family fixtures\n\nThe forms of every family in `src/test/resources/families` '
                f'(two to four per family, see `src/test/fixtures/families/README.md`) read from their LibreOffice PDF, '
                f'their workbook and their HTML page by `ziping parse`/`check` and compared with their `truth.json` '
                f'field by field, as printed (header, funding cells, goals, indicator names, labels, targets, actuals, '
                f'weights, scores, reasons, methods, level-1 points, goal blocks, total and grade); a declared error is '
                f'found when its rule reports its row. Made by `/usr/bin/python3 bench/family_accuracy.py --write` '
                f'(after `mvn package`).\n\n{table}\n')
    parts.append(END)
    section = '\n'.join(parts)
    if START in text:
        text = text[:text.index(START)] + section + text[text.index(END) + len(END):]
    else:
        text = text.rstrip('\n') + '\n\n' + section + '\n'
    path.write_text(text, encoding='utf-8')


if __name__ == '__main__':
    main()
