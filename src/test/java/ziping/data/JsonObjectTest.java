package ziping.data;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonObjectTest {
    private static JsonObject json(String text) throws IOException {
        return JsonObject.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEachTypeAsWrittenKeepingScaleAndOrder() throws IOException {
        JsonObject o = json("{\"id\": \"CN-A\", \"cap\": true, \"points\": 10, \"from\": 90.0, \"none\": null,"
                + " \"bands\": [80, 60.5], \"words\": [\"分值\", \"权重\"],"
                + " \"roles\": {\"weight\": [\"分值\"], \"score\": [\"得分\", \"自评得分\"]},"
                + " \"parents\": {\"数量指标\": \"产出指标\", \"其他\": null},"
                + " \"fixed\": {\"产出指标\": 50, \"效益指标\": 30.0},"
                + " \"grades\": [{\"grade\": \"优\", \"from\": 90}]}");

        assertEquals("CN-A", o.string("id"));
        assertTrue(o.bool("cap"));
        assertFalse(o.bool("absent"));
        assertEquals(new BigDecimal("10"), o.decimal("points"));
        assertEquals(new BigDecimal("90.0"), o.decimal("from"));
        assertNull(o.string("none"));
        assertNull(o.strings("absent"));
        assertEquals(List.of(new BigDecimal("80"), new BigDecimal("60.5")), o.decimals("bands"));
        assertEquals(List.of("分值", "权重"), o.strings("words"));
        assertEquals(List.of("weight", "score"), List.copyOf(o.stringLists("roles").keySet()));
        assertEquals(List.of("得分", "自评得分"), o.stringLists("roles").get("score"));
        Map<String, String> parents = new LinkedHashMap<>();
        parents.put("数量指标", "产出指标");
        parents.put("其他", null);
        assertEquals(parents, o.nullableStrings("parents"));
        assertEquals(Map.of("产出指标", new BigDecimal("50"), "效益指标", new BigDecimal("30.0")), o.decimalMap("fixed"));
        assertEquals("优", o.objects("grades").get(0).string("grade"));
        assertEquals(new BigDecimal("90"), o.objects("grades").get(0).decimal("from"));
    }

    @Test
    void aValueOfTheWrongTypeOrAnUnknownKeyIsRefusedWithItsPath() throws IOException {
        JsonObject o = json("{\"scoring\": {\"grades\": [{\"grade\": 1}], \"cap\": \"yes\"}, \"colour\": 1}");

        assertEquals("scoring.grades[0].grade must be a text",
                assertThrows(IOException.class, () -> o.object("scoring").objects("grades").get(0).string("grade"))
                        .getMessage());
        assertEquals("scoring.cap must be true or false",
                assertThrows(IOException.class, () -> o.object("scoring").bool("cap")).getMessage());
        assertEquals("colour must be a list",
                assertThrows(IOException.class, () -> o.strings("colour")).getMessage());
        assertEquals("unknown key colour",
                assertThrows(IOException.class, () -> o.withOnly(Set.of("scoring"))).getMessage());
        assertEquals("scoring.grades must be an object",
                assertThrows(IOException.class, () -> o.object("scoring").stringLists("grades")).getMessage());
    }
}
