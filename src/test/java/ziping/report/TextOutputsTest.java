package ziping.report;

import org.junit.jupiter.api.Test;
import ziping.model.Check;
import ziping.model.Finding;
import ziping.model.Message;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Span;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextOutputsTest {

    @Test
    void githubAnnotationsNameFileLinesAndRuleAndEscapeTheirText() throws IOException {
        String text = SinkRun.write(Format.GITHUB, Lang.EN, SampleResults.batch());
        assertEquals(List.of(
                "::error file=samples/000.txt,title=ZP103::form 7: 测试",
                "::warning file=samples/000.txt,title=ZP201::no.such.key",
                "::warning file=notes.txt::no form found",
                "::error file=photo.txt::unreadable: binary file, not text"), text.lines().toList());
        assertEquals("a%25b%0Ac", GithubSink.data("a%b\nc"));
        assertEquals("a\\u001B]0;x\\u0007b", GithubSink.data("a\u001B]0;x\u0007b"), "no escape sequence reaches the log");
        assertEquals("&lt;b&gt;\\u202Eab\nc", HtmlSink.esc("<b>\u202Eab\nc"), "a bidi override shown, a line kept");
        assertEquals("x%3Ay%2Cz", GithubSink.property("x:y,z"));
    }

    @Test
    void formulasSpeakTheOutputLanguage() {
        assertEquals("min(B/A×weight, weight) = min(257.48/271.99×10, 10)",
                FormulaText.render("min(B/A×分值, 分值) = min(257.48/271.99×10, 10)", Lang.EN));
        assertEquals("actual = full-year spending B: 365.291 vs 365.11",
                FormulaText.render("实际完成值 = 全年执行数 B: 365.291 vs 365.11", Lang.EN));
        assertEquals("正向: 80 / 95 × 4.44", FormulaText.render("forward: 80 / 95 × 4.44", Lang.ZH));
        assertEquals("反向, 线性: (1 − (12 − 10) / 10) × 5",
                FormulaText.render("reverse, linear: (1 − (12 − 10) / 10) × 5", Lang.ZH));
    }

    @Test
    void aMessageQuotingItsFormulaGetsItTranslatedButNamesStay() {
        Finding f = new Finding("ZP411", Check.INDICATOR_SCORE, Severity.WARNING, Section.SCORING, 14, "目标达成率",
                "2.5", "[3.7155, 3.7624]", "forward: 80 / 95 × 4.44",
                Message.of("rule.ZP411", "目标达成率", "2.5", "[3.7155, 3.7624]", "forward: 80 / 95 × 4.44"),
                Span.lines(552, 552));
        assertEquals("指标“目标达成率”评分结果为 2.5；报告未给出可读的评分标准，按默认规则计算应为 [3.7155, 3.7624]：正向: 80 / 95"
                + " × 4.44。", FormulaText.message(f, Lang.ZH));
    }

    @Test
    void chineseOutputGivesKnownReasonsInChinese() {
        assertEquals("二进制文件，不是文本", Reasons.render("binary file, not text", Lang.ZH));
        assertEquals("超出每个文件 30s 的时间预算", Reasons.render("time budget of 30s exceeded", Lang.ZH));
        assertEquals("PDF 已损坏：bad xref", Reasons.render("corrupt PDF: bad xref", Lang.ZH));
        assertEquals("binary file, not text", Reasons.render("binary file, not text", Lang.EN));
        assertEquals("something new", Reasons.render("something new", Lang.ZH));
    }

    @Test
    void wrappingKeepsWordsWholeAndClosingPunctuationOffALineStart() {
        assertEquals(List.of("the target may", "be too low."), Wrap.lines("the target may be too low.", 15));
        assertEquals(List.of("指标值可能设置过", "低。"), Wrap.lines("指标值可能设置过低。", 18));
        assertEquals(List.of("short"), Wrap.lines("short", 0));
    }
}
