package ziping.read.text;

import org.junit.jupiter.api.Test;
import ziping.model.Form;
import ziping.model.Indicator;
import ziping.source.TextDecoder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** 分值 and 得分 shared by rows, told apart by the scales the form's certain rows print ({@link FlowScales}). */
class FlowScalesTest {
    private static final String HEAD = FlowTexts.HEAD + """
产出指标 数量指标

            培训人数

            ≥100人

            120人

            30.0 30.00

            产出指标 质量指标

            培训合格率

            ≥95%

            90%

            20.0

            17.50

            合格率未达标，将加强考核。

            效益指标 社会效益指标 教学水平

            满意度指标 服务对象满意度指标 群众满意度

            有所提升

            有所提升

            ≥90%

            95%

                        """;

    private static final String TOTAL = """
            总分

            100.0 97.50
            """;

    @Test
    void scalesComeFromCertainRowsOneEachAndDifferent() {
        assertNull(FlowScales.of(List.<String[]>of(new String[] {"8.0", "7.50"})), "one row shows no rule");
        assertNull(FlowScales.of(List.of(new String[] {"8", "8"}, new String[] {"6", "5"})), "the same scale");
        assertNull(FlowScales.of(List.of(new String[] {"8", "7.50"}, new String[] {"6.0", "5.00"})),
                "a column printing two scales");
        FlowScales scales = FlowScales.of(List.of(new String[] {"8.0", "7.50"}, new String[] {"6.0", "6.00"}));
        List<String[]> pairs = scales.deal(List.of("30.0", "20.0", "30.00", "20.00"), 2);
        assertEquals(List.of("30.0/30.00", "20.0/20.00"), pairs.stream().map(p -> p[0] + "/" + p[1]).toList());
        assertNull(scales.deal(List.of("30.0", "30.00", "20.00", "20.0"), 2), "a column parted by the other's");
        assertNull(scales.deal(List.of("30.0", "20.0", "30.00", "20"), 2), "a number of neither scale");
        assertNull(scales.deal(List.of("30.0", "20.0", "30.00"), 2), "fewer than two a row");
    }

    /** Rows 3 and 4 print their 分值 as one run, then their 得分: dealt by scale; still in doubt (shared values). */
    @Test
    void aSharedRunOfEachColumnIsDealtByScale() throws Exception {
        Form form = form(HEAD + "30.0\n\n20.0\n\n30.00\n\n20.00\n\n" + TOTAL);
        assertEquals(List.of(
                "产出指标|数量指标|培训人数|≥100人|120人|30.0|30.00",
                "产出指标|质量指标|培训合格率|≥95%|90%|20.0|17.50",
                "效益指标|社会效益指标|教学水平|有所提升|有所提升|30.0|30.00",
                "满意度指标|服务对象满意度指标|群众满意度|≥90%|95%|20.0|20.00"), rows(form));
    }

    @Test
    void runsPartedByTheOtherColumnAreNotDealt() throws Exception {
        Form form = form(HEAD + "30.0\n\n30.00\n\n20.00\n\n20.0\n\n" + TOTAL);
        assertEquals(List.of("？|？", "？|？"), rows(form).subList(2, 4).stream()
                .map(r -> r.substring(r.length() - 3)).toList());
    }

    private static Form form(String text) throws Exception {
        return TextForms.read(TextDecoder.decode("form.txt", text.getBytes(StandardCharsets.UTF_8))).get(0).form();
    }

    private static List<String> rows(Form form) {
        List<String> out = new ArrayList<>();
        for (Indicator i : form.indicators()) {
            out.add(String.join("|", i.level1(), i.level2(), i.name(), i.target().raw(), i.actual().raw(),
                    i.weight().raw(), i.score().raw()));
        }
        return out;
    }
}
