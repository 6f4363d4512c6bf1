package ziping.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.source.SourceText;
import ziping.testing.Golden;
import ziping.testing.Seeds;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The cell-line layout (a table row per line, TAB between cells, merged cells empty below their first row) that
 * the PDF table reader writes parses to the same model as the extracted text of the same forms.
 */
class CellRowsTest {
    @ParameterizedTest
    @ValueSource(strings = {Seeds.S000, Seeds.S001, Seeds.S003})
    void cellLinesGiveTheSameModelAsText(String seed) throws IOException {
        List<ParsedForm> fromText = FormParser.parse(Seeds.text(seed));
        List<String> lines = new ArrayList<>();
        fromText.forEach(p -> lines.addAll(cellLines(p.form())));
        List<ParsedForm> fromCells = FormParser.parse(new SourceText("cells", lines, lines, List.of()));
        List<String> diffs = new ArrayList<>();
        Golden.diff("$", Golden.withoutSpans(Golden.tree(forms(fromText))), Golden.withoutSpans(Golden.tree(forms(fromCells))),
                diffs);
        assertEquals(List.of(), diffs);
    }

    private static List<Form> forms(List<ParsedForm> parsed) {
        return parsed.stream().map(ParsedForm::form).toList();
    }

    /** A form as the PDF table reader prints it. */
    static List<String> cellLines(Form f) {
        List<String> out = new ArrayList<>(List.of("项目支出绩效自评表", "（" + f.year() + "年度）",
                "项目名称\t" + f.project(), "主管部门\t" + f.department() + "\t实施单位\t" + f.unit(),
                "项目资金（" + f.fundingUnit() + "）\t年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\t执行率\t得分"));
        for (FundingRow r : f.funding()) {
            String label = r.isTotal() ? r.label() : "\t" + (r.label().equals("当年财政拨款") ? "其中：" : "") + r.label();
            out.add(String.join("\t", label.strip(), r.initialBudget().raw(), r.budget().raw(), r.executed().raw(),
                    r.weight().raw(), r.rate().raw(), r.score().raw()));
        }
        out.add("年度总体目标\t预期目标\t实际完成情况");
        out.add("\t" + f.expectedGoal() + "\t" + f.actualResult());
        out.add("绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值（A）\t实际完成值（B）\t分值\t得分\t偏差原因分析及改进措施");
        Indicator previous = null;
        for (Indicator i : f.indicators()) {
            boolean sameL1 = previous != null && previous.level1().equals(i.level1());
            boolean sameL2 = sameL1 && previous.level2().equals(i.level2());
            out.add(String.join("\t", "", sameL1 ? "" : i.level1(), sameL2 ? "" : i.level2(), i.name(),
                    i.target().raw(), i.actual().raw(), i.weight().raw(), i.score().raw(), i.reason()));
            previous = i;
        }
        out.add("总分\t" + f.total().weight().raw() + "\t" + f.total().score().raw());
        return out;
    }
}
