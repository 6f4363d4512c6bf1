package ziping.rules;

import ziping.model.Check;

/**
 * What a rule is, for people: its id, check family, the severity it reports at, a short name, one line saying what
 * it checks, its basis, the formula it applies and an example. {@link RuleCatalog} holds one for every rule; the
 * README's rules table, {@code ziping rules} and SARIF's rule list are all made from it.
 *
 * @param severity the severity as people read it: {@code error}, or {@code warning / info} when it depends on the
 *                 finding
 */
public record RuleInfo(String id, Check check, String severity, String name, String summary, String basis,
                       String formula, String example) {

    /** How to leave the rule out, on the command line and in a profile. */
    public String disable() {
        return "--ignore " + id + "   or in a profile: {\"rules\": {\"" + id + "\": \"off\"}}";
    }
}
