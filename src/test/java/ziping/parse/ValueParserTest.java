package ziping.parse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ziping.model.Comparator;
import ziping.model.Figure;
import ziping.model.FigureKind;
import ziping.model.Measure;
import ziping.model.MeasureKind;
import ziping.testing.Golden;

import java.io.IOException;
import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void numbersOfTwoCellsCompareWithoutTheirScaleAndNothingElseCompares() {
        assertEquals(0, ValueParser.compareNumbers("4.0", "4.00"));
        assertEquals(-1, ValueParser.compareNumbers("2.91", "4"));
        assertEquals(1, ValueParser.compareNumbers("6.39", "6.00"));
        assertNull(ValueParser.compareNumbers("/", "4"));
        assertNull(ValueParser.compareNumbers("4", ""));
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

    @Test
    void theIdeographicSpaceFoldsLikeAnyOtherSpace() {
        assertEquals(new BigDecimal("1234"), ValueParser.figure("１２\u3000３４").value());
        assertTrue(ValueParser.isPlainNumber("１２\u3000３４"));
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

    /** The text path reads the same grammar, without Latin units, and a magnitude alone is still not a value. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "≤3个工作日|NUMBER|≤|3|个工作日", "<=5300元/户|NUMBER|≤|5300|元/户", "不少于12种|NUMBER|≥|12|种",
        "98%以上|NUMBER|≥|98|%", "24小时以内|NUMBER|≤|24|小时", "≥100百分比|NUMBER|≥|100|%", "小于5次|NUMBER|<|5|次",
        "2024.12.31|DATE|||", "6月底前|DATE|||", "已完成|QUALITATIVE|||", "显著提升|QUALITATIVE|||",
        "达成年度指标|QUALITATIVE|||", "按时限完成|QUALITATIVE|||", "按计划完成|QUALITATIVE|||", "明显提升|QUALITATIVE|||",
        "逐步提升|QUALITATIVE|||",
    })
    void textPathReadsTheWiderGrammar(String raw, MeasureKind kind, String cmp, String number, String unit) {
        Measure m = ValueParser.measure(raw);
        assertEquals(kind, m.kind(), raw);
        assertEquals(cmp == null ? null : Comparator.fromSymbol(cmp.charAt(0)), m.comparator(), raw);
        assertEquals(number == null ? null : new BigDecimal(number), m.number(), raw);
        assertEquals(unit, m.unit(), raw);
        assertEquals(m, ValueParser.measureCell(raw), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5G", "≥1.5km", "3项制度建立健全并执行", "保障网络运行", "≥95%左右", "不低于95%以下", "150万"})
    void textPathStillTellsNamesFromValues(String raw) {
        assertNull(ValueParser.measure(raw), raw);
    }

    // Cells whose column says they hold a target or actual (measureCell, measureOf) or an amount, score or rate
    // (figureCell). Each row: the cell, then kind, comparator, number as printed (its scale is asserted), unit, text;
    // an empty column is null.

    private static void assertMeasure(Measure m, String raw, MeasureKind kind, String cmp, String number, String unit,
                                      String text) {
        assertEquals(raw, m.raw());
        assertEquals(kind, m.kind(), raw);
        assertEquals(cmp == null ? null : Comparator.fromSymbol(cmp.charAt(0)), m.comparator(), raw);
        assertEquals(number == null ? null : new BigDecimal(number), m.number(), raw);
        assertEquals(unit, m.unit(), raw);
        assertEquals(text, m.text(), raw);
    }

    private static void assertCell(String raw, MeasureKind kind, String cmp, String number, String unit, String text) {
        assertMeasure(ValueParser.measureCell(raw), raw, kind, cmp, number, unit, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "≤3个工作日|NUMBER|≤|3|个工作日|",
        "<=5300元/户|NUMBER|≤|5300|元/户|",
        ">=59人次|NUMBER|≥|59|人次|",
        "≥1290.3平方米|NUMBER|≥|1290.3|平方米|",
        "≥100百分比|NUMBER|≥|100|%|",
        "≥11个|NUMBER|≥|11|个|",
        "=7个（套）|NUMBER|=|7|个（套）|",
        "=7个(套)|NUMBER|=|7|个（套）|",
        "2,000万元|NUMBER||2000|万元|",
        "0起|NUMBER||0|起|",
        "12 种|NUMBER||12|种|",
        "≥20标准立方米|NUMBER|≥|20|标准立方米|",
        "≥3万千瓦时|NUMBER|≥|3|万千瓦时|",
        "≤1.50元/人/天|NUMBER|≤|1.50|元/人/天|",
        "4人·次|NUMBER||4|人·次|",
        "≤5元／户|NUMBER|≤|5|元/户|",
        "≥95％|NUMBER|≥|95|%|",
        "≥１２个|NUMBER|≥|12|个|",
        "2个百分点|NUMBER||2|个百分点|",
        "≤3‰|NUMBER|≤|3|‰|",
        "≤35℃|NUMBER|≤|35|℃|",
        "≥1.5km|NUMBER|≥|1.5|km|",
        "≤30m2|NUMBER|≤|30|m2|",
        "-5%|NUMBER||-5|%|",
        "100.00%|NUMBER||100.00|%|",
    })
    void numbersWithUnitsOfAnyLengthAndCompoundUnits(String raw, MeasureKind kind, String cmp, String number,
                                                     String unit, String text) {
        assertCell(raw, kind, cmp, number, unit, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "150万|NUMBER||150|万|",
        "1.5亿元|NUMBER||1.5|亿元|",
        "150万元|NUMBER||150|万元|",
        "≥3000万|NUMBER|≥|3000|万|",
        "12.50 万元|NUMBER||12.50|万元|",
    })
    void aMagnitudeIsPartOfTheUnit(String raw, MeasureKind kind, String cmp, String number, String unit, String text) {
        assertCell(raw, kind, cmp, number, unit, text);
    }

    @Test
    void aUnitWrappedInItsCellIsOneUnit() {
        assertCell("455.91264万\n元", MeasureKind.NUMBER, null, "455.91264", "万元", null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "≥5|≥", ">=5|≥", "≧5|≥", "⩾5|≥", "＞＝5|≥", "≤5|≤", "<=5|≤", "≦5|≤", "⩽5|≤", "＜＝5|≤",
        "=5|=", "＝5|=", "═5|=", "﹦5|=", ">5|>", "＞5|>", "﹥5|>", "<5|<", "＜5|<", "﹤5|<", "'≥ 5'|≥",
    })
    void comparatorSymbols(String raw, String cmp) {
        assertCell(raw, MeasureKind.NUMBER, cmp, "5", null, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "不少于12 种|≥|12|种", "不低于95%|≥|95|%", "至少3次|≥|3|次", "大于等于90%|≥|90|%", "大于或等于90%|≥|90|%",
        "不小于2个|≥|2|个", "不多于2次|≤|2|次", "不超过5天|≤|5|天", "不高于3%|≤|3|%", "小于等于2小时|≤|2|小时",
        "最多4次|≤|4|次", "不大于1%|≤|1|%", "大于80|>|80|", "高于1.5米|>|1.5|米", "超过100户|>|100|户",
        "小于5次|<|5|次", "低于1%|<|1|%", "少于3起|<|3|起", "等于100%|=|100|%",
    })
    void comparatorWordsBeforeTheNumber(String raw, String cmp, String number, String unit) {
        assertCell(raw, MeasureKind.NUMBER, cmp, number, unit, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "98%以上|≥|98|%", "95%及以上|≥|95|%", "5次以下|≤|5|次", "3天及以下|≤|3|天", "24小时以内|≤|24|小时",
        "95%（含）以上|≥|95|%", "5次以内(含)|≤|5|次", "90以上|≥|90|", "不低于95%以上|≥|95|%", "≥80%以上|≥|80|%",
    })
    void comparatorWordsAfterTheNumber(String raw, String cmp, String number, String unit) {
        assertCell(raw, MeasureKind.NUMBER, cmp, number, unit, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"≥266米|≥|266|米", "≤2.5万元|≤|2.5|万元", "=8个|=|8|个"})
    void actualsThatRepeatTheComparator(String raw, String cmp, String number, String unit) {
        assertCell(raw, MeasureKind.NUMBER, cmp, number, unit, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021年12月31日", "2024年6月", "12月24日", "2024年底", "2024年上半年", "6月底前",
        "2025年4月底前", "2024.12.31", "2024-12-31", "2024/12/31", "2024年 12月"})
    void dates(String raw) {
        assertCell(raw, MeasureKind.DATE, null, null, null, raw);
    }

    @Test
    void numbersThatLookLikeDatesAreNumbers() {
        assertCell("2024.12", MeasureKind.NUMBER, null, "2024.12", null, null);
        assertCell("12月", MeasureKind.NUMBER, null, "12", "月", null);
        assertCell("2024.13.01", MeasureKind.QUALITATIVE, null, null, null, "2024.13.01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''|EMPTY", "'  '|EMPTY", "/|NOT_DONE", "／|NOT_DONE", "-|EMPTY", "_|EMPTY",
        "—|EMPTY", "——|EMPTY", "－|EMPTY", "' - '|EMPTY"})
    void placeholdersAndEmptyCells(String raw, MeasureKind kind) {
        assertCell(raw, kind, null, null, null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"达成年度指标", "显著提升", "按时限完成", "有效", "合格", "已完成", "优良中低差", "定性-好", "无",
        "90%-100%", "5~10天", "约100人", "≥", "元", "5次次次次", "3项制度建立健全并执行", "≥95%左右",
        "2025年4月底前完成", "不低于95%以下", "≥95%（暂定）", "≥≥5次", "5.次", "1,23人",
        "123456789012345678901234567890123456789012345678901234567890"})
    void anythingElseIsQualitativeAsPrinted(String raw) {
        assertCell(raw, MeasureKind.QUALITATIVE, null, null, null, raw);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"90%-100%|true", "5次次次次|true", "1,23人|true", "≥95%左右|true", "不低于95%以下|true",
        "-5~5|true", "达成年度指标|false", "约100人|false", "≥|false", "无|false", "95%|false", "2024年底|false", "/|false"})
    void textThatBeginsLikeAQuantityIsMarked(String raw, boolean marked) {
        assertEquals(marked, ValueParser.beginsLikeQuantity(ValueParser.measureCell(raw)), raw);
    }

    @Test
    void qualitativeTextIsTrimmedAndRawKept() {
        assertMeasure(ValueParser.measureCell(" 显著提升\n"), " 显著提升\n", MeasureKind.QUALITATIVE, null, null, null,
                "显著提升");
    }

    /** Every target and actual the reviewed golden models hold reads the same from its cell alone. */
    @ParameterizedTest
    @ValueSource(strings = {"000.forms.json", "001.forms.json", "003.forms.json"})
    void cellsOfTheGoldenFormsReadAsTheGoldenModels(String golden) throws IOException {
        int seen = 0;
        for (JsonNode form : Golden.read(golden)) {
            for (JsonNode indicator : form.path("form").path("indicators")) {
                for (String side : new String[] {"target", "actual"}) {
                    JsonNode expected = indicator.get(side);
                    if (expected != null && !expected.isNull() && !expected.get("kind").asText().equals("empty")) {
                        Golden.assertSameTree(expected,
                                Golden.tree(ValueParser.measureCell(expected.get("raw").asText())));
                        seen++;
                    }
                }
            }
        }
        assertTrue(seen > 20, golden + ": " + seen);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "≥|95|%|≥95%|NUMBER|≥|95|%|",
        "﹦|72890|元|﹦72890元|NUMBER|=|72890|元|",
        "≧|1290.3|平方米|≧1290.3平方米|NUMBER|≥|1290.3|平方米|",
        "═|8|个|═8个|NUMBER|=|8|个|",
        "≤|3|个工作日|≤3个工作日|NUMBER|≤|3|个工作日|",
        "不少于|12|种|不少于12种|NUMBER|≥|12|种|",
        "|12|种|12种|NUMBER||12|种|",
        "定量|12|种|定量12种|NUMBER||12|种|",
        "≥|150万|元|≥150万元|NUMBER|≥|150|万元|",
        "≥|≥266|米|≥≥266米|NUMBER|≥|266|米|",
        "≥|95%|%|≥95%%|NUMBER|≥|95|%|",
        "≥|100|百分比|≥100百分比|NUMBER|≥|100|%|",
        "≥|95|-|≥95-|NUMBER|≥|95||",
        "定性|优良中低差||定性优良中低差|QUALITATIVE||||优良中低差",
        "定性|合格||定性合格|QUALITATIVE||||合格",
        "定性|100%||定性100%|QUALITATIVE||||100%",
        "≥|2024年12月||≥2024年12月|DATE||||2024年12月",
        "≤|≥266|米|≤≥266米|QUALITATIVE||||≤≥266米",
        "≥|95%|个|≥95%个|QUALITATIVE||||≥95%个",
        "正向|95|%|正向95%|QUALITATIVE||||正向95%",
        "≥|95|个工作日以内完成|≥95个工作日以内完成|QUALITATIVE||||≥95个工作日以内完成",
        "≥||%|≥%|EMPTY|||||",
        "||元|元|EMPTY|||||",
        "|/||/|NOT_DONE|||||",
    })
    void threeCellsMakeOneMeasure(String cmpCell, String valueCell, String unitCell, String raw, MeasureKind kind,
                                  String cmp, String number, String unit, String text) {
        assertMeasure(ValueParser.measureOf(cmpCell, valueCell, unitCell), raw, kind, cmp, number, unit, text);
    }

    @Test
    void threeCellsWithPrintedSpacesAndMissingCells() {
        assertMeasure(ValueParser.measureOf(" ≥ ", " 95 ", " % "), "≥95%", MeasureKind.NUMBER, "≥", "95", "%", null);
        assertMeasure(ValueParser.measureOf(null, "5", null), "5", MeasureKind.NUMBER, null, "5", null, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "150万|150|万", "150万元|150|万元", "150 万 元|150|万元", "100.00%|100.00|%", "100|100|", "1,234.50|1234.50|",
        "0.00%|0.00|%", "52.800000|52.800000|", "387664.62元|387664.62|元", "5分|5|分", "１２０．５０|120.50|",
        "100百分比|100|%", "-0.50|-0.50|",
    })
    void figureCellsWithTheirUnitInside(String raw, String value, String unit) {
        Figure f = ValueParser.figureCell(raw);
        assertEquals(FigureKind.NUMBER, f.kind(), raw);
        assertEquals(new BigDecimal(value), f.value(), raw);
        assertEquals(unit, f.unit(), raw);
        assertEquals(raw, f.raw());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''|EMPTY", "' '|EMPTY", "-|NOT_APPLICABLE", "/|NOT_APPLICABLE",
        "—|NOT_APPLICABLE", "_|NOT_APPLICABLE", "九点五|UNREADABLE", "≥5|UNREADABLE", "5%%|UNREADABLE",
        "1,23|UNREADABLE", "5.|UNREADABLE", "约100|UNREADABLE", "100%以上|UNREADABLE", "5次次|UNREADABLE",
        "123456789012345678901234567890123456789012345678901234567890|UNREADABLE"})
    void figureCellsThatAreNoNumberAreNeverZero(String raw, FigureKind kind) {
        Figure f = ValueParser.figureCell(raw);
        assertEquals(kind, f.kind(), raw);
        assertNull(f.value(), raw);
        assertNull(f.unit(), raw);
    }
}
