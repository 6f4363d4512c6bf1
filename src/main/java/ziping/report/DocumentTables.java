package ziping.report;

import ziping.result.DocumentResult;
import ziping.result.FormResult;
import ziping.result.ReportResult;
import ziping.model.Figure;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Measure;
import ziping.model.Section;
import ziping.model.report.FundingColumn;
import ziping.model.report.FundingTableRow;
import ziping.model.report.ScoredIndicator;
import ziping.model.report.ScoringGroup;
import ziping.model.report.ScoringTable;
import ziping.model.report.SelfEvalReport;
import ziping.model.report.SpendingItem;
import ziping.model.report.SpendingTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document's tables as a reader sees them on the printed form: headings and cells as printed, each row tagged
 * with the section and 0-based row a finding names, so the HTML report can mark the cells findings point at.
 */
final class DocumentTables {
    /** A row of a table; {@code section} and {@code row} are what findings about it carry. */
    record Row(Section section, Integer row, List<String> cells) {
        /** A finding about this row: same section and row; a total row takes every finding on its section. */
        boolean isAbout(Section findingSection, Integer findingRow) {
            return section == findingSection && (section == Section.TOTAL || Objects.equals(row, findingRow));
        }
    }

    record Table(String title, List<String> headings, List<Row> rows) {
    }

    private DocumentTables() {
    }

    static List<Table> of(DocumentResult doc) {
        if (doc instanceof FormResult f) {
            return form(f.form());
        }
        if (doc instanceof ReportResult r) {
            return report(r.report());
        }
        return List.of();
    }

    private static List<Table> form(Form form) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("基本信息", List.of("年度", "项目名称", "主管部门", "实施单位"), List.of(
                new Row(Section.HEADER, null, cells(form.year(), form.project(), form.department(), form.unit())))));
        List<Row> funding = new ArrayList<>();
        for (int i = 0; i < form.funding().size(); i++) {
            FundingRow r = form.funding().get(i);
            funding.add(new Row(Section.FUNDING, i, cells(r.label(), raw(r.initialBudget()), raw(r.budget()),
                    raw(r.executed()), raw(r.weight()), raw(r.rate()), raw(r.score()))));
        }
        String unit = form.fundingUnit() == null ? "" : "（" + form.fundingUnit() + "）";
        tables.add(new Table("项目资金" + unit, List.of("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
                "得分"), funding));
        List<Row> indicators = new ArrayList<>();
        for (int i = 0; i < form.indicators().size(); i++) {
            Indicator r = form.indicators().get(i);
            indicators.add(new Row(Section.INDICATOR, i, cells(r.level1(), r.level2(), r.name(), raw(r.target()),
                    raw(r.actual()), raw(r.weight()), raw(r.score()), r.reason())));
        }
        if (form.total() != null) {
            indicators.add(new Row(Section.TOTAL, null, cells("总分", "", "", "", "", raw(form.total().weight()),
                    raw(form.total().score()), "")));
        }
        tables.add(new Table("绩效指标", List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                "得分", "偏差原因分析及改进措施"), indicators));
        return tables;
    }

    private static List<Table> report(SelfEvalReport report) {
        List<Table> tables = new ArrayList<>();
        List<Row> funding = new ArrayList<>();
        for (int i = 0; i < report.funding().size(); i++) {
            FundingTableRow r = report.funding().get(i);
            List<String> cells = new ArrayList<>();
            cells.add(r.label());
            cells.add(r.formula() == null ? "(" + r.line() + ")" : r.formula().raw());
            for (FundingColumn c : FundingColumn.values()) {
                cells.add(raw(r.cell(c)));
            }
            funding.add(new Row(Section.FUNDING, i, cells));
        }
        if (!funding.isEmpty()) {
            List<String> headings = new ArrayList<>(List.of("", "行次"));
            for (FundingColumn c : FundingColumn.values()) {
                headings.add(c.label());
            }
            tables.add(new Table("资金安排情况", headings, funding));
        }
        SpendingTable spending = report.spending();
        if (spending != null) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < spending.items().size(); i++) {
                rows.add(new Row(Section.SPENDING, i, spendingCells(spending.items().get(i))));
            }
            if (spending.total() != null) {
                rows.add(new Row(Section.SPENDING, null, spendingCells(spending.total())));
            }
            List<String> headings = new ArrayList<>(List.of(""));
            headings.addAll(spending.columns());
            String unit = spending.unit() == null ? "" : "（" + spending.unit() + "）";
            tables.add(new Table("资金使用情况" + unit, headings, rows));
        }
        ScoringTable scoring = report.scoring();
        if (scoring != null) {
            List<Row> rows = new ArrayList<>();
            int i = 0;
            for (ScoringGroup g : scoring.groups()) {
                for (ScoredIndicator r : g.indicators()) {
                    rows.add(new Row(Section.SCORING, i++, cells(g.name() + " " + raw(g.weight()), r.name(),
                            raw(r.weight()), raw(r.target()), raw(r.actual()), raw(r.score()),
                            r.standard() == null ? "" : r.standard().text())));
                }
            }
            rows.add(new Row(Section.TOTAL, null, cells("总计", "", raw(scoring.totalWeight()), "", "",
                    raw(scoring.totalScore()), scoring.grade() == null ? "" : "评价等级：" + scoring.grade().text())));
            tables.add(new Table("附表1 自评价评分表", List.of("一级指标", "三级指标", "权重", "目标值", "业绩值",
                    "评分结果", "评分标准"), rows));
        }
        return tables;
    }

    private static List<String> spendingCells(SpendingItem item) {
        List<String> cells = new ArrayList<>();
        cells.add(item.name());
        for (Figure f : item.amounts()) {
            cells.add(raw(f));
        }
        return cells;
    }

    private static List<String> cells(String... cells) {
        List<String> list = new ArrayList<>();
        for (String c : cells) {
            list.add(c == null ? "" : c);
        }
        return list;
    }

    private static String raw(Figure f) {
        return f == null || f.raw() == null ? "" : f.raw();
    }

    private static String raw(Measure m) {
        return m == null || m.raw() == null ? "" : m.raw();
    }
}
