package ziping.report;

import org.junit.jupiter.api.Test;
import ziping.result.DocumentResult;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.result.FormResult;
import ziping.model.Check;
import ziping.model.Finding;
import ziping.model.Message;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Span;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvSafetyTest {

    private static FileResult hostile() {
        FormResult sample = SampleResults.form();
        Finding f = new Finding("ZP201", Check.INDICATOR_SCORE, Severity.ERROR, Section.INDICATOR, 0, "@SUM(1+1)",
                "-9.58", "+cmd|' /C calc'!A0", "\tformula", Message.of("rule.ZP204", "x", "y"), Span.lines(3, 3));
        FormResult form = new FormResult(new ziping.model.Form(1, "2024", "=HYPERLINK(\"http://evil\",\"x\")", null,
                null, "万元", List.of(), null, null, List.of(), null, Span.lines(1, 3)), sample.computed(), List.of(f));
        return new FileResult("-x.txt", FileStatus.OK, null, List.<DocumentResult>of(form));
    }

    private static byte[] csv(SinkOptions options, FileResult r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSink sink = Format.CSV.open(out, StandardCharsets.UTF_8, options);
        sink.begin();
        sink.accept(r);
        sink.end();
        return out.toByteArray();
    }

    @Test
    void aByteOrderMarkComesFirstUnlessTurnedOff() throws IOException {
        SinkOptions withBom = new SinkOptions(Lang.ZH, true, 0, false, false);
        byte[] bytes = csv(withBom, SampleResults.ok());
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'f', 'i', 'l', 'e', ','},
                Arrays.copyOf(bytes, 8));
        byte[] plain = csv(SinkOptions.of(Lang.ZH), SampleResults.ok());
        assertEquals("file,status,", new String(plain, 0, 12, StandardCharsets.UTF_8));
        assertEquals(bytes.length - 3, plain.length);
    }

    @Test
    void cellsThatWouldRunAsFormulasAreNeutralisedButNumbersStay() throws IOException {
        String text = new String(csv(SinkOptions.of(Lang.ZH), hostile()), StandardCharsets.UTF_8);
        String row = text.lines().toList().get(1);

        assertEquals("'-x.txt,ok,1,selfeval_form,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",ZP201,"
                + "indicator_score,error,indicator,0,'@SUM(1+1),-9.58,'+cmd|' /C calc'!A0,\\u0009formula,"
                + "指标“x”扣分或未完成（得分y），但未填写偏差原因分析及改进措施。,3,3,", row);
    }

    @Test
    void numbersAndPlaceholdersAreNotFormulas() {
        assertEquals("-9.58", CsvCells.neutralise("-9.58"));
        assertEquals("+3", CsvCells.neutralise("+3"));
        assertEquals("-12%", CsvCells.neutralise("-12%"));
        assertEquals("-", CsvCells.neutralise("-"));
        assertEquals("'-1+2", CsvCells.neutralise("-1+2"));
        assertEquals("'\rx", CsvCells.neutralise("\rx"));
        assertEquals("Σ 分值 = 10", CsvCells.neutralise("Σ 分值 = 10"));
    }
}
