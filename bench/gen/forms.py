"""Random 项目支出绩效自评表 of the seeds' template (CN-A, Beijing 2024 flavour) and their truth.

A form is a dict of printed strings (what a reader must find) plus its style; `layout.py` lays it out as a grid of
cells that both producers (xlsx → LibreOffice, HTML → Chromium) print. Arithmetic follows ziping's default profile
(README "Rules"): 执行率 = B/A×100 to 2 decimals with %, 得分 = min(B/A×分值, 分值) to 2 decimals, 分值 10; a met
target scores its full 分值, a missed forward one actual/target×分值, a missed reverse one target/actual×分值 (ratio
formula), not done (`/`) scores 0; each deduction carries a reason; Σ 分值 = 总分 100, 总分 得分 = Σ 得分.
"""
from decimal import Decimal, ROUND_HALF_UP

D = Decimal
CENT = D("0.01")

DISTRICTS = ["东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区", "通州区", "顺义区",
             "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区"]
BUREAUS = ["应急管理局", "生态环境局", "教育委员会", "卫生健康委员会", "民政局", "交通委员会", "水务局", "园林绿化局",
           "文化和旅游局", "体育局", "商务局", "市场监督管理局", "农业农村局", "规划和自然资源委员会",
           "住房和城乡建设委员会", "城市管理委员会", "人力资源和社会保障局", "司法局", "财政局", "统计局",
           "科学技术委员会", "经济和信息化局", "公安局", "退役军人事务局", "医疗保障局", "地方金融监督管理局", "档案局"]
UNIT_KINDS = ["信息中心", "监测中心", "服务中心", "事务中心", "指导中心", "研究院", "管理处", "执法总队", "保障中心",
              "宣传中心", "机关", "综合行政执法队", "培训中心", "技术保障中心", "档案馆", "科学研究所"]
TOWNS = ["东华门街道", "建国门街道", "望京街道", "中关村街道", "卢沟桥街道", "宋庄镇", "回龙观街道", "亦庄镇",
         "雁栖镇", "金海湖镇", "溪翁庄镇", "八达岭镇", "长阳镇", "潞城镇"]
TOPICS = ["智慧应急", "危险化学品安全监管", "森林防火", "地下管线", "老旧小区综合整治", "垃圾分类", "中小学校舍",
          "社区卫生服务", "养老服务", "城市副中心", "河道生态补水", "水环境监测", "交通信号", "公交场站",
          "非物质文化遗产保护", "全民健身设施", "农村人居环境", "高标准农田", "食品安全抽检", "医疗器械监管", "政务云",
          "数据共享交换平台", "网络安全等级保护", "视频监控", "应急物资储备", "重点非煤矿山重大灾害风险防控",
          "指挥信息网", "消防", "疫苗接种", "残疾人康复", "退役军人服务站", "档案数字化", "绿道", "扬尘治理"]
ACTIONS = ["建设", "运维", "升级改造", "购买服务", "专项补助", "能力提升", "系统建设", "运行保障", "维修", "宣传培训",
           "监测", "设备购置", "信息化建设", "专项整治", "技术支撑"]
SUFFIXES = ["项目", "服务项目", "工程", "经费", "专项", "项目（一期）", "服务", ""]
SHORT_PROJECTS = ["森林防火", "扬尘治理", "垃圾分类", "档案整理", "绿化养护", "消防维保", "公厕维护", "河道保洁"]

OBJECTS = ["执法检查", "培训", "设备采购", "软件开发", "系统运维", "宣传活动", "应急演练", "数据接入", "视频监控点位",
           "监测站点", "河道巡查", "绿化养护", "老旧管网改造", "公共厕所维护", "图书采购", "课程开发", "体检服务",
           "走访慰问", "危险源排查", "信息发布", "硬件采购", "安全评估", "隐患整改", "档案数字化加工", "专家咨询"]
PREFIXES = ["", "", "", "全市", "本区", "重点行业领域", "中小学校", "社区卫生服务中心", "农村地区", "辖区内",
            "各街道（乡镇）", "二级、三级安全等级测试", "按照年度工作计划要求", "对接入的矿山、尾矿库监测信息和视频信号"]
REASONS = ["受疫情影响，部分培训活动延期举办", "因采购流程延长，设备到货时间推迟至次年", "下一步将加强项目进度管理",
           "还未做，根据市局统一安排，承建单位随时配合", "部分点位因施工条件不具备未能实施", "已在次年一季度完成",
           "后续将优化资金使用计划，提高预算执行精准度", "招标失败后重新组织采购，实施周期缩短",
           "实际需求低于预期，按实际发生结算", "及时开展相关工作", "将加强与相关部门的沟通协调",
           "受天气原因影响施工进度", "年度指标设置偏高，今后将科学合理设置绩效目标"]
GOALS = ["按照年度工作计划，完成系统运行维护和升级改造工作", "保障各项业务正常开展，提升服务水平和群众满意度",
         "开展专项培训和宣传活动，提高相关人员业务能力", "完成设备采购和安装调试工作，确保按期投入使用",
         "加强数据共享和业务协同，提升管理精细化水平", "落实安全生产责任，防范化解重大风险",
         "对接入的监测信息和视频信号作出监测预警、超限报警等警示信息"]

LEVELS = {
    "产出指标": ["数量指标", "质量指标", "时效指标"],
    "效益指标": ["社会效益指标", "可持续影响指标", "经济效益指标", "生态效益指标"],
    "满意度指标": ["服务对象满意度指标"],
    "成本指标": ["经济成本指标", "社会成本指标", "生态环境成本指标"],
}
METRICS = {
    "数量指标": [("数量", "count"), ("次数", "count"), ("个数", "count"), ("场次", "count"), ("覆盖率", "pct"),
             ("完成数", "words"), ("规模", "magnitude")],
    "质量指标": [("合格率", "pct"), ("验收合格率", "pct"), ("完好率", "pct"), ("故障率", "pct_le"), ("达标率", "pct"),
             ("质量", "qual"), ("完成率", "pct_eq"), ("准确率", "words")],
    "时效指标": [("完成时间", "date"), ("响应时间", "time"), ("办结时限", "time"), ("修复时间", "time"),
             ("及时率", "pct"), ("完成时限", "qual")],
    "社会效益指标": [("社会影响", "qual"), ("公众知晓率", "pct"), ("服务水平", "qual"), ("应急处置能力", "qual"),
               ("受益人次", "magnitude")],
    "可持续影响指标": [("系统正常使用年限", "count"), ("长效机制建立", "qual"), ("持续发挥作用", "qual")],
    "经济效益指标": [("带动就业人数", "count"), ("节约资金", "money")],
    "生态效益指标": [("空气质量改善", "qual"), ("水质达标率", "pct")],
    "服务对象满意度指标": [("满意度", "pct"), ("群众满意度", "words"), ("使用人员满意度", "pct")],
    "经济成本指标": [("成本", "money"), ("采购成本", "money"), ("单位成本", "unit_money"), ("运维费用", "money")],
    "社会成本指标": [("社会成本", "qual")],
    "生态环境成本指标": [("生态环境成本", "qual")],
}
COUNT_UNITS = ["个", "项", "台", "套", "次", "场", "家", "篇", "期", "份", "户", "人次", "平方米", "公里", "册", "件",
               "所", "辆", "人", "批次", "处", "座", "种"]
TIME_UNITS = ["小时", "分钟", "天", "个工作日", "日", "个月", "周"]
QUALITATIVE = ["是", "好", "有效", "合格", "达成年度指标", "显著提升", "按时限完成", "定性-好", "好坏", "明显提升",
               "逐步提升", "规范", "完成", "优", "有所提升", "按计划完成"]
PARTIAL = {"好": "较好", "达成年度指标": "基本达成", "完成": "基本完成", "定性-好": "较好", "是": "基本完成"}

# style variants, chosen per form and recorded in its truth
TOTAL_LABELS = ["年度资金总额", "资金总额", "总额", "年度资金总额:"]
CURRENT_LABELS = ["其中：当年财政拨款", "本年财政拨款", "财政资金", "其中:当年财政拨款", "其中：本年财政拨款"]
CARRY_LABELS = ["上年结转资金", "上年结转资金", "上年结转"]
OTHER_LABELS = ["其他资金"]
TARGET_HEADERS = ["年度指标值", "指标值", "年初目标值(A)", "预期指标值", "年度指标值（A）"]
ACTUAL_HEADERS = ["实际完成值", "完成值", "全年实际值", "实际完成值（B）"]
WEIGHT_HEADERS = ["分值", "权重", "指标分值"]
SCORE_HEADERS = ["得分", "自评得分"]
REASON_HEADERS = ["偏差原因分析及改进措施", "未完成原因分析", "偏差原因分析及改进措施"]
BUDGET_HEADERS = ["全年预算数", "调整后预算数", "预算数(A)", "全年预算数（A）"]
EXECUTED_HEADERS = ["全年执行数", "预算执行数", "执行数(B)", "全年执行数（B）"]
RATE_HEADERS = ["执行率", "预算执行率", "执行率(B/A)"]
TITLES = ["two_line"] * 7 + ["ascii"] * 3 + ["front"] * 2 + ["prefix"] * 3 + ["inline"] * 2 + ["front_prefix"] * 3
FONT_SIZES = [9, 10.5, 12]

CATEGORIES = [("exec_rate", "ZP101"), ("exec_score", "ZP102"), ("breakdown", "ZP103"), ("indicator_score", "ZP201"),
              ("score_range", "ZP202"), ("met_deducted", "ZP203"), ("missing_reason", "ZP204"),
              ("unit_mismatch", "ZP205"), ("weight_sum", "ZP301"), ("total_score", "ZP302")]


def q2(x):
    return x.quantize(CENT, ROUND_HALF_UP)


def fmt(x, dp):
    return str(x.quantize(D(1).scaleb(-dp), ROUND_HALF_UP)) if dp > 0 else str(x.quantize(D(1), ROUND_HALF_UP))


def pct(x):
    return f"{q2(x)}%"


def nice(x):
    """A number as people type it: no trailing zeros."""
    s = format(x.normalize(), "f")
    return s


class Names:
    def __init__(self, rng):
        self.rng = rng

    def department(self):
        r = self.rng.random()
        if r < 0.55:
            return "北京市" + self.rng.choice(BUREAUS)
        if r < 0.85:
            return "北京市" + self.rng.choice(DISTRICTS) + self.rng.choice(BUREAUS)
        return self.rng.choice(DISTRICTS) + "人民政府" + self.rng.choice(TOWNS) + "办事处"

    def unit(self, department):
        r = self.rng.random()
        if r < 0.25:
            return department + "机关"
        if r < 0.6:
            return department + self.rng.choice(UNIT_KINDS)
        if r < 0.85:
            return self.rng.choice(DISTRICTS) + self.rng.choice(["应急", "环境", "教育", "卫生", "文化", "体育", "水务"]) \
                + self.rng.choice(UNIT_KINDS)
        return "北京市" + self.rng.choice(TOPICS)[:6] + self.rng.choice(UNIT_KINDS)

    def project(self, year):
        rng = self.rng
        if rng.random() < 0.08:
            return rng.choice(SHORT_PROJECTS)
        parts = []
        if rng.random() < 0.3:
            parts.append(rng.choice(["北京市", f"{year}年", rng.choice(DISTRICTS), f"{year}年度"]))
        parts.append(rng.choice(TOPICS))
        if rng.random() < 0.35:
            parts.append(rng.choice(["系统", "平台", "中心", "设施"]))
        parts.append(rng.choice(ACTIONS))
        parts.append(rng.choice(SUFFIXES))
        name = "".join(parts)
        return name[:40] if len(name) > 40 else name

    def indicator(self, level2, metric):
        rng = self.rng
        head = rng.choice(PREFIXES)
        obj = rng.choice(OBJECTS)
        extra = rng.choice(["", "", "", "工作", "任务", "服务", "项目", "系统"])
        name = head + obj + extra + metric
        if level2 == "服务对象满意度指标" and rng.random() < 0.5:
            name = rng.choice(["", "服务对象", "群众", "使用人员", "参训人员"]) + metric
        if rng.random() < 0.1:
            name = metric if len(metric) >= 2 else obj + metric
        return name

    def reason(self):
        rng = self.rng
        parts = rng.sample(REASONS, rng.randint(1, 3))
        return "，".join(parts) + "。"

    def goal(self):
        return "，".join(self.rng.sample(GOALS, self.rng.randint(1, 4))) + "。"


class Row:
    """One indicator row: printed strings plus what the generator knows about it (for injection)."""

    def __init__(self, level1, level2, name, kind):
        self.level1, self.level2, self.name, self.kind = level1, level2, name, kind
        self.target = self.actual = self.reason = ""
        self.weight = D(0)
        self.score = D(0)
        self.outcome = "met"  # met, missed, not_done, partial, unscored
        self.reverse = False
        self.quantitative = False
        self.t = self.a = None  # numbers as set/printed
        self.unit = ""
        self.actual_dp = 0

    def truth(self, weight_dp, score_text):
        return {"level1": self.level1, "level2": self.level2, "name": self.name, "target": self.target,
                "actual": self.actual, "weight": fmt(self.weight, weight_dp), "score": score_text,
                "reason": self.reason}


def dp_of(x):
    return max(0, -x.normalize().as_tuple().exponent)


class Values:
    """Target and actual of every value kind, met or missed, and the score the default rules give."""

    def __init__(self, rng, year):
        self.rng = rng
        self.year = year

    def decimal(self, lo, hi, dp):
        rng = self.rng
        return D(rng.randint(int(lo * 10 ** dp), int(hi * 10 ** dp))).scaleb(-dp)

    def fill(self, row, outcome, funding_budget):
        """Sets target/actual/outcome on row; outcome is 'met', 'missed' or 'not_done' as asked (qualitative and date
        kinds are met or partial only)."""
        row.reverse = row.quantitative = row.actual_bound = False
        row.outcome = "met"
        getattr(self, "v_" + row.kind)(row, outcome, funding_budget)

    def _forward(self, row, t, unit, outcome, target_text, dp=0, allow_bound=True, strict=False):
        rng = self.rng
        row.quantitative = True
        row.t, row.unit = t, unit
        row.target = target_text
        if outcome == "missed" and t > 0:
            lo = t * D("0.55")
            a = self.decimal(lo, t - D(1).scaleb(-dp), dp) if t - D(1).scaleb(-dp) > lo else D(0)
            row.a, row.outcome = a, "missed"
        else:
            hi = t * D("1.5") if t > 0 else D(5)
            a = self.decimal(t if not strict else t + D(1).scaleb(-dp), max(t, hi), dp)
            if unit == "%" and a > 100:
                a = D(100)
            if strict and a <= t:
                a = t + D(1).scaleb(-dp)
            row.a, row.outcome = a, "met"
        row.actual_dp = dp
        return row

    def _reverse(self, row, t, unit, outcome, target_text, dp=0, strict=False):
        row.quantitative = True
        row.reverse = True
        row.t, row.unit = t, unit
        row.target = target_text
        step = D(1).scaleb(-dp)
        if outcome == "missed":
            a = self.decimal(t + step, t * D("1.8") + step, dp)
            row.a, row.outcome = a, "missed"
        else:
            lo = t * D("0.4")
            a = self.decimal(lo, t - step if strict else t, dp)
            row.a, row.outcome = a, "met"
        row.actual_dp = dp
        return row

    def v_pct(self, row, outcome, _):
        rng = self.rng
        t = rng.choice([D(80), D(85), D(90), D(95), D(96), D(98), D(99), D(100), D("92.5"), D(95)])
        comp = rng.choice(["≥", "≥", "≥", "", "="]) if t == 100 else "≥"
        text = f"{comp}{nice(t)}%" if comp else f"{t:.2f}%"
        dp = rng.choice([0, 0, 1, 2])
        self._forward(row, t, "%", outcome, text, dp)
        self._actual_text(row, "%", comp or "", bound_ok=(comp == "≥"))

    def v_pct_eq(self, row, outcome, _):
        self._forward(row, D(100), "%", outcome, self.rng.choice(["=100%", "100%", "100.00%"]), self.rng.choice([0, 2]))
        self._actual_text(row, "%", "=")

    def v_pct_le(self, row, outcome, _):
        rng = self.rng
        t = rng.choice([D(1), D(2), D(3), D(5), D(10)])
        self._reverse(row, t, "%", outcome, f"≤{nice(t)}%", rng.choice([0, 1]))
        if row.outcome == "met" and rng.random() < 0.3:
            row.a = D(0)
            row.actual = "0"
            return
        self._actual_text(row, "%", "≤", bound_ok=True)

    def v_count(self, row, outcome, _):
        rng = self.rng
        unit = rng.choice(COUNT_UNITS)
        if "年限" in row.name:
            unit = "年"
        t = D(rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 11, 12, 15, 20, 24, 30, 50, 100, 120, 200, 365, 500]))
        comp = rng.choice(["≥", "≥", "≥", ""])
        self._forward(row, t, unit, outcome, f"{comp}{nice(t)}{unit}")
        self._actual_text(row, unit, comp, bound_ok=bool(comp))

    def v_time(self, row, outcome, _):
        rng = self.rng
        unit = rng.choice(TIME_UNITS)
        t = D(rng.choice([1, 2, 3, 5, 7, 10, 12, 15, 24, 30, 48, 60, 72]))
        self._reverse(row, t, unit, outcome, f"≤{nice(t)}{unit}")
        self._actual_text(row, unit, "≤", bound_ok=True)

    def v_money(self, row, outcome, budget):
        rng = self.rng
        dp = rng.choice([0, 1, 2])
        ceiling = min(D(500), budget.value * D("0.2")) if budget.unit == "万元" else D(500)
        t = self.decimal(D("0.5"), max(D(1), ceiling), dp)
        self._reverse(row, t, "万元", outcome, f"≤{nice(t)}万元", dp)
        self._actual_text(row, "万元", "≤", bound_ok=True)

    def v_unit_money(self, row, outcome, _):
        rng = self.rng
        unit = rng.choice(["元/户", "元/人", "元/平方米", "元/次", "元/人次"])
        t = D(rng.choice([50, 80, 120, 200, 350, 500, 1200]))
        self._reverse(row, t, unit, outcome, f"≤{nice(t)}{unit}")
        self._actual_text(row, unit, "≤")

    def v_words(self, row, outcome, _):
        rng = self.rng
        form = rng.choice(["不少于", "以上", "小于", "不超过", "以内", "不低于"])
        if form in ("以上", "不低于"):
            t = D(rng.choice([85, 90, 95, 98]))
            text = f"{nice(t)}%以上" if form == "以上" else f"不低于{nice(t)}%"
            self._forward(row, t, "%", outcome, text)
            self._actual_text(row, "%", "")
        elif form == "不少于":
            unit = rng.choice(COUNT_UNITS)
            t = D(rng.choice([3, 5, 12, 20, 100]))
            self._forward(row, t, unit, outcome, f"不少于{nice(t)}{unit}")
            self._actual_text(row, unit, "")
        else:
            unit = rng.choice(["次", "个工作日", "小时", "天", "起"])
            t = D(rng.choice([3, 5, 10, 24]))
            text = {"小于": f"小于{nice(t)}{unit}", "不超过": f"不超过{nice(t)}{unit}", "以内": f"{nice(t)}{unit}以内"}[form]
            self._reverse(row, t, unit, outcome, text, strict=(form == "小于"))
            self._actual_text(row, unit, "")

    def v_magnitude(self, row, outcome, _):
        rng = self.rng
        unit = rng.choice(["万人次", "万元", "万册", "万户", "万平方米"])
        dp = rng.choice([0, 1])
        t = self.decimal(D(1), D(200), dp)
        comp = rng.choice(["≥", ""])
        self._forward(row, t, unit, outcome, f"{comp}{nice(t) if dp == 0 else t}{unit}", dp)
        self._actual_text(row, unit, "")

    def _actual_text(self, row, unit, comp, bound_ok=False):
        rng = self.rng
        if row.outcome == "met" and bound_ok and comp in ("≥", "≤") and rng.random() < 0.2:
            row.a = row.t
            row.actual = f"{comp}{nice(row.t)}{unit}"
            row.actual_bound = True
            return
        a = row.a
        text = str(a) if row.actual_dp else nice(a)
        if unit == "%" and row.actual_dp == 2 and rng.random() < 0.5:
            text = f"{a:.2f}"
        row.actual = f"{text}{unit}"

    def v_qual(self, row, outcome, _):
        rng = self.rng
        target = rng.choice(QUALITATIVE)
        row.target = target
        positive = "好" if target in ("定性-好", "好坏") else target
        if outcome == "missed" and target in PARTIAL:
            row.actual = PARTIAL[target]
            row.outcome = "partial"
        else:
            row.actual = positive
            row.outcome = "met"

    def v_date(self, row, outcome, _):
        rng = self.rng
        y = self.year
        if rng.random() < 0.5:
            m = rng.randint(3, 12)
            row.target = f"{y}年{m}月"
            row.actual = f"{y}年{rng.randint(1, m)}月"
        else:
            m = rng.randint(6, 12)
            row.target = rng.choice([f"{y}年{m}月31日" if m in (7, 8, 10, 12) else f"{y}年{m}月30日",
                                     f"{y}年{m}月底前"])
            row.actual = f"{y}年{rng.randint(1, m)}月{rng.randint(1, 28)}日"
        row.outcome = "met"


class Amount:
    def __init__(self, value, unit):
        self.value, self.unit = value, unit


def split_weights(rng, n, zero_rows, halves):
    """n weights (Decimal) summing to 90, zero_rows of them 0; in steps of 0.5 when halves."""
    step = D("0.5") if halves else D(1)
    units = int(D(90) / step)
    live = n - zero_rows
    raw = [rng.uniform(1, 4) for _ in range(live)]
    total = sum(raw)
    parts = [max(1, int(units * r / total)) for r in raw]
    while sum(parts) > units:
        parts[parts.index(max(parts))] -= 1
    while sum(parts) < units:
        parts[rng.randrange(live)] += 1
    weights = [D(p) * step for p in parts]
    for _ in range(zero_rows):
        weights.insert(rng.randrange(len(weights) + 1), D(0))
    return weights


def cover_style(style, n):
    """Style of form n of a covering set: each variant list is walked in turn, so a few forms show them all."""
    pick = lambda options, k=1: options[(n * k) % len(options)]  # noqa: E731
    distinct = lambda options: list(dict.fromkeys(options))  # noqa: E731
    style.update({
        "title": pick(distinct(TITLES)), "fontSize": pick(FONT_SIZES), "level1Merged": n % 3 != 2,
        "level2Merged": n % 2 == 1, "headerRepeated": n % 4 in (0, 1), "totalLabel": pick(TOTAL_LABELS),
        "currentLabel": pick(CURRENT_LABELS), "carryLabel": pick(CARRY_LABELS), "partsColonCell": n % 3 == 1,
        "targetHeader": pick(TARGET_HEADERS), "actualHeader": pick(ACTUAL_HEADERS), "weightHeader": pick(WEIGHT_HEADERS),
        "scoreHeader": pick(SCORE_HEADERS), "reasonHeader": pick(REASON_HEADERS), "budgetHeader": pick(BUDGET_HEADERS),
        "executedHeader": pick(EXECUTED_HEADERS), "rateHeader": pick(RATE_HEADERS),
        "absentPart": pick(["-", "/", "", "zero"]), "partScore": pick(["computed", "dash", "empty"]),
        "htmlTitleInTable": n % 2 == 0,
    })
    return style


def choose_style(rng):
    return {
        "title": rng.choice(TITLES),
        "fontSize": rng.choice(FONT_SIZES),
        "level1Merged": rng.random() < 0.7,
        "level2Merged": rng.random() < 0.4,
        "headerRepeated": rng.random() < 0.6,
        "totalLabel": rng.choice(TOTAL_LABELS),
        "currentLabel": rng.choice(CURRENT_LABELS),
        "carryLabel": rng.choice(CARRY_LABELS),
        "otherLabel": rng.choice(OTHER_LABELS),
        "partsColonCell": rng.random() < 0.2,  # 其中： in a cell of its own, merged over the part rows
        "targetHeader": rng.choice(TARGET_HEADERS),
        "actualHeader": rng.choice(ACTUAL_HEADERS),
        "weightHeader": rng.choice(WEIGHT_HEADERS),
        "scoreHeader": rng.choice(SCORE_HEADERS),
        "reasonHeader": rng.choice(REASON_HEADERS),
        "budgetHeader": rng.choice(BUDGET_HEADERS),
        "executedHeader": rng.choice(EXECUTED_HEADERS),
        "rateHeader": rng.choice(RATE_HEADERS),
        "absentPart": rng.choice(["-", "-", "/", "", "zero"]),
        "partScore": rng.choice(["computed", "dash", "empty"]),
        "weightFormat": rng.choice([2, 2, 2, 0, 0, 1]),
        "htmlFont": rng.choice(["Noto Serif CJK SC", "Noto Sans CJK SC"]),
        "htmlBorder": rng.choice(["1px solid #000", "0.5pt solid black", "1px solid #333"]),
        "htmlTitleInTable": rng.random() < 0.5,
    }


def gen_funding(rng, unit, style):
    """The four funding rows: total, current, carry-over, other, with amounts that add up exactly."""
    dp = rng.choice([0, 2, 2, 2, 4, 6, 6]) if unit == "万元" else rng.choice([0, 2, 2])
    step = D(1).scaleb(-dp)
    lo, hi = (D(5), D(3000)) if unit == "万元" else (D(20000), D(30000000))
    budget_total = D(rng.randint(int(lo / step), int(hi / step))) * step

    def share(amount, f):
        return (amount * D(str(f)) / step).to_integral_value() * step

    carry = share(budget_total, rng.uniform(0.1, 0.4)) if rng.random() < 0.35 else None
    other = share(budget_total, rng.uniform(0.02, 0.15)) if rng.random() < 0.15 else None
    current = budget_total - (carry or 0) - (other or 0)
    parts = {"current": current, "carryover": carry, "other": other}
    if rng.random() < 0.6:
        initial = dict(parts)
    else:
        initial = {k: (share(v, rng.uniform(0.7, 1.25)) if v is not None else None) for k, v in parts.items()}
    executed = {}
    high = rng.random() < 0.5
    for k, v in parts.items():
        if v is None:
            executed[k] = None
        elif rng.random() < 0.15:
            executed[k] = v
        else:
            executed[k] = share(v, rng.uniform(0.9, 1.0) if high else rng.uniform(0.6, 1.0))
    rows = []
    weight_text = fmt(D(10), style["weightFormat"])

    def total_of(d):
        return sum(v for v in d.values() if v is not None)

    def row(label, role, ib, b, e, is_total):
        if b is None:
            absent = style["absentPart"]
            if absent == "zero":
                z = fmt(D(0), dp)
                return {"label": label, "role": role, "initialBudget": z, "budget": z, "executed": z,
                        "weight": "-", "rate": "-", "score": "-"}
            return {"label": label, "role": role, "initialBudget": absent, "budget": absent, "executed": absent,
                    "weight": absent, "rate": absent, "score": absent}
        rate = e / b * 100 if b else None
        score = min(e / b * 10, D(10)) if b else None
        out = {"label": label, "role": role, "initialBudget": fmt(ib, dp), "budget": fmt(b, dp),
               "executed": fmt(e, dp), "weight": weight_text, "rate": pct(rate) if rate is not None else "-",
               "score": fmt(q2(score), 2) if score is not None else "-"}
        if not is_total:
            ps = style["partScore"]
            if ps == "dash":
                out["weight"] = out["score"] = "-"
            elif ps == "empty":
                out["weight"] = out["score"] = ""
        return out

    rows.append(row(style["totalLabel"], "total", total_of(initial), budget_total, total_of(executed), True))
    rows.append(row(style["currentLabel"], "current", initial["current"], current, executed["current"], False))
    rows.append(row(style["carryLabel"], "carryover", initial["carryover"], carry, executed["carryover"], False))
    rows.append(row(style["otherLabel"], "other", initial["other"], other, executed["other"], False))
    meta = {"dp": dp, "A": budget_total, "B": total_of(executed), "unit": unit}
    return rows, meta


def level_plan(rng, n):
    """(level1, level2) per row: 产出 about half, then 效益, 满意度, 成本."""
    n_sat = rng.randint(1, 2)
    n_cost = rng.randint(1, 3) if rng.random() < 0.85 else 0
    rest = n - n_sat - n_cost
    n_out = max(3, round(rest * rng.uniform(0.5, 0.7)))
    n_ben = rest - n_out
    plan = []
    order = [("产出指标", n_out), ("效益指标", n_ben), ("满意度指标", n_sat), ("成本指标", n_cost)]
    if rng.random() < 0.3 and n_cost:
        order = [order[0], order[3], order[1], order[2]]
    for level1, count in order:
        choices = LEVELS[level1][:2] if level1 == "效益指标" and rng.random() < 0.7 else LEVELS[level1]
        if level1 == "成本指标":
            choices = ["经济成本指标"] * 4 + LEVELS[level1][1:]
        plan.extend((level1, rng.choice(choices)) for _ in range(count))
    return plan


def score_of(row):
    """The score the default rules give a row, unrounded."""
    if row.outcome == "not_done":
        return D(0)
    if row.outcome == "missed":
        if row.reverse:
            return row.t / row.a * row.weight
        return row.a / row.t * row.weight
    if row.outcome == "partial":
        return row.weight * D("0.7")
    return row.weight


# most indicator rows per font size, so that a form prints on 1-3 pages
ROWS_PER_FONT = {9: 30, 10.5: 22, 12: 15}


def gen_indicators(rng, names, values, style, funding_meta, max_indicators=30):
    n = rng.randint(8, max(8, min(max_indicators, ROWS_PER_FONT[style["fontSize"]])))
    plan = level_plan(rng, n)
    n = len(plan)
    if style["level2Merged"]:
        # group equal 二级 labels inside each 一级 run so they can be merged
        grouped = []
        for level1 in dict.fromkeys(l1 for l1, _ in plan):
            run = [p for p in plan if p[0] == level1]
            seen = list(dict.fromkeys(l2 for _, l2 in run))
            grouped.extend(p for l2 in seen for p in run if p[1] == l2)
        plan = grouped
    zero_rows = rng.choice([0, 0, 0, 1, 2]) if n > 10 else 0
    halves = style["weightFormat"] != 0 and rng.random() < 0.2
    weights = split_weights(rng, n, zero_rows, halves)
    budget = Amount(funding_meta["A"], funding_meta["unit"])
    rows = []
    for (level1, level2), weight in zip(plan, weights):
        metric, kind = rng.choice(METRICS[level2])
        row = Row(level1, level2, names.indicator(level2, metric), kind)
        row.weight = weight
        r = rng.random()
        outcome = "met" if r < 0.8 or weight == 0 else ("missed" if r < 0.95 else "not_done")
        values.fill(row, "met" if outcome == "not_done" else outcome, budget)
        if outcome == "not_done" and row.quantitative:
            row.actual = "/"
            row.outcome = "not_done"
        rows.append(row)
    if not style["level2Merged"] and rng.random() < 0.1:
        rng.choice(rows).level2 = ""
    if rng.random() < 0.05:
        row = rng.choice([r for r in rows if r.outcome == "met"])
        row.target = ""
        row.actual = rng.choice(["已完成", "完成"])
        row.kind = "empty_target"
        row.quantitative = False
    for row in rows:
        row.score = q2(score_of(row))
        if row.outcome != "met":
            row.reason = names.reason()
        elif rng.random() < 0.05:
            row.reason = rng.choice(["无", "/"])
    return rows


def score_text(row, style):
    if style["weightFormat"] == 0 and row.score == row.weight and row.weight == row.weight.to_integral_value():
        return fmt(row.score, 0)
    return fmt(row.score, 2)


def build_form(rng, number, stem, cover=False, max_indicators=30):
    names = Names(rng)
    year = rng.randint(2019, 2025)
    department = names.department()
    unit = names.unit(department)
    project = names.project(year)
    funding_unit = "万元" if rng.random() < 0.85 else "元"
    style = choose_style(rng)
    if cover:
        cover_style(style, number)
    funding, meta = gen_funding(rng, funding_unit, style)
    values = Values(rng, year)
    rows = gen_indicators(rng, names, values, style, meta, max_indicators)
    form = {"file": stem, "index": 1, "year": str(year), "project": project, "department": department,
            "unit": unit, "fundingUnit": funding_unit, "funding": funding,
            "expectedGoal": names.goal(), "actualResult": names.goal(), "style": style,
            "injected": None, "_rows": rows, "_meta": meta, "_names": names, "_values": values}
    if number is not None and rng.random() < 0.5:
        inject(rng, form, number)
    finish(form)
    return form


def finish(form):
    """Fills the printed indicator and total cells from the rows (after any injection)."""
    style = form["style"]
    wdp = style["weightFormat"]
    rows = form["_rows"]
    form["indicators"] = [r.truth(wdp, r.score_text if hasattr(r, "score_text") else score_text(r, style))
                          for r in rows]
    weights = sum((r.weight for r in rows), D(0)) + D(10)
    scores = sum((D(ind["score"]) for ind in form["indicators"]), D(0)) + D(form["funding"][0]["score"])
    total = form.get("_total_override")
    form["total"] = {"weight": fmt(form.get("_weight_total", weights), wdp),
                     "score": total if total else fmt(scores, 2)}


# ---- injected errors: each one far enough from the right value that rounding intervals cannot hide it ----

GAP = D("0.5")


def half_step(dp):
    return D(5).scaleb(-dp - 1)


def execution_interval(a, b, dp, scale):
    """B/A×scale over the printed intervals of A and B."""
    h = half_step(dp)
    return (b - h) / (a + h) * scale, (b + h) / (a - h) * scale


def off_interval(rng, lo, hi, floor, ceiling):
    """A 2-dp value at least GAP outside [lo, hi] (its own ±0.005 included), within [floor, ceiling]; None if none."""
    below = lo - GAP - D("0.01")
    above = hi + GAP + D("0.01")
    options = []
    if below - floor >= 0:
        options.append(q2(below - D(str(rng.uniform(0, float(min(D(5), below - floor)))))))
    if ceiling - above >= 0:
        options.append(q2(above + D(str(rng.uniform(0, float(min(D(5), ceiling - above)))))))
    options = [o for o in options if o + D("0.005") < lo - GAP or o - D("0.005") > hi + GAP]
    return rng.choice(options) if options else None


def indicator_interval(row):
    """What a missed row may score given its printed actual."""
    h = half_step(row.actual_dp)
    if row.outcome == "not_done":
        return D(0), D(0)
    if row.reverse:
        return row.t / (row.a + h) * row.weight, row.t / max(row.a - h, D("1e-9")) * row.weight
    return max(row.a - h, D(0)) / row.t * row.weight, (row.a + h) / row.t * row.weight


SYMBOL_KINDS = ("pct", "pct_eq", "pct_le", "count", "time", "money", "unit_money")


def numeric_rows(form, outcome, kinds=SYMBOL_KINDS, min_weight=D(2)):
    return [i for i, r in enumerate(form["_rows"]) if r.outcome == outcome and r.kind in kinds and r.quantitative
            and r.weight >= min_weight and not getattr(r, "actual_bound", False)]


def make_missed(rng, form, kinds=("pct", "count", "time", "money")):
    """Index of a missed quantitative row with weight ≥ 2, turning a met one into it when there is none."""
    missed = numeric_rows(form, "missed", kinds)
    if missed:
        return rng.choice(missed)
    candidates = [i for i, r in enumerate(form["_rows"]) if r.weight >= 2]
    i = rng.choice(candidates)
    row = form["_rows"][i]
    row.kind = rng.choice(kinds)
    row.actual_bound = False
    for _ in range(20):
        form["_values"].fill(row, "missed", Amount(form["_meta"]["A"], form["_meta"]["unit"]))
        if row.outcome == "missed" and not getattr(row, "actual_bound", False):
            break
    row.score = q2(score_of(row))
    row.reason = form["_names"].reason()
    return i


def inject(rng, form, number):
    """One error; the category is the form's number modulo ten (then random ones if that one cannot be placed), so
    every category is about as frequent."""
    for attempt in range(10):
        category, rule = CATEGORIES[number % len(CATEGORIES)] if attempt == 0 else rng.choice(CATEGORIES)
        where = globals()["inject_" + category](rng, form)
        if where:
            section, row = where
            form["injected"] = {"category": category, "rule": rule, "section": section, "row": row}
            return


def inject_exec_rate(rng, form):
    meta = form["_meta"]
    numeric = [i for i, f in enumerate(form["funding"]) if f["rate"].endswith("%")]
    i = rng.choice(numeric)
    f = form["funding"][i]
    a, b = D(f["budget"]), D(f["executed"])
    lo, hi = execution_interval(a, b, meta["dp"], D(100))
    wrong = off_interval(rng, lo, hi, D(0), D(100))
    if wrong is None:
        return None
    f["rate"] = f"{wrong}%"
    return "funding", i


def inject_exec_score(rng, form):
    meta = form["_meta"]
    f = form["funding"][0]
    lo, hi = execution_interval(D(f["budget"]), D(f["executed"]), meta["dp"], D(10))
    lo, hi = min(lo, D(10)), min(hi, D(10))
    wrong = off_interval(rng, lo, hi, D(0), D(10))
    if wrong is None:
        return None
    f["score"] = fmt(wrong, 2)
    return "funding", 0


def inject_breakdown(rng, form):
    meta = form["_meta"]
    f = form["funding"][1]
    value = D(f["initialBudget"])
    step = D(1).scaleb(-meta["dp"])
    delta = max((value * D(str(rng.uniform(0.03, 0.2))) / step).to_integral_value() * step, 10 * step, D(1))
    f["initialBudget"] = fmt(value + delta if rng.random() < 0.5 or value - delta <= 0 else value - delta, meta["dp"])
    return "funding", 0


def inject_indicator_score(rng, form):
    i = make_missed(rng, form)
    row = form["_rows"][i]
    lo, hi = indicator_interval(row)
    if row.outcome == "missed" and hi + GAP < row.weight and rng.random() < 0.5:
        row.score = row.weight  # scored in full although missed
    else:
        wrong = off_interval(rng, lo, hi, D(0), row.weight)
        if wrong is None:
            return None
        row.score = wrong
    row.score_text = fmt(row.score, 2)
    return "indicator", i


def inject_score_range(rng, form):
    candidates = [i for i, r in enumerate(form["_rows"]) if r.weight > 0 and r.outcome == "met"]
    i = rng.choice(candidates)
    row = form["_rows"][i]
    row.score = row.weight + q2(D(str(rng.uniform(0.5, 5))))
    row.score_text = fmt(row.score, 2)
    return "indicator", i


def inject_met_deducted(rng, form):
    candidates = numeric_rows(form, "met", min_weight=D(2))
    if not candidates:
        return None
    i = rng.choice(candidates)
    row = form["_rows"][i]
    row.score = q2(row.weight - D(str(rng.uniform(0.5, float(row.weight) / 2))))
    row.score_text = fmt(row.score, 2)
    row.reason = form["_names"].reason()
    return "indicator", i


def inject_missing_reason(rng, form):
    missed = [i for i, r in enumerate(form["_rows"]) if r.outcome in ("missed", "not_done") and r.score < r.weight]
    i = rng.choice(missed) if missed else make_missed(rng, form)
    row = form["_rows"][i]
    if row.score >= row.weight:
        return None
    row.reason = ""
    return "indicator", i


def inject_unit_mismatch(rng, form):
    candidates = [i for i, r in enumerate(form["_rows"]) if r.kind == "money" and r.outcome == "met"
                  and not getattr(r, "actual_bound", False)]
    if not candidates:
        candidates = [i for i, r in enumerate(form["_rows"]) if r.outcome == "met" and r.weight > 0]
        i = rng.choice(candidates)
        row = form["_rows"][i]
        row.kind = "money"
        row.actual_bound = False
        for _ in range(20):
            form["_values"].fill(row, "met", Amount(form["_meta"]["A"], form["_meta"]["unit"]))
            if not getattr(row, "actual_bound", False):
                break
        if getattr(row, "actual_bound", False):
            return None
    else:
        i = rng.choice(candidates)
        row = form["_rows"][i]
    row.actual = nice(row.a * 10000) + "元"
    row.score = row.weight
    return "indicator", i


def inject_weight_sum(rng, form):
    candidates = [i for i, r in enumerate(form["_rows"]) if r.outcome == "met" and r.weight >= 2]
    i = rng.choice(candidates)
    row = form["_rows"][i]
    delta = D(rng.choice([1, 2, 3, 5])) * rng.choice([1, -1])
    if row.weight + delta <= 0:
        delta = -delta
    row.weight += delta
    row.score = row.weight
    form["_weight_total"] = D(100)
    return "total", None


def inject_total_score(rng, form):
    rows = form["_rows"]
    style = form["style"]
    texts = [getattr(r, "score_text", None) or score_text(r, style) for r in rows] + [form["funding"][0]["score"]]
    scores = sum((D(t) for t in texts), D(0))
    spread = sum((half_step(dp_of_text(t)) for t in texts), D("0.005"))  # printed intervals of the addends
    if spread > 3:
        return None
    delta = q2(spread + GAP + D(str(rng.uniform(0.1, 5))))
    wrong = scores - delta if rng.random() < 0.6 or scores + delta > 100 else scores + delta
    form["_total_override"] = fmt(wrong, 2)
    return "total", None


def dp_of_text(text):
    return len(text.split(".")[1]) if "." in text else 0


def public(form):
    """The truth record of a form (no private generator state)."""
    out = {k: v for k, v in form.items() if not k.startswith("_")}
    order = ["file", "index", "year", "project", "department", "unit", "fundingUnit", "funding", "expectedGoal",
             "actualResult", "indicators", "total", "injected", "style"]
    return {k: out[k] for k in order}
