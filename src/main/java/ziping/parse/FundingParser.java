package ziping.parse;

import ziping.model.Figure;
import ziping.model.FigureKind;
import ziping.model.FundingRow;
import ziping.model.Section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the 项目资金 block: 年度资金总额 and its 其中 rows, six cells each. */
final class FundingParser {
    private static final List<String> LABELS = List.of(FundingRow.TOTAL_LABEL, "当年财政拨款", "上年结转资金", "其他资金");
    private static final Pattern WHERE_OF = Pattern.compile("^其中\\s*[:：]\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String[] COLUMNS = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};

    private FundingParser() {
    }

    static List<FundingRow> parse(List<Line> lines, Problems problems) {
        List<FundingRow> rows = new ArrayList<>();
        for (Line line : lines) {
            String text = line.text().startsWith("其中") ? WHERE_OF.matcher(line.text()).replaceFirst("") : line.text();
            String label = LABELS.stream().filter(text::startsWith).findFirst().orElse(null);
            if (label == null) {
                continue;
            }
            List<String> cells = Arrays.stream(WHITESPACE.split(text.substring(label.length()).trim()))
                    .filter(s -> !s.isEmpty()).toList();
            int row = rows.size();
            if (cells.size() != COLUMNS.length) {
                problems.add(ParseIssue.CELL_COUNT, Section.FUNDING, row, label, line.text(), line.number(),
                        line.number(), COLUMNS.length, cells.size());
            }
            Figure[] f = new Figure[COLUMNS.length];
            for (int i = 0; i < COLUMNS.length; i++) {
                f[i] = i < cells.size() ? ValueParser.figure(cells.get(i)) : Figure.of("", FigureKind.EMPTY);
                if (f[i].kind() == FigureKind.UNREADABLE) {
                    problems.add(ParseIssue.UNREADABLE_CELL, Section.FUNDING, row, label + " " + COLUMNS[i],
                            f[i].raw(), line.number(), line.number(), COLUMNS[i], f[i].raw());
                }
            }
            rows.add(new FundingRow(label, f[0], f[1], f[2], f[3], f[4], f[5],
                    problems.spans().of(line.number(), line.number())));
        }
        return rows;
    }
}
