"""Random forms of every template family in shared TEMPLATES.md (issue 11), laid out by the family fixtures' own
layouts (src/test/fixtures/families/make_families.py) and recorded in the fixtures' truth format (that script's
README), so that bench/family_accuracy.py measures generated forms exactly as it measures the fixtures.

`build(rng, family, number)` gives one form dict: random names and figures, the family's columns, merges and header
wording, its scoring model for the arithmetic (execution points and denominator, forward/reverse formulas, weights on
level-1 labels, 折算得分, grades, goal blocks), and, on about half of the forms, one injected error of a category the
family's rules check (`ERRORS`). CN-A (Beijing) comes from forms.py/layout.py, the seeds' generator, converted to the
same truth format (`from_cna`).
"""
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src/test/fixtures/families"))
import make_families as mf  # noqa: E402
import forms  # noqa: E402

D = Decimal
CITIES = ["青溪县", "石岭区", "云溪区", "澜沧江州", "芒康县", "青衣县", "云顶县", "砀溪县", "中坝县", "江岸区", "沙洲区",
          "枫林区", "滦河市", "清泉县", "汉江市", "丹阳县", "红寺堡区", "沙坡头区", "衡岭县", "沅北县", "江城市", "嘉陵县",
          "峨边县", "岷山县"]
LEVEL2 = {"产出指标": ["数量指标", "质量指标", "时效指标", "成本指标"],
          "效益指标": ["社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标"],
          "满意度指标": ["服务对象满意度指标"]}
QUAL = ["明显提升", "持续提升", "有效保障", "显著改善", "长期有效", "总体稳定", "成效明显", "持续增强"]
COUNT_UNITS = ["个", "项", "次", "场", "户", "人次", "公里", "批次", "册", "套", "平方米", "家"]
TIME_UNITS = ["个工作日", "天", "小时"]
FAMILIES = ["CN-A", "CN-A/AH", "CN-A/YN", "SC-BM", "AH-SX", "HB-20", "BJ-2016", "HEB-CA", "HB-GS", "NX-YC", "HN-NS",
            "TP", "TP/SC"]
# the injected error categories of each family (truth kinds, bench/family_accuracy.py RULE_OF_KIND names their rules)
ERRORS = {
    "CN-A/AH": ["rate", "executionScore", "fundingSum", "missedTargetFullScore", "metTargetDeducted", "level1Points",
                "totalScore", "scoreAboveWeight"],
    "CN-A/YN": ["rate", "executionScore", "fundingSum", "missedTargetFullScore", "grade", "totalScore",
                "metTargetDeducted"],
    "SC-BM": ["rateDenominator", "executionScore", "reasonMissing", "missedTargetFullScore", "metTargetDeducted",
              "weightsSum", "totalScore", "fundingSum"],
    "AH-SX": ["rate", "executionScore", "level1Points", "missedTargetFullScore", "totalScore", "scoreAboveWeight"],
    "HB-20": ["rate", "executionScore", "level1Points", "grade", "totalScore"],
    "BJ-2016": ["rate", "executionScore", "reverseScore", "missedTargetFullScore", "totalScore", "fundingSum"],
    "HEB-CA": ["rate", "convertedScore", "missedTargetFullScore", "fundingSum"],
    "HB-GS": ["executionScore", "scoreAboveWeight", "totalScore"],
    "NX-YC": ["executionScore", "scoreAboveWeight", "totalScore"],
    "HN-NS": ["rate", "fundingSum"],
    "TP": ["rate", "fundingSum"],
    "TP/SC": ["rateDenominator", "netBudget", "receivedRate", "fundingSum"],
}
CNA_KIND = {"exec_rate": "rate", "exec_score": "executionScore", "breakdown": "fundingSum",
            "indicator_score": "missedTargetFullScore", "score_range": "scoreAboveWeight",
            "met_deducted": "metTargetDeducted", "missing_reason": "indicatorReasonMissing",
            "unit_mismatch": "unitMismatch", "weight_sum": "weightsSum", "total_score": "totalScore"}


def q(value, dp=2):
    return D(value).quantize(D(1).scaleb(-dp), ROUND_HALF_UP)


def grade_of(total):
    total = D(total)
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


# ------------------------------------------------------------------------------------------------------ content

class Content:
    """Names, goals, funding figures and indicator rows drawn for one form, before a family lays them out."""

    def __init__(self, rng):
        self.rng = rng
        self.names = forms.Names(rng)
        self.city = rng.choice(CITIES)
        self.year = str(rng.randint(2016, 2024))
        bureau = rng.choice(forms.BUREAUS)
        self.department = self.city + bureau
        self.unit = rng.choice([self.department, self.city + rng.choice(forms.UNIT_KINDS),
                                self.department + rng.choice(forms.UNIT_KINDS)])
        self.project = self.names.project(self.year).replace("北京市", self.city)
        self.expected, self.actual = self.names.goal(), self.names.goal()

    def amount(self, low=20, high=2000, dp=2):
        return q(D(self.rng.randint(low * 100, high * 100)) / 100, dp)

    def executed(self, budget, low=0.86):
        return q(budget * D(str(round(self.rng.uniform(low, 1.0), 4))), 2)

    def reason(self):
        return self.names.reason()

    def rows(self, weights, level1s, missed=0.3):
        """Indicator rows, one per weight, under the given level-1 labels in order: dicts of printed strings plus
        `_t`/`_a`/`_reverse`/`_qual` for injection. Met rows score their weight; missed ones forward a/t × w or
        reverse t/a × w (2 decimals) with a reason."""
        rng = self.rng
        out = []
        for weight, level1 in zip(weights, level1s):
            level2 = rng.choice(LEVEL2[level1])
            kind = rng.choice(["count", "count", "pct", "rev", "qual"])
            if level2 == "服务对象满意度指标":
                kind = "pct"
            if level2 == "时效指标":
                kind = rng.choice(["rev", "pct"])
            row = dict(level1=level1, level2=level2, _qual=kind == "qual", _reverse=kind == "rev")
            is_missed = kind != "qual" and weight >= 2 and rng.random() < missed
            if kind == "qual":
                phrase = rng.choice(QUAL)
                row.update(name=rng.choice(forms.OBJECTS) + rng.choice(["工作成效", "水平", "长效机制", "服务质量"]),
                           comparator="定性", value=phrase, unit="", actual=phrase, _t=None, _a=None)
            elif kind == "pct":
                t = D(rng.choice([80, 85, 90, 95, 98]))
                a = q(D(rng.uniform(float(t) - 12, float(t) - 1)), 1) if is_missed else \
                    q(D(rng.uniform(float(t), 100)), 1)
                a = a.normalize() if a == a.to_integral_value() else a
                name = (rng.choice(forms.OBJECTS) + rng.choice(["合格率", "完成率", "达标率", "覆盖率"])
                        if level2 != "服务对象满意度指标" else rng.choice(["服务对象", "群众", "受益群众", "参训人员"]) + "满意度")
                row.update(name=name, comparator="≥", value=str(t), unit="%", actual=format(a, "f"), _t=t, _a=a)
            elif kind == "count":
                t = D(rng.randint(5, 2000))
                a = D(int(t * D(str(rng.uniform(0.6, 0.97))))) if is_missed else \
                    D(int(t * D(str(rng.uniform(1.0, 1.3)))))
                if is_missed and a >= t:
                    a = t - 1
                row.update(name=rng.choice(forms.PREFIXES[:4]) + rng.choice(forms.OBJECTS) + rng.choice(["数量", "次数", "规模"]),
                           comparator="≥", value=str(t), unit=rng.choice(COUNT_UNITS), actual=str(a), _t=t, _a=a)
            else:
                t = D(rng.randint(3, 30))
                a = t + rng.randint(1, max(1, int(t) // 3)) if is_missed else D(rng.randint(max(1, int(t) // 2), int(t)))
                row.update(name=rng.choice(forms.OBJECTS) + rng.choice(["办结时限", "响应时间", "完成时限"]),
                           comparator="≤", value=str(t), unit=rng.choice(TIME_UNITS), actual=str(a), _t=t, _a=a)
            w = D(weight)
            if is_missed:
                ratio = row["_t"] / row["_a"] if row["_reverse"] else row["_a"] / row["_t"]
                row["_score"] = min(w, q(w * ratio))
                row["reason"] = self.reason()
            else:
                row["_score"] = w
                row["reason"] = ""
            row["_w"] = w
            row["target"] = row["comparator"] + row["value"] + row["unit"] if not row["_qual"] else row["value"]
            row["_actualJoined"] = row["actual"] + (row["unit"] if not row["_qual"] else "")
            out.append(row)
        return out


def split_weights(rng, total, n):
    """n whole-number weights, each at least 2, adding up to total."""
    total = int(total)
    n = max(1, min(n, total // 2))
    ws = [2] * n
    for _ in range(total - 2 * n):
        ws[rng.randrange(n)] += 1
    return ws


def weights_for(rng, points):
    """Rows per level-1 label: {label: points} → (weights, labels) with each label's weights adding up to its points."""
    weights, labels = [], []
    for label, pts in points.items():
        n = max(1, min(rng.randint(1, 4), int(pts) // 4))
        ws = split_weights(rng, pts, n)
        weights += ws
        labels += [label] * len(ws)
    return weights, labels


def printed(w):
    return mf.fmt(w)


# ------------------------------------------------------------------------------------------------------ families

def cnah(c, rng):
    pts = {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    ws, l1 = weights_for(rng, pts)
    rows = c.rows(ws, l1)
    for r in rows:
        r["level1Points"] = str(pts[r["level1"]])
        r["level1Label"] = f"{r['level1']}({pts[r['level1']]}分)"
    a = c.amount()
    b = c.executed(a)
    s = D(mf.capped(10, b, a))
    headers = rng.choice([["年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
                          ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]])
    roles = mf.CNA_FUND_ROLES
    form = dict(title="项目支出绩效自评表", year=c.year, _yearLine=f"({c.year}年度)",
                header=dict(project=c.project, department=f"{rng.randint(100, 999)}-{c.department}",
                            unit=f"{rng.randint(100000, 999999)}-{c.unit}"),
                funding=dict(columns=headers, columnRoles=roles, rows=[
                    mf.funding_row("年度资金总额:", "total", roles, [str(a), str(a), str(b), "10", mf.rate(b, a), printed(s)]),
                    mf.funding_row("其中:本年财政拨款", "current", roles, [str(a), str(a), str(b), "", "", ""]),
                    mf.funding_row("上年结转资金", "carryover", roles, [""] * 6),
                    mf.funding_row("其他资金", "other", roles, [""] * 6)]),
                goals=[dict(expected=c.expected, actual=c.actual)], _exec=s, _rows=rows)
    form["_layout"] = mf.layout_cnah
    return form


def cnyn(c, rng):
    yuan = rng.random() < 0.3
    ws = split_weights(rng, 90, rng.randint(5, 9))
    l1 = sorted((rng.choice(["产出指标", "产出指标", "效益指标", "满意度指标"]) for _ in ws),
                key=["产出指标", "效益指标", "满意度指标"].index)
    rows = c.rows(ws, l1)
    for r in rows:
        r["level1Label"] = r["level1"]
        if r["_qual"]:
            r.update(comparator="定性", value="优良中低差", actual="优", target="优良中低差")
        else:
            r["comparator"] = rng.choice({"≥": ["≥", "≧"], "≤": ["≤"]}[r["comparator"]])
    a = c.amount(20000, 900000) if yuan else c.amount()
    b = c.executed(a)
    s = D(mf.capped(10, b, a))
    roles = mf.CNA_FUND_ROLES
    dash = ["—", "—", "—"]
    return dict(title=rng.choice(["项目支出绩效自评表", f"{c.city}项目支出绩效自评表"]), year=c.year,
                _yearLine=f"（{c.year}年度）", _fundUnit="元" if yuan else "万元",
                header=dict(project=c.project, department=c.department, unit=c.unit),
                funding=dict(columns=["年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率", "得分"], columnRoles=roles,
                             rows=[mf.funding_row("年度资金总额", "total", roles, [str(a), str(a), str(b), "10", mf.rate(b, a),
                                                                               printed(s)]),
                                   mf.funding_row("其中：当年财政拨款", "current", roles, [str(a), str(a), str(b)] + dash),
                                   mf.funding_row("上年结转资金", "carryover", roles, ["", "", ""] + dash),
                                   mf.funding_row("其他资金", "other", roles, ["", "", ""] + dash)]),
                goals=[dict(expected=c.expected, actual=c.actual)], _exec=s, _rows=rows, _split=True, _grade=True,
                _layout=mf.layout_cnyn)


def scbm(c, rng):
    a0 = c.amount()
    a = q(a0 * D(str(round(rng.uniform(0.9, 1.2), 3))))
    b = c.executed(a, low=0.8)
    s = D(mf.capped(10, b, a))
    r = mf.rate(b, a)
    reason = c.reason() if b * 100 < a * 90 else rng.choice(["", "/"])
    ws = split_weights(rng, 90, rng.randint(5, 9))
    l1 = sorted((rng.choice(["产出指标", "产出指标", "效益指标", "满意度指标"]) for _ in ws),
                key=["产出指标", "效益指标", "满意度指标"].index)
    rows = c.rows(ws, l1)
    for x in rows:
        x["level1Label"] = x["level1"]
        if x["_qual"]:
            x["comparator"] = "定性"
    roles = mf.SC_FUND_ROLES
    slash = ["/", "/", "/"]
    code = f"51{rng.randint(1000, 9999)}{c.year[2:]}R{rng.randint(0, 10 ** 12 - 1):012d}"[:21].ljust(21, "0")
    return dict(title=rng.choice(["部门预算项目支出绩效自评表（{}年度）", "部门预算项目支出绩效自评表({}年度)"]).format(c.year),
                year=c.year, _reportNo="报表编号：510000_0013zp",
                header=dict(projectCode=code, project=c.project, department=c.department + "本级", unit=c.unit,
                            manager=rng.choice(["", "周明远", "罗晓琴"]), financeManager=""),
                goals=[dict(expected=c.expected, actual=c.actual)], _process=rng.choice(["", c.names.goal()]),
                funding=dict(labelHeader="年度预算数（万元）", columns=mf.SC_FUND, columnRoles=roles, rows=[
                    mf.funding_row("总额", "total", roles, [str(a0), str(a), str(b), r, "10", printed(s), reason]),
                    mf.funding_row("其中：财政资金", "current", roles, [str(a0), str(a), str(b), r] + slash),
                    mf.funding_row("财政专户管理资金", "other", roles, ["0.00", "0.00", "0.00", "0.00%"] + slash),
                    mf.funding_row("单位资金", "other", roles, ["0.00", "0.00", "0.00", "0.00%"] + slash),
                    mf.funding_row("其他资金", "other", roles, ["", "", "", ""] + slash)]),
                _exec=s, _rows=rows, _split=True, _layout=mf.layout_scbm,
                _conclusion="项目自评得分{}分。", _problems=c.reason(), _measures=c.reason())


def ahsx(c, rng):
    pts = {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    ws, l1 = weights_for(rng, pts)
    rows = c.rows(ws, l1)
    for r in rows:
        r["level1Points"] = str(pts[r["level1"]])
        r["level1Label"] = f"{r['level1']}({pts[r['level1']]}分)"
    a = c.amount()
    b = c.executed(a)
    s = D(mf.capped(10, b, a))
    roles = ["budget", "executed", "weight", "rate", "score"]
    return dict(title="绩效目标自评表", year=c.year, _yearLine=rng.choice(["（{}年度）", "({}年度)"]).format(c.year),
                header=dict(project=c.project, manager=f"{rng.choice(['陈立新', '黄家齐', '王芳'])} 0557-{rng.randint(1000000, 9999999)}",
                            department=f"{c.department}（{rng.randint(100, 999)}）", unit=c.unit),
                funding=dict(columns=["全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"], columnRoles=roles, rows=[
                    mf.funding_row("年度资金总额:", "total", roles, [str(a), str(b), "10", mf.rate(b, a), printed(s)]),
                    mf.funding_row("其中:本年财政拨款", "current", roles, [str(a), str(b), "", "", ""]),
                    mf.funding_row("其他资金", "other", roles, ["", "", "", "", ""])]),
                goals=[dict(expected=c.expected, actual=c.actual)], _exec=s, _rows=rows, _layout=mf.layout_ahsx)


def hb20(c, rng):
    two = rng.random() < 0.4
    blocks = ["年度绩效目标1（40分）", "年度绩效目标2（40分）"] if two else ["年度绩效目标（80分）"]
    block_pts = [40, 40] if two else [80]
    rows = []
    for block, bp in zip(blocks, block_pts):
        labels = ["产出指标", "效益指标", "满意度指标"][:rng.randint(2, 3)]
        cut = {2: [bp * 3 // 4, bp // 4], 3: [bp // 2, bp * 3 // 8, bp // 8]}[len(labels)]
        for label, pts in zip(labels, cut):
            n = rng.choice([k for k in (1, 2, 3, 4, 5) if pts % k == 0 and pts // k >= 2])
            part = c.rows([pts // n] * n, [label] * n, missed=0)
            for r in part:
                r.update(_block=block, goalBlock=block, level1Points=str(pts), level1Label=f"{label}（{pts}分）")
                r["_w"] = None
            rows += part
    a = c.amount()
    b = c.executed(a)
    s = D(mf.capped(20, b, a))
    roles = ["budget", "executed", "rate", "score"]
    return dict(title=rng.choice([f"（{c.year}年度）项目支出绩效自评表", f"{c.year}年度财政项目绩效自评表"]), year=c.year,
                header=dict(unitName=c.department, date=f"{int(c.year) + 1}年4月15日", project=c.project,
                            department=c.department, unit=c.unit,
                            category="1、部门预算项目☑  2、区直专项□  3、区对下转移支付项目□",
                            attribute="1、持续性项目☑  2、新增性项目□", type="1、常年性项目☑  2、延续性项目□  3、一次性项目□"),
                funding=dict(columns=["预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）"], columnRoles=roles,
                             rows=[mf.funding_row("年度财政资金总额", "total", roles, [str(a), str(b), mf.rate(b, a), printed(s)])]),
                goals=[dict(expected="", actual="", points=str(p), label=bl) for bl, p in zip(blocks, block_pts)],
                _exec=s, _rows=rows, _grade=True, _noWeights=True, _deviation="无", _measures=c.reason(),
                _layout=mf.layout_hb20)


def bj16(c, rng):
    ws = split_weights(rng, 90, rng.randint(5, 9))
    l1 = sorted((rng.choice(["产出指标", "产出指标", "效果指标"]) for _ in ws), key=["产出指标", "效果指标"].index)
    rows = c.rows(ws, ["产出指标" if x == "产出指标" else "效益指标" for x in l1])
    for r, label in zip(rows, l1):
        r["level1"] = r["level1Label"] = label
        r["method"] = "达成目标得满分，部分达成按比例扣分" if r["_qual"] else "A/B×分值" if r["_reverse"] else "B/A×分值"
    a = c.amount()
    b = c.executed(a)
    s = D(mf.capped(10, b, a))
    roles = ["budget", "executed", "weight", "rate", "score", "method"]
    return dict(title=f"项目支出绩效自评表({c.year}年度)".replace("(", "（").replace(")", "）"), year=c.year,
                header=dict(project=c.project, department=f"{rng.randint(100, 999)}-{c.department}", unit=c.unit),
                funding=dict(columns=["年初预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分", "得分计算方法"],
                             columnRoles=roles, rows=[
                        mf.funding_row("年度资金总额", "total", roles, [str(a), str(b), "10", mf.rate(b, a), printed(s), "执行率×分值"]),
                        mf.funding_row("其中：本年一般公共预算拨款", "current", roles, [str(a), str(b), "", "", "", ""]),
                        mf.funding_row("其他资金", "other", roles, [""] * 6)]),
                goals=[dict(expected=c.expected, actual=c.actual)], _exec=s, _rows=rows, _layout=mf.layout_bj16)


def hebca(c, rng):
    shares = split_weights(rng, 100, rng.randint(5, 8))
    l1 = sorted((rng.choice(["产出指标", "产出指标", "效益指标", "满意度指标"]) for _ in shares),
                key=["产出指标", "效益指标", "满意度指标"].index)
    rows = c.rows([100] * len(shares), l1)
    for r, share in zip(rows, shares):
        r["level1Label"] = r["level1"]
        r["comparator"] = {"≥": ">=", "≤": "<=", "定性": ""}[r["comparator"]]
        if r["_qual"]:
            r["unit"] = "定性"
        single = r["_score"]
        r["_share"] = D(share)
        r["_conv"] = q(single * share / 100)
    a = c.amount()
    rec = a
    b = c.executed(a)
    roles = ["budget", "received", "executed", "rate"]
    rt = mf.rate(b, a, percent=False)
    return dict(title=f"{c.department}{c.year}年度预算项目绩效自评表", year=c.year,
                header=dict(project=c.project, special=rng.choice(["是", "否"]),
                            unit=f"{rng.randint(100000, 999999)}-{c.department}", manager=rng.choice(["王建华", "李志强"])),
                funding=dict(columns=["预算数", "到位数", "执行数", "预算执行进度（%）"], columnRoles=roles, rows=[
                    mf.funding_row("年度资金总额", "total", roles, [str(a), str(rec), str(b), rt]),
                    mf.funding_row("其中：财政资金", "current", roles, [str(a), str(rec), str(b), rt]),
                    mf.funding_row("其他资金", "other", roles, ["0.00", "0.00", "0.00", "0.00"])]),
                goals=[dict(expected=c.expected, actual=c.actual)], _rows=rows, _converted=True, _split=True,
                _layout=mf.layout_hebca)


SHEET_SPEC = [
    ("项目决策", "项目立项", "立项依据充分性", "符合政策和规划得满分，否则酌情扣分"),
    ("项目决策", "绩效目标", "绩效目标明确性", "目标细化量化得满分，每缺一项扣1分"),
    ("项目决策", "资金投入", "预算编制科学性", "测算依据充分得满分"),
    ("项目管理", "资金管理", "资金到位率", "到位率×考值"),
    ("项目管理", "资金管理", "预算执行率", "执行率×考值"),
    ("项目管理", "组织实施", "管理制度健全性", "制度健全得满分"),
    ("项目管理", "组织实施", "制度执行有效性", "按规定执行得满分，发现一处问题扣1分"),
    ("项目绩效", "项目产出", "实际完成率", "完成率×考值"),
    ("项目绩效", "项目产出", "质量达标率", "达标率×考值"),
    ("项目绩效", "项目产出", "完成及时性", "按时完成得满分"),
    ("项目绩效", "项目效益", "社会效益", "效益明显得满分，一般得60%"),
    ("满意度", "满意度", "服务对象满意度", "满意度≥90%得满分，每降1个百分点扣0.5分"),
]


def sheet(c, rng, family):
    hb = family == "HB-GS"
    pts = {"项目决策": 15, "项目管理": 25, "项目绩效": 50, "满意度": 10} if hb else \
        {"项目决策": 20, "项目管理": 20, "项目绩效": 50, "满意度": 10}
    a = c.amount()
    b = c.executed(a, low=0.8)
    rt = mf.rate(b, a)
    rows = []
    for l1 in pts:
        spec = [s for s in SHEET_SPEC if s[0] == l1]
        ws = split_weights(rng, pts[l1], len(spec)) if len(spec) > 1 else [pts[l1]]
        for (l1_, l2, name, method), w in zip(spec, ws):
            w = D(w)
            if name == "预算执行率":
                score = D(mf.capped(w, b, a))
                method = "执行率×考值" if hb else "执行率×分值"
            else:
                score = w - (rng.randint(1, 2) if w >= 4 and rng.random() < 0.3 else 0)
            label = f"{l1}（{pts[l1]}分）" if hb else l1
            row = dict(level1=l1, level2=l2, name=name, weight=printed(w), score=printed(score), reason="",
                       method=method if hb else method.replace("考值", "分值"), level1Points=str(pts[l1]),
                       level1Label=label, _w=w, _score=score)
            if hb:
                row["review"] = row["score"]
            elif score < w:
                row["reason"] = rng.choice(forms.REASONS)
            rows.append(row)
    roles = ["budget", "executed", "rate"]
    return dict(title="财政预算支出项目绩效目标自评表" if hb else "部门项目支出绩效自评表", year=c.year,
                _yearLine=f"（{c.year}年度）", header=dict(project=c.project, department=c.department, unit=c.unit),
                funding=dict(columns=["年度预算数", "执行数", "执行率"], columnRoles=roles,
                             rows=[mf.funding_row("项目资金（万元）", "total", roles, [str(a), str(b), rt])]),
                _rows=rows, _sheet=family, _layout=(lambda f: mf.layout_sheet(f, mf.HBGS_COLS, "自评总分", "review")) if hb
                else (lambda f: mf.layout_sheet(f, mf.NXYC_COLS, "自评得分", "reason")))


def rates_only_rows(c, rng, labels):
    """Funding rows whose parts add up to the total: (label, role, budget, executed)."""
    parts = []
    for label, role in labels[1:]:
        a = c.amount(5, 800) if role != "other" or rng.random() < 0.3 else D("0")
        a = q(a, 2)
        parts.append((label, role, a, c.executed(a) if a else D("0.00")))
    total = (labels[0][0], labels[0][1], sum(p[2] for p in parts), sum(p[3] for p in parts))
    return [total] + parts


def plain_rows(c, rng):
    """Indicator rows without weights or scores (HN-NS, TP)."""
    n = rng.randint(4, 9)
    l1 = sorted((rng.choice(["产出指标", "产出指标", "效益指标", "满意度指标"]) for _ in range(n)),
                key=["产出指标", "效益指标", "满意度指标"].index)
    rows = c.rows([10] * n, l1, missed=0.2)
    for r in rows:
        r["level1Label"] = r["level1"]
        r["actual"] = r["_actualJoined"]
        r["_w"] = None
    return rows


def hnns(c, rng):
    roles = ["budget", "executed", "rate"]
    fund = rates_only_rows(c, rng, [("年度资金总额", "total"), ("其中：中央、省、市补助县级资金", "current"), ("其他资金", "other")])
    rows = [mf.funding_row(l, r, roles, [str(a), str(b), mf.rate(b, a) if a else ""]) if a or r != "other" else
            mf.funding_row(l, r, roles, ["", "", ""]) for l, r, a, b in fund]
    return dict(title=rng.choice([f"{c.year}年度县级专项资金绩效目标自评表", f"县级专项资金绩效目标自评表（{c.year}年度）"]),
                year=c.year, header=dict(project=c.project, manager=f"谭志远 0734-{rng.randint(1000000, 9999999)}",
                                         department=c.department, unit=c.unit),
                funding=dict(columns=["全年预算数（A）", "全年执行数（B）", "执行率（B/A）"], columnRoles=roles, rows=rows),
                goals=[dict(expected=c.expected, actual=c.actual)], _rows=plain_rows(c, rng), _remark="无",
                _noScores=True, _layout=mf.layout_hnns)


def tp(c, rng):
    roles = ["budget", "executed", "rate"]
    fund = rates_only_rows(c, rng, [("年度资金总额", "total"), ("其中：中央财政资金", "central"), ("地方财政资金", "local"),
                                    ("其他资金", "other")])
    rows = [mf.funding_row(l, r, roles, [str(a), str(b), mf.rate(b, a)]) for l, r, a, b in fund]
    return dict(title=rng.choice(["中央对地方转移支付区域绩效目标自评表", "绩效（目标）自评表", "转移支付区域绩效目标自评表"]),
                year=c.year, _yearLine=f"（{c.year}年度）",
                header=dict(project=c.project, centralDepartment=rng.choice(["财政部、科技部", "农业农村部", "交通运输部"]),
                            department=c.department, unit=c.unit),
                funding=dict(columns=["全年预算数（A）", "全年执行数（B）", "预算执行率（B/A×100%）"], columnRoles=roles, rows=rows),
                goals=[dict(expected=c.expected, actual=c.actual)], _rows=plain_rows(c, rng), _noScores=True,
                _layout=mf.layout_tp)


def tpsc(c, rng):
    roles = mf.TPSC_ROLES
    fund = rates_only_rows(c, rng, [("年度资金总额", "total"), ("其中：中央财政资金", "central"), ("地方财政资金", "local"),
                                    ("其他资金", "other")])
    rows = []
    pooled = []
    for label, role, a, _ in fund[1:]:
        p = q(a * D(str(round(rng.uniform(0, 0.1), 3)))) if a and rng.random() < 0.6 else D("0.00")
        pooled.append(p)
    pooled = [sum(pooled)] + pooled
    for (label, role, a, _), p in zip(fund, pooled):
        cc = a - p
        rows.append([label, role, a, p, cc])
    # received D and executed E per part, the total adding them up
    for r in rows[1:]:
        cc = r[4]
        d = cc if rng.random() < 0.7 else c.executed(cc, 0.9) if cc else cc
        e = c.executed(d, 0.85) if d else d
        r += [d, e]
    tot = rows[0]
    tot += [sum(r[5] for r in rows[1:]), sum(r[6] for r in rows[1:])]
    out = []
    fx = mf.fixed
    for label, role, a, p, cc, d, e in rows:
        out.append(mf.funding_row(label, role, roles, [fx(a), fx(p), fx(cc), fx(d), mf.rate(d, cc), fx(e), mf.rate(e, cc)]))
    return dict(title="转移支付区域绩效目标自评表", year=c.year, _yearLine=f"（{c.year}年度）",
                header=dict(project=c.project, centralDepartment=rng.choice(["农业农村部", "交通运输部"]),
                            department=c.department, unit=c.unit),
                funding=dict(columns=mf.TPSC_HEAD, columnRoles=roles, rows=out),
                goals=[dict(expected=c.expected, actual=c.actual)], _rows=plain_rows(c, rng), _noScores=True,
                family="TP", flavour="SC-2024", _layout=mf.layout_tpsc)


BUILDERS = {"CN-A/AH": cnah, "CN-A/YN": cnyn, "SC-BM": scbm, "AH-SX": ahsx, "HB-20": hb20, "BJ-2016": bj16,
            "HEB-CA": hebca, "HN-NS": hnns, "TP": tp, "TP/SC": tpsc,
            "HB-GS": lambda c, rng: sheet(c, rng, "HB-GS"), "NX-YC": lambda c, rng: sheet(c, rng, "NX-YC")}


# ------------------------------------------------------------------------------------------------------ printing

def print_row(form, r):
    """An indicator row as the family prints it (the fixtures' truth fields)."""
    out = {k: v for k, v in r.items() if not k.startswith("_") or k == "_block"}
    if form.get("_sheet"):
        out.update(weight=printed(r["_w"]), score=printed(r["_score"]))
        return out
    if form.get("_split"):
        out["target"] = r["value"]
        out.pop("value", None)
    else:
        out["actual"] = r["_actualJoined"]
        for k in ("comparator", "value", "unit"):
            out.pop(k, None)
    if form.get("_converted"):
        out["score"] = printed(r["_score"])
        out["weight"] = printed(r["_share"])
        out["converted"] = mf.fixed(r["_conv"])
    elif form.get("_noScores"):
        out["weight"] = out["score"] = None
        out.pop("level1Points", None)
    elif form.get("_noWeights"):
        out["weight"] = None
        out["score"] = printed(r["_score"])
    else:
        out["weight"] = printed(r["_w"])
        out["score"] = printed(r["_score"])
    return out


def funding_cell(form, row, role):
    return form["funding"]["rows"][row]["cells"][role]


def set_funding(form, row, role, value):
    form["funding"]["rows"][row]["cells"][role] = value


def finish(form, family):
    """Prints the rows, then the total (and grade, self score, conclusion) from the printed cells."""
    form["indicators"] = [print_row(form, r) for r in form["_rows"]]
    inds = form["indicators"]
    if form.get("_noScores"):
        form["total"] = None
    elif form.get("_converted"):
        form["total"] = dict(weight="100", score=mf.fixed(sum(D(x["converted"]) for x in inds)))
    elif form.get("_sheet"):
        total = mf.fmt(sum(D(x["score"]) for x in inds))
        form["total"] = dict(weight=mf.fmt(sum(D(x["weight"]) for x in inds)), score=total)
        if family == "HB-GS":
            form["total"]["review"] = mf.fmt(sum(D(x["review"]) for x in inds))
    else:
        score_cell = "score"
        execution = D(funding_cell(form, 0, score_cell))
        weight = "100"   # as printed: the weights are meant to add up to it (weightsSum errors break that)
        form["total"] = dict(weight=weight, score=mf.fmt(execution + sum(D(x["score"]) for x in inds)))
    if form.get("_grade"):
        form["total"]["grade"] = grade_of(form["total"]["score"])


def after_total(form, family):
    if form.get("_sheet"):
        form["header"]["selfScore"] = form["total"]["score"]
    if family == "SC-BM":
        form["_conclusion"] = f"项目自评得分{form['total']['score']}分。"


# ------------------------------------------------------------------------------------------------------ injected errors

def off(rng, value, low=D("0.5"), high=D(3), floor=None, ceiling=None):
    """value moved by 0.5–3 (2 decimals) up or down, staying within floor/ceiling when given."""
    for _ in range(50):
        delta = q(D(str(rng.uniform(float(low), float(high)))))
        new = value + delta if rng.random() < 0.5 else value - delta
        if (floor is None or new >= floor) and (ceiling is None or new <= ceiling):
            return new
    raise ValueError("no room to move")


def pct_text(value, like):
    return mf.fixed(value) + ("%" if like.endswith("%") else "")


def err(kind, section, row, expected):
    return dict(kind=kind, section=section, row=row, expected=expected)


def make_missed(rng, row):
    """Turns a quantitative row into one missed by about 30 % (its actual below a ≥ target, above a ≤ target), so
    that its formula score lies at least a point below a whole-number weight."""
    t = row["_t"]
    if row["_reverse"]:
        a = D(int(t * D("1.5")) + 1)
    elif row["unit"] == "%":
        a = q(t * D("0.7"), 1)
    else:
        a = D(max(0, int(t * D("0.7"))))
    row["_a"] = a
    row["actual"] = format(a.normalize() if a == a.to_integral_value() else a, "f")
    row["_actualJoined"] = row["actual"] + row["unit"]
    ratio = t / a if row["_reverse"] else a / t
    w = row["_w"] if row.get("_w") is not None else D(100)
    row["_score"] = min(w, q(w * ratio))
    if "_share" in row:
        row["_conv"] = q(row["_score"] * row["_share"] / 100)
    row["reason"] = row["reason"] or "受客观因素影响未完成年度目标，下年度加强进度管理。"


def rounding_slack(form):
    """How far the printed addends of the total may lie from what they round (half a unit of each one's last place),
    plus the total's own: an injected total must lie further off than this to be an error."""
    def half(text):
        text = str(text)
        places = len(text.split(".")[1]) if "." in text else 0
        return D(1).scaleb(-places) / 2
    if form.get("_sheet"):
        return half(form["total"]["score"])
    addends = [x["converted"] for x in form["indicators"]] if form.get("_converted") else \
        [x["score"] for x in form["indicators"]] + [funding_cell(form, 0, "score")]
    return sum((half(a) for a in addends if a), D(0)) + half(form["total"]["score"])


def inject(rng, form, family, kind):
    """Puts one error of the kind into the form (rows and funding cells; totals follow in finish). Returns the
    truth's `errors` entry, or a callable to apply after the totals (grade, totalScore)."""
    fund = form["funding"]["rows"]
    total_label = fund[0]["label"]
    quantitative = [r for r in form["_rows"] if not r.get("_qual") and r.get("_t") is not None and
                    (r.get("_w") is None or r["_w"] >= 4)]
    if kind == "rate":   # the total's rate; on the rates-only forms any row's with money
        i = 0
        if family in ("HN-NS", "TP"):
            i = rng.choice([k for k, f in enumerate(fund) if f["cells"]["budget"] and D(f["cells"]["budget"]) > 0])
        cells = fund[i]["cells"]
        old = D(cells["rate"].rstrip("%"))
        cells["rate"] = pct_text(off(rng, old, floor=D(0)), cells["rate"])
        return err(kind, "funding", fund[i]["label"], f"rate printed {cells['rate']}, right {mf.fixed(old)}")
    if kind == "rateDenominator" and family == "SC-BM":
        a0, a, b = (D(funding_cell(form, 0, k)) for k in ("initialBudget", "adjustedBudget", "executed"))
        if abs(b / a0 - b / a) * 100 < 1:
            a0 = q(a * D("0.85"))
            for i in (0, 1):
                set_funding(form, i, "initialBudget", str(a0))
        wrong = mf.rate(b, a0)
        for i in (0, 1):
            set_funding(form, i, "rate", wrong)
        return err(kind, "funding", total_label, f"rate over 年初预算 {wrong}, right {mf.rate(b, a)}")
    if kind == "rateDenominator":   # TP/SC: E / A instead of E / C
        if D(funding_cell(form, 0, "pooled")) == 0:
            a = D(funding_cell(form, 0, "budget"))
            p = q(a * D("0.05"))
            for i in (0, 1):
                ai = D(funding_cell(form, i, "budget"))
                set_funding(form, i, "pooled", mf.fixed(p))
                c = ai - p
                set_funding(form, i, "netBudget", mf.fixed(c))
                d = min(D(funding_cell(form, i, "received")), c)
                e = min(D(funding_cell(form, i, "executed")), d)
                set_funding(form, i, "received", mf.fixed(d))
                set_funding(form, i, "executed", mf.fixed(e))
            for role in ("received", "executed"):
                set_funding(form, 0, role, mf.fixed(sum(D(f["cells"][role] or 0) for f in fund[1:])))
            for i in range(len(fund)):
                cells = fund[i]["cells"]
                if cells["netBudget"] and D(cells["netBudget"]):
                    cells["receivedRate"] = mf.rate(cells["received"], cells["netBudget"])
                    cells["rate"] = mf.rate(cells["executed"], cells["netBudget"])
        e, a, c = (D(funding_cell(form, 0, k)) for k in ("executed", "budget", "netBudget"))
        set_funding(form, 0, "rate", mf.rate(e, a))
        return err(kind, "funding", total_label, f"预算执行 E/A {mf.rate(e, a)}, right E/C {mf.rate(e, c)}")
    if kind == "executionScore":
        if form.get("_sheet"):
            row = next(r for r in form["_rows"] if r["name"] == "预算执行率")
            if row["_score"] == row["_w"] or row["_w"] - row["_score"] < D("0.5"):
                b, a = (D(funding_cell(form, 0, k)) for k in ("executed", "budget"))
                b = q(a * D("0.85"))
                set_funding(form, 0, "executed", str(b))
                set_funding(form, 0, "rate", mf.rate(b, a))
            right = row["_w"] * D(funding_cell(form, 0, "executed")) / D(funding_cell(form, 0, "budget"))
            row["_score"] = row["_w"]
            if "review" in row:
                row["review"] = printed(row["_w"])
            return err(kind, "indicators", "预算执行率", f"执行率 × 分值 = {q(right)}; printed {printed(row['_w'])}")
        pts = D(20 if family == "HB-20" else 10)
        s = D(funding_cell(form, 0, "score"))
        new = off(rng, s, floor=D(0), ceiling=pts)
        set_funding(form, 0, "score", mf.fixed(new))
        return err(kind, "funding", total_label, f"execution score printed {mf.fixed(new)}, right {printed(s)}")
    if kind == "fundingSum":
        i = 1
        role = "adjustedBudget" if family == "SC-BM" else "budget"
        cells = fund[i]["cells"]
        old = D(cells[role])
        new = q(old * D(str(round(rng.uniform(1.03, 1.2), 3))))
        if new - old < 1:
            new = old + 1
        cells[role] = mf.fixed(new) if "." in cells[role] else str(int(new))
        if family == "SC-BM":
            cells["rate"] = mf.rate(cells["executed"], new)
        elif family == "HEB-CA":
            cells["rate"] = mf.rate(cells["executed"], new, percent=False)
        elif family in ("HN-NS", "TP"):
            cells["rate"] = mf.rate(cells["executed"], new)
        elif family == "TP/SC":
            c = new - D(cells["pooled"])
            cells["netBudget"] = mf.fixed(c)
            cells["receivedRate"] = mf.rate(cells["received"], c)
            cells["rate"] = mf.rate(cells["executed"], c)
        if family in ("CN-A/AH", "CN-A/YN"):
            cells["initialBudget"] = cells[role]
        return err(kind, "funding", total_label, f"{fund[i]['label']} {role} {old} → {cells[role]}: total ≠ Σ parts")
    if kind == "missedTargetFullScore":
        missed = [r for r in quantitative if r["_score"] < (r["_w"] if r.get("_w") is not None else 100)]
        row = rng.choice(missed) if missed else rng.choice(quantitative)
        if not missed:
            make_missed(rng, row)
        full = row["_w"] if row.get("_w") is not None else D(100)
        if full - row["_score"] < D(1):
            make_missed(rng, row)
        right = row["_score"]
        row["_score"] = full
        if "_share" in row:
            row["_conv"] = q(full * row["_share"] / 100)
        return err(kind, "indicators", row["name"], f"missed target scored in full {full}, right {right}")
    if kind == "reverseScore":
        rev = [r for r in quantitative if r["_reverse"]]
        row = rng.choice(rev) if rev else None
        if row is None:
            row = rng.choice(quantitative)
            row.update(_reverse=True, comparator="≤", name=row["name"] + "（平均用时）", unit="天",
                       method="A/B×分值")
            row["target"] = "≤" + row["value"] + "天"
        t = row["_t"]
        row["_a"] = a = t + max(2, int(t) // 2)
        row["actual"], row["_actualJoined"] = str(a), str(a) + row["unit"]
        right = q(row["_w"] * t / a)
        linear = q(row["_w"] * (1 - (a - t) / t))
        if linear < 0 or right - linear < D("0.5"):
            linear = right - D(1)
        row["_score"] = max(D(0), linear)
        row["reason"] = row["reason"] or "实际用时超出计划。"
        return err(kind, "indicators", row["name"], f"A/B × 分值 = {right}; printed {row['_score']}")
    if kind == "metTargetDeducted":
        met = [r for r in quantitative if r["_score"] == r["_w"]]
        row = rng.choice(met)
        row["_score"] = row["_w"] - rng.randint(1, min(3, int(row["_w"]) - 1))
        row["reason"] = "部分工作质量有待提高。"
        return err(kind, "indicators", row["name"], f"met target, full {row['_w']}; printed {row['_score']}")
    if kind == "scoreAboveWeight":
        rows = [r for r in form["_rows"] if r.get("_w") is not None and r["_score"] == r["_w"]]
        row = rng.choice(rows)
        row["_score"] = row["_w"] + rng.randint(1, 3)
        if "review" in row:
            row["review"] = printed(row["_score"])
        return err(kind, "indicators", row["name"], f"score {row['_score']} above weight {row['_w']}")
    if kind == "level1Points":
        if family == "HB-20":
            block = rng.choice(sorted({r["_block"] for r in form["_rows"]}))
            rows = [r for r in form["_rows"] if r["_block"] == block]
            label = rows[0]["level1"]
        else:
            label = rng.choice(sorted({r["level1"] for r in form["_rows"]}))
            rows = [r for r in form["_rows"] if r["level1"] == label]
            block = None
        target = [r for r in rows if r["level1"] == label]
        pts = int(target[0]["level1Points"]) + rng.choice([-5, 5])
        for r in target:
            r["level1Points"] = str(pts)
            r["level1Label"] = f"{label}（{pts}分）" if family == "HB-20" else f"{label}({pts}分)"
        row = block or target[0]["level1Label"]
        return err(kind, "indicators", row, f"{label} points printed {pts}: Σ below differs")
    if kind == "weightsSum":
        row = rng.choice([r for r in form["_rows"] if r["_score"] == r["_w"]])
        delta = rng.randint(1, 5)
        row["_w"] += delta
        row["_score"] += delta
        return err(kind, "indicators", row["name"], f"weight +{delta}: Σ weights {100 + delta} under 合计 100")
    if kind == "reasonMissing":
        a = D(funding_cell(form, 0, "adjustedBudget"))
        b = q(a * D(str(round(rng.uniform(0.7, 0.88), 3))))
        for i in (0, 1):
            set_funding(form, i, "executed", str(b))
            set_funding(form, i, "rate", mf.rate(b, a))
        set_funding(form, 0, "score", mf.capped(10, b, a))
        set_funding(form, 0, "reason", "")
        return err(kind, "funding", total_label, f"rate {mf.rate(b, a)} below 90% with no 原因")
    if kind == "convertedScore":
        row = rng.choice(form["_rows"])
        right = row["_conv"]
        row["_conv"] = off(rng, right, low=D(1), high=D(4), floor=D(0), ceiling=row["_share"])
        return err(kind, "indicators", row["name"], f"折算得分 {right}; printed {row['_conv']}")
    if kind == "netBudget":   # A moved on a part and on the total (the columns still add up): C ≠ A − B on both
        i = rng.randrange(1, len(fund))
        delta = max(D(1), q(D(funding_cell(form, i, "budget")) * D("0.05")))
        for row in (0, i):
            set_funding(form, row, "budget", mf.fixed(D(funding_cell(form, row, "budget")) + delta))
        return err(kind, "funding", fund[i]["label"], f"全年预算数 A +{delta}: C ≠ A − B")
    if kind == "receivedRate":
        i = rng.choice([k for k, f in enumerate(fund) if f["cells"]["netBudget"] and D(f["cells"]["netBudget"]) > 0])
        cells = fund[i]["cells"]
        old = D(cells["receivedRate"].rstrip("%"))
        cells["receivedRate"] = pct_text(off(rng, old, floor=D(0)), "%")
        return err(kind, "funding", fund[i]["label"], f"D/C printed {cells['receivedRate']}, right {old}%")
    if kind == "grade":
        def apply():
            bands = ["优", "良", "中", "差"]
            g = form["total"]["grade"]
            form["total"]["grade"] = bands[(bands.index(g) + 1) % 4]
            return err(kind, "total", "总分", f"grade {g} printed {form['total']['grade']}")
        return apply
    if kind == "totalScore":
        def apply():
            t = form["total"]
            old = D(t["score"])
            slack = rounding_slack(form) + D("0.5")
            t["score"] = mf.fixed(off(rng, old, low=slack, high=slack + 2, floor=D(0)))
            if "grade" in t:
                t["grade"] = grade_of(t["score"])
            return err(kind, "total", "总分", f"Σ = {old}; printed {t['score']}")
        return apply
    raise ValueError(kind)


# ------------------------------------------------------------------------------------------------------ forms

def build(rng, family, number):
    """One random form of the family (a make_families form dict with `_layout`); about half carry one error of the
    family's categories, taken in turn by form number."""
    c = Content(rng)
    form = BUILDERS[family](c, rng)
    kinds = ERRORS[family]
    form["errors"] = []
    after = None
    if number % 2 == 1:
        kind = kinds[(number // 2) % len(kinds)]
        made = inject(rng, form, family, kind)
        if callable(made):
            after = made
        else:
            form["errors"].append(made)
    finish(form, family)
    if after:
        form["errors"].append(after())
    after_total(form, family)
    if form.get("_sheet") == "NX-YC":
        for x in form["indicators"]:
            x["level1Label"] = x["level1"]
    return form


def from_cna(form):
    """A forms.py form (the seeds' generator) in the fixtures' truth format."""
    roles = ["initialBudget", "budget", "executed", "weight", "rate", "score"]
    funding = dict(columnRoles=roles, rows=[dict(label=r["label"], role=r["role"], cells={k: r[k] for k in roles})
                                            for r in form["funding"]])
    inds = [dict(level1=x["level1"], level2=x["level2"], name=x["name"], target=x["target"], actual=x["actual"],
                 weight=x["weight"], score=x["score"], reason=x["reason"], level1Label=x["level1"])
            for x in form["indicators"]]
    errors = []
    injected = form["injected"]
    if injected:
        section = injected["section"]
        if section == "funding":
            row = form["funding"][injected["row"]]["label"]
        elif section == "indicator":
            row = form["indicators"][injected["row"]]["name"]
        else:
            row = "总分"
        errors.append(dict(kind=CNA_KIND[injected["category"]], section="total" if section == "total" else
                           "funding" if section == "funding" else "indicators", row=row, expected=injected["rule"]))
    return dict(title=form["style"]["title"], year=form["year"],
                header=dict(project=form["project"], department=form["department"], unit=form["unit"]),
                funding=funding, goals=[dict(expected=form["expectedGoal"], actual=form["actualResult"])],
                indicators=inds, total=dict(label="总分", **form["total"]), errors=errors)
