package ziping.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What an input is, told by its first bytes, never by its name: a PDF ({@code %PDF-}), an Office container (a ZIP
 * package, {@code PK\3\4}: .xlsx/.docx; an OLE2 compound file, {@code D0 CF 11 E0 A1 B1 1A E1}: .xls/.doc/.wps or an
 * encrypted .xlsx/.docx), an HTML page (after a byte order mark and whitespace it opens with {@code <!DOCTYPE html},
 * {@code <html}, {@code <head}, {@code <meta}, {@code <body}, {@code <table} or a comment {@code <!--}, in any case),
 * or else text. Loads no reader: the libraries of each kind load only when an input of that kind is read.
 */
public enum InputKind {
    PDF, OFFICE, HTML, TEXT;

    private static final String[] HTML_STARTS = {"<!doctype html", "<html", "<head", "<meta", "<body", "<table",
        "<!--"};
    private static final int LONGEST_START = 14;

    public static InputKind of(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OFFICE;
        }
        return isHtml(b) ? HTML : TEXT;
    }

    private static boolean isHtml(byte[] b) {
        String head;
        if (startsWith(b, 0xFF, 0xFE)) {
            head = new String(b, 2, Math.min(b.length - 2, 512), StandardCharsets.UTF_16LE);
        } else if (startsWith(b, 0xFE, 0xFF)) {
            head = new String(b, 2, Math.min(b.length - 2, 512), StandardCharsets.UTF_16BE);
        } else {
            int from = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            head = new String(b, from, Math.min(b.length - from, 256), StandardCharsets.ISO_8859_1);
        }
        String start = head.stripLeading();
        start = start.substring(0, Math.min(start.length(), LONGEST_START)).toLowerCase(Locale.ROOT);
        for (String htmlStart : HTML_STARTS) {
            if (start.startsWith(htmlStart)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
