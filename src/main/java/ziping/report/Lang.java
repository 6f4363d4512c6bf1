package ziping.report;

import java.util.Locale;

/** The language findings and labels are rendered in: Chinese (the base messages) or English. */
public enum Lang {
    ZH(Locale.ROOT), EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }
}
