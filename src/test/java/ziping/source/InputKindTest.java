package ziping.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InputKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "%PDF-1.7|PDF",
        "<!DOCTYPE html><html>|HTML",
        "  \\n\\t<HTML lang=zh>|HTML",
        "<!doctype HTML>|HTML",
        "<table><tr><td>项目名称</td></tr></table>|HTML",
        "<meta charset=gbk>|HTML",
        "<head><title>x</title>|HTML",
        "<!-- saved from url -->|HTML",
        "<body>|HTML",
        "项目支出绩效自评表|TEXT",
        "<项目名称>|TEXT",
        "<htm|TEXT",
        "''|TEXT",
    })
    void textStartsTellPdfHtmlAndText(String start, InputKind kind) {
        String text = start.replace("\\n", "\n").replace("\\t", "\t");
        assertEquals(kind, InputKind.of(text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @CsvSource({
        "504b0304140000000800, OFFICE",
        "d0cf11e0a1b11ae10000, OFFICE",
        "d0cf11e0a1b11a, TEXT",
        "efbbbf3c68746d6c3e, HTML",
        "fffe3c00480054004d004c003e00, HTML",
        "feff003c00680074006d006c003e, HTML",
        "504b0506, TEXT",
    })
    void containerMagicAndMarkedPagesAreTold(String hex, InputKind kind) {
        assertEquals(kind, InputKind.of(HexFormat.of().parseHex(hex)));
    }
}
