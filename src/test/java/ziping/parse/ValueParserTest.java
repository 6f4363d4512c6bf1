package ziping.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ziping.model.Comparator;
import ziping.model.Figure;
import ziping.model.FigureKind;
import ziping.model.Measure;
import ziping.model.MeasureKind;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ValueParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "≥98%|NUMBER|≥|98|%",
        "≤27.5万元|NUMBER|≤|27.5|万元",
        "=7个（套）|NUMBER|=|7|个（套）",
        "100.00%|NUMBER||100.00|%",
        "11|NUMBER||11|",
        "≤6个月|NUMBER|≤|6|个月",
        "=12月|NUMBER|=|12|月",
        "455.91264万元|NUMBER||455.91264|万元",
        "≥１１个|NUMBER|≥|11|个",
        "＞3次|NUMBER|>|3|次",
    })
    void quantities(String raw, MeasureKind kind, String cmp, String number, String unit) {
        Measure m = ValueParser.measure(raw);
        assertEquals(kind, m.kind());
        assertEquals(cmp == null ? null : Comparator.fromSymbol(cmp.charAt(0)), m.comparator());
        assertEquals(new BigDecimal(number), m.number());
        assertEquals(number.contains(".") ? number.length() - number.indexOf('.') - 1 : 0, m.number().scale());
        assertEquals(unit, m.unit());
        assertEquals(raw, m.raw());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024年5月|DATE", "12月24日|DATE", "2023年12月|DATE", "2024年|DATE",
        "是|QUALITATIVE", "好坏|QUALITATIVE", "定性-好|QUALITATIVE", "明显|QUALITATIVE", "/|NOT_DONE",
    })
    void otherKinds(String raw, MeasureKind kind) {
        Measure m = ValueParser.measure(raw);
        assertEquals(kind, m.kind());
        assertNull(m.number());
    }

    @Test
    void namesAndFragmentsAreNotValues() {
        assertNull(ValueParser.measure("2025年4月底前完成"));
        assertNull(ValueParser.measure("455.91264万"));
        assertNull(ValueParser.measure("元"));
        assertNull(ValueParser.measure("网络改造"));
    }

    @Test
    void figuresKeepScaleAndPlaceholders() {
        Figure f = ValueParser.figure("10.00");
        assertEquals(FigureKind.NUMBER, f.kind());
        assertEquals(2, f.value().scale());
        Figure rate = ValueParser.figure("94.66%");
        assertEquals(new BigDecimal("94.66"), rate.value());
        assertEquals("%", rate.unit());
        for (String p : new String[] {"-", "_", "—", "/"}) {
            assertEquals(FigureKind.NOT_APPLICABLE, ValueParser.figure(p).kind(), p);
        }
        assertEquals(FigureKind.EMPTY, ValueParser.figure(" ").kind());
        Figure bad = ValueParser.figure("九点五");
        assertEquals(FigureKind.UNREADABLE, bad.kind());
        assertEquals("九点五", bad.raw());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1,234.50|1234.50|", "-12,345,678|-12345678|", "+7|7|", "１，２３４％|1234|%", "1 234|1234|", "0.5%|0.5|%",
    })
    void figureNumbersWithSignsAndThousandsGroups(String raw, String number, String unit) {
        Figure f = ValueParser.figure(raw);
        assertEquals(FigureKind.NUMBER, f.kind(), raw);
        assertEquals(new BigDecimal(number), f.value());
        assertEquals(unit, f.unit());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12345678901234567890.125|12345678901234567890.125",
        "999999999999999999|999999999999999999", "-0.50|-0.50", "1,234,567.000|1234567.000", "+0|0"})
    void figureValuesKeepTheirPrintedScaleAtAnyLength(String raw, String number) {
        BigDecimal expected = new BigDecimal(number);
        assertEquals(expected, ValueParser.figure(raw).value());
        assertEquals(expected.scale(), ValueParser.figure(raw).value().scale());
        assertEquals(expected.toPlainString(), ValueParser.measure(raw).number().toPlainString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1234,567", "1,23", "1,2345", ",123", "12,", "5.", ".5", "1.2.3", "5%%", "%5",
        "+-5", "5万"})
    void malformedNumbersAreUnreadable(String raw) {
        assertEquals(FigureKind.UNREADABLE, ValueParser.figure(raw).kind(), raw);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"5|true", "9.97|true", "1,234|true", "５|true", " 10 |true", "5%|false", "-|false",
        "''|false", "5分|false", "五|false"})
    void plainNumbersAreFiguresWithoutUnit(String raw, boolean plain) {
        assertEquals(plain, ValueParser.isPlainNumber(raw), raw);
        Figure f = ValueParser.figure(raw);
        assertEquals(plain, f.isNumber() && f.unit() == null, raw);
    }

    @Test
    void quantityNeedsAWholeNumberBeforeItsUnit() {
        assertEquals(new BigDecimal("1234"), ValueParser.measure("≥1,234人").number());
        assertNull(ValueParser.measure("≥1,23人"));
        assertNull(ValueParser.measure("5.次"));
        assertNull(ValueParser.measure("≥≥5次"));
        assertNull(ValueParser.measure("5次次次次"));
    }
}
