package ziping.source.pdf;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;


/**
 * PDFBox's log (it logs through commons-logging; {@link Factory} is registered as its {@code LogFactory} in
 * META-INF/services). Nothing goes to standard error: PDFBox's warnings and errors — stack traces, a fallback-font
 * warning per page — are counted per reading thread between {@link #start()} and {@link #finish()}, and
 * {@link PdfReader} makes them one line per file at {@code --verbose}. Debug and info are dropped.
 */
public final class PdfBoxLog implements Log {
    private static final PdfBoxLog INSTANCE = new PdfBoxLog();
    private static final ThreadLocal<Problems> CURRENT = new ThreadLocal<>();

    /** What PDFBox complained about while one file was read: how often, and its first complaint. */
    record Problems(int count, String first) {
        static final Problems NONE = new Problems(0, null);

        Problems add(Object message) {
            return count == 0 ? new Problems(1, firstLine(message)) : new Problems(count + 1, first);
        }

        private static String firstLine(Object message) {
            String text = String.valueOf(message).strip();
            int end = text.indexOf('\n');
            return end < 0 ? text : text.substring(0, end).strip();
        }
    }

    private PdfBoxLog() {
    }

    static void start() {
        CURRENT.set(Problems.NONE);
    }

    /** The problems recorded on this thread since {@link #start()}. */
    static Problems current() {
        Problems problems = CURRENT.get();
        return problems == null ? Problems.NONE : problems;
    }

    static Problems finish() {
        Problems problems = CURRENT.get();
        CURRENT.remove();
        return problems == null ? Problems.NONE : problems;
    }

    private static void record(Object message) {
        Problems problems = CURRENT.get();
        if (problems != null) {
            CURRENT.set(problems.add(message));
        }
    }

    @Override
    public boolean isWarnEnabled() {
        return CURRENT.get() != null;
    }

    @Override
    public boolean isErrorEnabled() {
        return CURRENT.get() != null;
    }

    @Override
    public boolean isFatalEnabled() {
        return CURRENT.get() != null;
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public boolean isInfoEnabled() {
        return false;
    }

    @Override
    public boolean isTraceEnabled() {
        return false;
    }

    @Override
    public void warn(Object message) {
        record(message);
    }

    @Override
    public void warn(Object message, Throwable t) {
        record(message);
    }

    @Override
    public void error(Object message) {
        record(message);
    }

    @Override
    public void error(Object message, Throwable t) {
        record(message);
    }

    @Override
    public void fatal(Object message) {
        record(message);
    }

    @Override
    public void fatal(Object message, Throwable t) {
        record(message);
    }

    @Override
    public void debug(Object message) {
    }

    @Override
    public void debug(Object message, Throwable t) {
    }

    @Override
    public void info(Object message) {
    }

    @Override
    public void info(Object message, Throwable t) {
    }

    @Override
    public void trace(Object message) {
    }

    @Override
    public void trace(Object message, Throwable t) {
    }

    /** The commons-logging factory that gives every logger as {@link PdfBoxLog}. */
    public static final class Factory extends LogFactory {
        @Override
        public Object getAttribute(String name) {
            return null;
        }

        @Override
        public String[] getAttributeNames() {
            return new String[0];
        }

        @Override
        public Log getInstance(Class<?> clazz) {
            return INSTANCE;
        }

        @Override
        public Log getInstance(String name) {
            return INSTANCE;
        }

        @Override
        public void release() {
        }

        @Override
        public void removeAttribute(String name) {
        }

        @Override
        public void setAttribute(String name, Object value) {
        }
    }
}
