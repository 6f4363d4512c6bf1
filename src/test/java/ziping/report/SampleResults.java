package ziping.report;

import ziping.result.DocumentResult;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.result.FormResult;
import ziping.model.Check;
import ziping.model.Comparator;
import ziping.model.Computed;
import ziping.model.Figure;
import ziping.model.FigureKind;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.FundingRole;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Measure;
import ziping.model.MeasureKind;
import ziping.model.Message;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Span;

import java.math.BigDecimal;
import java.util.List;

/** Hand-built results with the figures of seed 000 (北京市重点非煤矿山…), for the sink tests. */
final class SampleResults {
    static final String PROJECT = "北京市重点非煤矿山重大灾害风险防控系统建设服务";

    private SampleResults() {
    }

    static Figure number(String raw) {
        return Figure.number(raw, new BigDecimal(raw.replace("%", "")), raw.endsWith("%") ? "%" : null);
    }

    static FormResult form() {
        Figure dash = Figure.of("-", FigureKind.NOT_APPLICABLE);
        FundingRow total = new FundingRow("年度资金总额", FundingRole.TOTAL, number("271.999360"), number("271.999360"),
                number("257.480000"), number("10.00"), number("94.66%"), number("9.47"), new Span(12, 12, 1));
        FundingRow carried = new FundingRow("上年结转资金", FundingRole.CARRYOVER, dash, dash, dash, dash, dash, dash, new Span(16, 16, 1));
        Indicator indicator = new Indicator("产出指标", "数量指标", "系统建设完成率",
                new Measure("≥98%", MeasureKind.NUMBER, Comparator.GE, new BigDecimal("98"), "%", null),
                new Measure("100%", MeasureKind.NUMBER, null, new BigDecimal("100"), "%", null),
                number("10.00"), number("9.00"), "", new Span(30, 31, 2));
        Form form = new Form(1, "2024", PROJECT, "北京市应急管理局", "北京市应急管理局机关", "万元",
                List.of(total, carried), "完成系统建设", "已完成", List.of(indicator),
                new Form.Total(number("100.00"), number("98.47"), new Span(60, 60, 3)), new Span(1, 60, 1));
        Finding scoreError = new Finding("ZP103", Check.INDICATOR_SCORE, Severity.ERROR, Section.INDICATOR, 0,
                "系统建设完成率", "9.00", "10.00", "target met → 分值 10.00",
                Message.of("report.document", 7, "测试"), new Span(30, 31, 2));
        Finding reasonMissing = new Finding("ZP201", Check.MISSING_REASON, Severity.WARNING, Section.INDICATOR, 0,
                "系统建设完成率", null, null, null, Message.of("no.such.key"), new Span(30, 31, 2));
        return new FormResult(form, new Computed(new BigDecimal("0.9466"), new BigDecimal("9.47"),
                new BigDecimal("98.47"), "优"), List.of(scoreError, reasonMissing));
    }

    static FileResult ok() {
        return new FileResult("samples/000.txt", FileStatus.OK, null, List.<DocumentResult>of(form()));
    }

    static FileResult noForm() {
        return new FileResult("notes.txt", FileStatus.NO_FORM, null, List.of());
    }

    static FileResult unreadable() {
        return FileResult.unreadable("photo.txt", "binary file, not text");
    }

    static List<FileResult> batch() {
        return List.of(ok(), noForm(), unreadable());
    }
}
