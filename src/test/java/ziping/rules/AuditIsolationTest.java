package ziping.rules;

import org.junit.jupiter.api.Test;
import ziping.model.Check;
import ziping.model.Finding;
import ziping.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One rule failing on an unforeseen input does not lose the other rules' findings. */
class AuditIsolationTest {

    private static Rule<FormAudit> rule(String id, Runnable body) {
        return new Rule<>() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Check check() {
                return Check.TOTAL_SCORE;
            }

            @Override
            public void apply(FormAudit audit) {
                body.run();
                audit.report(this, Severity.INFO, null, null, null).message("rule.ZP302", "1", "2");
            }
        };
    }

    @Test
    void aFailingRuleBecomesAnErrorFindingAndTheOthersStillRun() {
        FormAudit audit = new FormAudit(null, Profile.DEFAULT);
        Audit.applyAll(List.of(rule("ZP901", () -> {
            throw new IllegalStateException("boom");
        }), rule("ZP902", () -> { })), audit);

        List<Finding> f = audit.findings();
        assertEquals(2, f.size());
        assertEquals("ZP901", f.get(0).rule());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(List.of("ZP901", "java.lang.IllegalStateException: boom"), f.get(0).message().args());
        MessageBundles.assertRenders(f.get(0).message());
        assertEquals("ZP902", f.get(1).rule());
    }
}
