package ziping.parse.report;

import ziping.model.Span;
import ziping.model.report.ProseTotal;
import ziping.model.report.TextValue;
import ziping.source.SourceText;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the report's prose states: the total and grade ("…结果为:总得分 90.08分，属于"优秀""), the project
 * named in that sentence, and the year of the budget ("2021年…专项资金预算为 91.2万元").
 */
final class ProseReader {
    private static final Pattern TOTAL = Pattern.compile(
            "总得分\\s*(\\d+(?:\\.\\d+)?)\\s*分[^。]*?[\"“「]?(优秀|良好|中等|合格|不合格|优|良|中|差)");
    private static final Pattern PROJECT = Pattern.compile("[：:]([^：:]+?)(?:绩效)?自评价?结果");
    private static final Pattern BUDGET_YEAR = Pattern.compile("(20\\d{2})年[^。]*?预算");
    /** How many non-blank lines before the total's line the sentence naming the project may start. */
    private static final int SENTENCE_LINES = 3;

    private final SourceText source;

    ProseReader(SourceText source) {
        this.source = source;
    }

    ProseTotal total() {
        for (Line line : Line.nonBlank(source, 1, source.lines().size())) {
            Matcher m = TOTAL.matcher(line.text());
            if (m.find()) {
                return new ProseTotal(Cells.figure(m.group(1), "分"), m.group(2), line.span());
            }
        }
        return null;
    }

    /** The project named in the sentence that states the total; null when that sentence names none. */
    TextValue project(ProseTotal total) {
        if (total == null) {
            return null;
        }
        int totalLine = total.span().firstLine();
        List<Line> before = Line.nonBlank(source, 1, totalLine);
        List<Line> sentence = before.subList(Math.max(0, before.size() - SENTENCE_LINES), before.size());
        Matcher m = PROJECT.matcher(String.join("", sentence.stream().map(Line::text).toList()));
        if (!m.find()) {
            return null;
        }
        String name = Cells.joinName(List.of(m.group(1).strip()));
        String start = name.substring(0, Math.min(2, name.length()));
        Line first = sentence.stream().filter(l -> l.text().contains(start)).findFirst().orElse(sentence.get(0));
        return new TextValue(name, Span.lines(first.number(), totalLine));
    }

    TextValue year() {
        for (Line line : Line.nonBlank(source, 1, source.lines().size())) {
            Matcher m = BUDGET_YEAR.matcher(line.text());
            if (m.find()) {
                return new TextValue(m.group(1), line.span());
            }
        }
        return null;
    }
}
