package ziping.source.pdf;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfBoxLogTest {

    @Test
    void pdfBoxLogsThroughZipingsFactory() {
        assertInstanceOf(PdfBoxLog.class, LogFactory.getLog(PDDocument.class));
    }

    @Test
    void warningsAndErrorsAreCountedPerReadingWithTheFirstLineOfTheFirst() {
        Log log = LogFactory.getLog(PDDocument.class);
        log.warn("outside a reading: dropped");
        assertFalse(log.isWarnEnabled());

        PdfBoxLog.start();
        log.debug("dropped");
        log.warn("Using fallback font LiberationSans for Helvetica\n\tat a stack frame", new IllegalStateException());
        log.error("second");
        assertTrue(log.isErrorEnabled());
        PdfBoxLog.Problems problems = PdfBoxLog.finish();

        assertEquals(new PdfBoxLog.Problems(2, "Using fallback font LiberationSans for Helvetica"), problems);
        assertEquals(PdfBoxLog.Problems.NONE, PdfBoxLog.finish());
    }
}
