package ziping.report;

import ziping.model.Finding;
import ziping.model.Message;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finding's formula in the output language. Rules write formulas with the form's own Chinese terms (分值, 全年执行数
 * B) and a few English words (forward, reverse, rows); {@code --lang en} gets the terms in English and {@code zh}
 * gets the words in Chinese. Only the formula and the message argument that repeats it are translated, never a
 * name taken from the form.
 */
public final class FormulaText {
    /** Chinese terms and their English, longest first so that 全年预算数 A is replaced before 全年预算数. */
    private static final Map<String, String> TO_ENGLISH = ordered(
            "目标已达成", "target met",
            "年度资金总额", "annual funding total",
            "全年预算数 A 或 年初预算数", "full-year budget A or initial budget",
            "全年预算数 A", "full-year budget A",
            "全年预算数", "full-year budget",
            "年初预算数", "initial budget",
            "全年执行数 B", "full-year spending B",
            "全年执行数", "full-year spending",
            "成本实际完成值", "cost actuals",
            "实际完成值", "actual",
            "资金实际支出率", "actual spending rate",
            "预算执行率", "budget execution rate",
            "评分结果", "score",
            "目标值", "target",
            "分项", "items",
            "合计", "total",
            "总计", "grand total",
            "得分", "score",
            "分值", "weight",
            "要素", "elements",
            "实际", "actual",
            "目标", "target",
            " 或 ", " or ",
            "，", ", ");
    /** English words rules write, in Chinese. */
    private static final Map<String, String> TO_CHINESE = ordered(
            "grade bands of", "等级区间：",
            "forward", "正向",
            "reverse", "反向",
            "linear", "线性",
            "met", "已达成",
            "rows", "行",
            "items", "项",
            "vs", "对比");
    private static final Pattern ENGLISH_WORD = Pattern.compile(
            "\\b(" + String.join("|", TO_CHINESE.keySet()) + ")\\b");

    private FormulaText() {
    }

    /** The formula in {@code lang}; null stays null. */
    public static String render(String formula, Lang lang) {
        if (formula == null) {
            return null;
        }
        if (lang == Lang.EN) {
            return hasChinese(formula) ? toEnglish(formula) : formula;
        }
        return hasLowerCaseLatin(formula) ? toChinese(formula) : formula;
    }

    /** Most formulas need no change; these scans spare them the replacements (JSON renders every finding). */
    private static boolean hasChinese(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '\u2E80') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLowerCaseLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** A finding's message in {@code lang}, with the formula it quotes translated like the formula column. */
    public static String message(Finding f, Lang lang) {
        Message m = f.message();
        if (f.formula() != null && m.args().contains(f.formula())) {
            String translated = render(f.formula(), lang);
            m = new Message(m.key(), m.args().stream().map(a -> a.equals(f.formula()) ? translated : a).toList());
        }
        return Messages.render(m, lang);
    }

    private static String toEnglish(String formula) {
        String s = formula;
        for (Map.Entry<String, String> term : TO_ENGLISH.entrySet()) {
            s = s.replace(term.getKey(), term.getValue());
        }
        return s;
    }

    private static String toChinese(String formula) {
        Matcher m = ENGLISH_WORD.matcher(formula);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(TO_CHINESE.get(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
