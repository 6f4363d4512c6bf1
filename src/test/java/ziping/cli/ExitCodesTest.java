package ziping.cli;

import org.junit.jupiter.api.Test;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.result.FormResult;
import ziping.model.Check;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.Message;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Span;
import ziping.report.Summary;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExitCodesTest {

    private static FileResult withFinding(Severity severity) {
        Form form = new Form(1, "2024", "项目", null, null, "万元", List.of(), null, null, List.of(), null,
                Span.lines(1, 40));
        Finding finding = new Finding("ZP201", Check.MISSING_REASON, severity, Section.INDICATOR, 3, "满意度", null,
                null, null, Message.of("ZP201"), Span.lines(30, 30));
        return new FileResult("a.txt", FileStatus.OK, null, List.of(new FormResult(form, null, List.of(finding))));
    }

    private static int exitCode(Severity failOn, FileResult... results) {
        Summary summary = new Summary();
        List.of(results).forEach(summary::add);
        return ExitCodes.of(summary, failOn);
    }

    @Test
    void findingsAtOrAboveTheThresholdExitWith1() {
        assertEquals(0, exitCode(Severity.ERROR, withFinding(Severity.WARNING)));
        assertEquals(1, exitCode(Severity.WARNING, withFinding(Severity.WARNING)));
        assertEquals(1, exitCode(Severity.INFO, withFinding(Severity.ERROR)));
        assertEquals(0, exitCode(Severity.WARNING, withFinding(Severity.INFO)));
    }

    @Test
    void unreadableInputWinsOverFindings() {
        FileResult unreadable = FileResult.unreadable("b.txt", "empty file");
        assertEquals(3, exitCode(Severity.ERROR, withFinding(Severity.ERROR), unreadable));
        assertEquals(0, exitCode(Severity.ERROR, new FileResult("c.txt", FileStatus.NO_FORM, null, List.of())));
    }
}
