package ziping.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import ziping.api.Ziping;
import ziping.read.Templates;

/** {@code ziping check|parse …}: the command line over {@link Ziping}. See README.md for the exit codes. */
@Command(name = "ziping", mixinStandardHelpOptions = true, version = "ziping " + Ziping.VERSION,
        description = "Audits 项目支出绩效自评表 (performance self-evaluation forms): recomputes every score and"
                + " reports the figures that do not add up.",
        subcommands = {CheckCommand.class, ParseCommand.class, RulesCommand.class, HelpCommand.class,
                AutoComplete.GenerateCompletion.class})
public class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * The exit code of a run. An error (out of memory, stack overflow) on the main thread is an internal error (4),
     * not the JVM's 1, which would read as "findings"; the {@code -o} file is left as it was (see {@link Output}).
     */
    static int run(String[] args) {
        preloadTemplates();
        try {
            return commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("ziping: out of memory (give the JVM more with -Xmx, or use fewer --jobs)");
            return ExitCodes.INTERNAL_ERROR;
        } catch (Error e) {
            System.err.println("ziping: internal error: " + e);
            return ExitCodes.INTERNAL_ERROR;
        }
    }

    /**
     * Reads the built-in templates (JSON, through Jackson's data binding: a few hundred ms of start-up without C2) on
     * a thread of their own while this one parses the command line and lists the inputs; a reader that needs them
     * first waits for the class initialisation to end.
     */
    private static void preloadTemplates() {
        Thread preload = new Thread(() -> {
            try {
                Templates.builtIn();
            } catch (RuntimeException | Error e) {
                // the thread that uses them meets the failure (a broken build) as before
            }
        }, "ziping-preload");
        preload.setDaemon(true);
        preload.start();
    }

    /** The command line with ziping's short error messages ({@link Errors}). */
    static CommandLine commandLine() {
        Errors errors = new Errors();
        return new CommandLine(new Main()).setParameterExceptionHandler(errors).setExecutionExceptionHandler(errors);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: check, parse, rules or help");
    }
}
