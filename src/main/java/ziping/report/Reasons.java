package ziping.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a file could not be read, in the output language. Readers give their reasons in English; Chinese output
 * gets the known ones in Chinese (a detail such as a PDFBox message is kept as it is), an unknown one unchanged.
 */
public final class Reasons {
    private static final Map<Pattern, String> TO_CHINESE = new LinkedHashMap<>();

    static {
        put("empty file", "空文件");
        put("binary file, not text", "二进制文件，不是文本");
        put("encrypted PDF: a password is needed \\(--password\\)",
                "加密的 PDF：需要密码（--password、--password-file 或环境变量 ZIPING_PASSWORD）");
        put("encrypted PDF: the password is wrong \\(hint: check --password, --password-file or ZIPING_PASSWORD\\)",
                "加密的 PDF：密码不对（请检查 --password、--password-file 或 ZIPING_PASSWORD）");
        put("no text layer \\(a scanned image\\): OCR is needed", "没有文字层（扫描图像），需先做文字识别");
        put("corrupt PDF: it has no pages", "PDF 已损坏：没有页面");
        put("corrupt PDF: (.*)", "PDF 已损坏：$1");
        put("PDF too deeply nested or too large", "PDF 嵌套过深或过大");
        put("too many pages \\((.*)\\)", "页数过多（$1）");
        put("time budget of (\\S+) exceeded", "超出每个文件 $1 的时间预算");
        put("interrupted: time budget exceeded", "已中断：超出时间预算");
        put("out of memory: the file needs more heap than is available", "内存不足：此文件所需堆内存超出可用量");
        put("stack overflow: the file is nested too deeply", "栈溢出：此文件嵌套过深");
    }

    private Reasons() {
    }

    private static void put(String english, String chinese) {
        TO_CHINESE.put(Pattern.compile(english), chinese);
    }

    public static String render(String reason, Lang lang) {
        if (reason == null || lang == Lang.EN) {
            return reason;
        }
        for (Map.Entry<Pattern, String> known : TO_CHINESE.entrySet()) {
            Matcher m = known.getKey().matcher(reason);
            if (m.matches()) {
                return m.replaceFirst(known.getValue());
            }
        }
        return reason;
    }
}
