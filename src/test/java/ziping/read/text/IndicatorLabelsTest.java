package ziping.read.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import ziping.parse.IndicatorLabels;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 一级 and 二级 labels the readers know are the lexicon's ({@code indicatorLabels} of {@code ziping/lexicon.json}):
 * the readers' classes are loaded afresh with a lexicon that adds a 一级 label (项目完成指标) and a 二级 label (进度指标
 * under 产出指标), and every one of them knows the new labels, where the classes with the shipped lexicon do not.
 */
class IndicatorLabelsTest {
    private static final String LEVEL1 = "项目完成指标";
    private static final String LEVEL2 = "进度指标";

    @Test
    void shippedLexiconLacksTheAddedLabels() throws Exception {
        Readers shipped = new Readers(IndicatorLabelsTest.class.getClassLoader());
        assertFalse(shipped.levelWords("isLabel", LEVEL2));
        assertNull(shipped.call("LevelWords", "level1Of", LEVEL2));
        assertNull(shipped.call("MergedLabels", "level1Of", LEVEL2));
        assertFalse(shipped.levelWords("isLevel1Only", LEVEL1));
        assertEquals("LEVEL2", shipped.call("Piece", "kindOf", LEVEL1).toString());
        assertEquals("LEVEL2", shipped.call("FlowIndicators", "kind", LEVEL1).toString());
        assertFalse(shipped.labels("LEVEL1").contains(LEVEL1));
        assertFalse(shipped.labels("LEVEL2").contains(LEVEL2));
    }

    @Test
    void labelsAddedToTheLexiconAreRecognisedByEveryReader() throws Exception {
        Readers added = new Readers(new LexiconSwap(lexiconWithAddedLabels()));
        assertTrue(added.levelWords("isLabel", LEVEL2));
        assertEquals("产出指标", added.call("LevelWords", "level1Of", LEVEL2));
        assertEquals("产出指标", added.call("MergedLabels", "level1Of", LEVEL2));
        assertTrue(added.levelWords("isLevel1Only", LEVEL1));
        assertEquals(LEVEL1, added.call("LevelWords", "mended", "项目完成"));
        assertEquals("LEVEL1", added.call("Piece", "kindOf", LEVEL1).toString());
        assertEquals("LEVEL1", added.call("FlowIndicators", "kind", LEVEL1).toString());
        // the old line parser: longest first, a label of one length after those the lexicon lists before it
        assertEquals(List.of(LEVEL1, "满意度指标", "产出指标", "效益指标", "成本指标"), added.labels("LEVEL1"));
        List<String> level2 = added.labels("LEVEL2");
        assertEquals(List.of("数量指标", "质量指标", "时效指标", "成本指标", LEVEL2),
                level2.subList(level2.size() - 5, level2.size()));
        assertTrue(((String) added.field("ziping.parse.Labels", "LEVEL_STARTS")).indexOf('进') >= 0);
    }

    @Test
    void readersDeriveTheirSpecialsFromTheOneList() throws Exception {
        Readers shipped = new Readers(IndicatorLabelsTest.class.getClassLoader());
        assertTrue(IndicatorLabels.builtIn().level2().contains("满意度指标"));
        assertFalse(shipped.labels("LEVEL2").contains("满意度指标"));
        assertFalse(LevelWords.isLevel1Only("满意度指标"));
        assertNull(LevelWords.level1Of("满意度指标"));
        assertNull(LevelWords.level1Of("成本指标"));
        assertEquals("满意度指标", MergedLabels.level1Of("满意度指标"));
        assertEquals("成本指标", MergedLabels.level1Of("成本指标"));
        assertEquals("效益指标", MergedLabels.level1Of("效益指标"));
        assertEquals("满意度指标", MergedLabels.level1Of("社会公众满意度指标"));
        assertNull(MergedLabels.level1Of("产出指标"));
        assertNull(MergedLabels.level1Of("项目产出指标"));
    }

    /** The shipped lexicon with 项目完成指标 added to the 一级 labels and 进度指标 (under 产出指标) to the 二级 labels. */
    private static byte[] lexiconWithAddedLabels() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode lexicon;
        try (InputStream in = IndicatorLabelsTest.class.getResourceAsStream(LexiconSwap.RESOURCE)) {
            lexicon = (ObjectNode) json.readTree(in);
        }
        ObjectNode labels = (ObjectNode) lexicon.get("indicatorLabels");
        labels.withArray("level1").add(LEVEL1);
        ((ObjectNode) labels.get("level2")).put(LEVEL2, "产出指标");
        return json.writeValueAsBytes(lexicon);
    }

    /** The readers' static label methods and lists, as the classes of one class loader have them. */
    private record Readers(ClassLoader loader) {
        Object call(String textClass, String method, String argument) throws Exception {
            Method m = Class.forName("ziping.read.text." + textClass, true, loader).getDeclaredMethod(method,
                    String.class);
            m.setAccessible(true);
            return m.invoke(null, argument);
        }

        boolean levelWords(String method, String argument) throws Exception {
            return (Boolean) call("LevelWords", method, argument);
        }

        Object field(String className, String name) throws Exception {
            Field f = Class.forName(className, true, loader).getDeclaredField(name);
            f.setAccessible(true);
            return f.get(null);
        }

        @SuppressWarnings("unchecked")
        List<String> labels(String name) throws Exception {
            return (List<String>) field("ziping.parse.Labels", name);
        }
    }

    /** Loads ziping's classes afresh (child first), with another {@code ziping/lexicon.json}. */
    private static final class LexiconSwap extends ClassLoader {
        static final String RESOURCE = "/ziping/lexicon.json";
        private final byte[] lexicon;

        LexiconSwap(byte[] lexicon) {
            super(IndicatorLabelsTest.class.getClassLoader());
            this.lexicon = lexicon;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("ziping.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return loaded;
            }
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            return name.equals(RESOURCE.substring(1)) ? new ByteArrayInputStream(lexicon)
                    : super.getResourceAsStream(name);
        }
    }
}
