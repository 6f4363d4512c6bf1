package ziping.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ziping.report.RuleDocs;
import ziping.rules.RuleCatalog;
import ziping.rules.RuleInfo;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code ziping rules [ID...]}: every rule in one line each, or the full text of the rules named. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules, or explain the rules given (basis, formula, example, how to disable).")
final class RulesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Rule ids, e.g. ZP205.")
    private List<String> ids = List.of();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (ids.isEmpty()) {
            spec.commandLine().getOut().print(RuleDocs.list());
        } else {
            StringBuilder text = new StringBuilder();
            for (String id : ids) {
                RuleInfo rule = RuleCatalog.find(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "no rule " + id + " (hint: `ziping rules` lists them)"));
                text.append(text.isEmpty() ? "" : "\n").append(RuleDocs.detail(rule));
            }
            spec.commandLine().getOut().print(text);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.CLEAN;
    }
}
