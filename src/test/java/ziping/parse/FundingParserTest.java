package ziping.parse;

import org.junit.jupiter.api.Test;
import ziping.model.FundingRow;
import ziping.source.SourceText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FundingParserTest {

    @Test
    void whereOfPrefixIsDroppedWithSpacesAroundItsColon() {
        List<String> texts = List.of("年度资金总额 10 10 9 10 90% 9", "其中 ： 当年财政拨款 8 8 7 _ 87.5% _",
                "其中:上年结转资金 2 2 2 _ 100% _", "其中其他资金 1 1 1 _ 100% _");
        List<FundingRow> rows = parse(texts);
        assertEquals(List.of("年度资金总额", "当年财政拨款", "上年结转资金"), rows.stream().map(FundingRow::label).toList());
        assertEquals(new BigDecimal("87.5"), rows.get(1).rate().value());
        assertEquals(new BigDecimal("2"), rows.get(2).budget().value());
    }

    private static List<FundingRow> parse(List<String> texts) {
        SourceText source = new SourceText("funding", texts, texts, List.of());
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            lines.add(new Line(i + 1, texts.get(i)));
        }
        return FundingParser.parse(lines, new Problems(new Spans(source)));
    }
}
