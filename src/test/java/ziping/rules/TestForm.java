package ziping.rules;

import ziping.model.Comparator;
import ziping.model.Figure;
import ziping.model.FigureKind;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.FundingRole;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Measure;
import ziping.model.MeasureKind;
import ziping.model.Pooling;
import ziping.model.Span;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds forms for rule tests from cells written as printed ("365.29", "99.95%", "≤34.575万元", "/", "-"), so that
 * test cases read like the seed documents. Funding cells: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分.
 */
public final class TestForm {
    private static final Pattern NUMBER = Pattern.compile("([≥≤=><])?(-?\\d+(?:\\.\\d+)?)(.*)");
    private static final Pattern DATE = Pattern.compile("\\d+年(\\d+月)?(\\d+日)?|\\d+月\\d+日");

    private final List<FundingRow> funding = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private Form.Total total;
    private int line = 1;

    public static TestForm form() {
        return new TestForm();
    }

    /** The 年度资金总额 row. */
    public TestForm funding(String initial, String budget, String executed, String weight, String rate,
                            String score) {
        return part(FundingRow.TOTAL_LABEL, initial, budget, executed, weight, rate, score);
    }

    public TestForm part(String label, String initial, String budget, String executed, String weight, String rate,
                         String score) {
        funding.add(new FundingRow(label, FundingRole.ofSeedLabel(label), figure(initial), figure(budget), figure(executed), figure(weight),
                figure(rate), figure(score), nextSpan()));
        return this;
    }

    /**
     * A funding row of a form with pooled funds (TP/SC), cells in the printed order: 全年预算数 A, 统筹整合资金数 B,
     * 扣除统筹整合资金后预算金额 C, 全年到位资金 D, 预算到位 D/C, 全年执行资金 E, 预算执行 E/C.
     */
    public TestForm pooled(String label, String gross, String pooled, String net, String received,
                           String receivedRate, String executed, String rate) {
        funding.add(new FundingRow(label, FundingRole.ofSeedLabel(label), null, figure(net), figure(executed), null,
                figure(rate), null, nextSpan(), figure(received), null, null,
                new Pooling(figure(gross), figure(pooled), figure(receivedRate))));
        return this;
    }

    public TestForm indicator(String level1, String level2, String name, String target, String actual,
                              String weight, String score) {
        return indicator(level1, level2, name, target, actual, weight, score, "");
    }

    public TestForm indicator(String level1, String level2, String name, String target, String actual,
                              String weight, String score, String reason) {
        indicators.add(new Indicator(level1, level2, name, measure(target), measure(actual), figure(weight),
                figure(score), reason, nextSpan()));
        return this;
    }

    /** A quantitative output indicator, the most common kind in tests. */
    public TestForm output(String name, String target, String actual, String weight, String score) {
        return indicator("产出指标", "质量指标", name, target, actual, weight, score);
    }

    public TestForm total(String weight, String score) {
        total = new Form.Total(figure(weight), figure(score), nextSpan());
        return this;
    }

    public Form build() {
        return new Form(1, "2024", "测试项目", "北京市应急管理局", "测试单位", "万元", List.copyOf(funding), "", "",
                List.copyOf(indicators), total, Span.lines(1, line));
    }

    /** Runs one rule over the form and checks that every finding's message renders in both languages. */
    public List<Finding> audit(Rule<FormAudit> rule, Profile profile) {
        FormAudit audit = new FormAudit(build(), profile);
        rule.apply(audit);
        audit.findings().forEach(f -> MessageBundles.assertRenders(f.message()));
        return audit.findings();
    }

    public List<Finding> audit(Rule<FormAudit> rule) {
        return audit(rule, Profile.DEFAULT);
    }

    private Span nextSpan() {
        line++;
        return Span.lines(line, line);
    }

    public static Figure figure(String raw) {
        if (raw.isBlank()) {
            return Figure.of(raw, FigureKind.EMPTY);
        }
        if (List.of("-", "_", "—", "/").contains(raw)) {
            return Figure.of(raw, FigureKind.NOT_APPLICABLE);
        }
        String digits = raw.endsWith("%") ? raw.substring(0, raw.length() - 1) : raw;
        if (!digits.matches("-?\\d+(\\.\\d+)?")) {
            return Figure.of(raw, FigureKind.UNREADABLE);
        }
        return Figure.number(raw, new BigDecimal(digits), raw.endsWith("%") ? "%" : null);
    }

    public static Measure measure(String raw) {
        if (raw.isBlank()) {
            return new Measure(raw, MeasureKind.EMPTY, null, null, null, null);
        }
        if (raw.equals("/")) {
            return new Measure(raw, MeasureKind.NOT_DONE, null, null, null, null);
        }
        if (DATE.matcher(raw).matches()) {
            return new Measure(raw, MeasureKind.DATE, null, null, null, raw);
        }
        Matcher m = NUMBER.matcher(raw);
        if (m.matches()) {
            Comparator comparator = m.group(1) == null ? null : Comparator.fromSymbol(m.group(1).charAt(0));
            String unit = m.group(3).isEmpty() ? null : m.group(3);
            return new Measure(raw, MeasureKind.NUMBER, comparator, new BigDecimal(m.group(2)), unit, null);
        }
        return new Measure(raw, MeasureKind.QUALITATIVE, null, null, null, raw);
    }
}
