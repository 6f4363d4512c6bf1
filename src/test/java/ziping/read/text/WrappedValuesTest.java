package ziping.read.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Wrapped values of a funding block (LibreOffice's text of generated form 8080/f001) joined back. */
class WrappedValuesTest {
    @Test
    void joinsAmountDigitsAndARatesPercentPrintedBelow() {
        List<String> lines = List.of(
                "项                          787.49258 787.49258      100.00",
                "目 总额         943.827399",
                "                               4         4",
                "                                               10.0",
                "                                                      %",
                "                                                                   7.00",
                "元 其中： 上年结转    0.000000     0.000000 0.000000      -       -         -");
        List<List<LayoutToken>> tokens = new ArrayList<>();
        for (String line : lines) {
            tokens.add(LayoutToken.of(tokens.size(), line));
        }
        List<List<LayoutToken>> joined = WrappedValues.joined(tokens, 0, lines.size());
        assertEquals(List.of(
                List.of("项", "787.492584", "787.492584", "100.00%"),
                List.of("目", "总额", "943.827399"),
                List.of(),
                List.of("10.0"),
                List.of(),
                List.of("7.00"),
                List.of("元", "其中：", "上年结转", "0.000000", "0.000000", "0.000000", "-", "-", "-")),
                joined.stream().map(LayoutToken::texts).toList());
    }

    @Test
    void leavesAValueOfItsOwnUnderAShortNumberOrARate() {
        List<List<LayoutToken>> tokens = List.of(LayoutToken.of(0, "   10.0   98.50%"), LayoutToken.of(1, "   10     5%"));
        assertEquals(List.of(List.of("10.0", "98.50%"), List.of("10", "5%")),
                WrappedValues.joined(tokens, 0, 2).stream().map(LayoutToken::texts).toList());
    }

    /** A number and its wrapped last digits or % make a value; a placeholder and the number below it do not. */
    @Test
    void aWrapIsANumberAndItsLastDigitsOrPercent() {
        assertEquals(List.of(true, true, true, false, false, false), List.of(
                WrappedValues.isWrap("787.49258", "4"), WrappedValues.isWrap("100.00", "%"),
                WrappedValues.isWrap("99.3", "9%"), WrappedValues.isWrap("-", "51.866831"),
                WrappedValues.isWrap("10", "9.26"), WrappedValues.isWrap("92.58%", "9")));
    }
}
