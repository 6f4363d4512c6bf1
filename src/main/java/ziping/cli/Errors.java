package ziping.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Errors as one short line and a hint, instead of the whole usage or a Java exception: a usage error names the
 * option and points at {@code --help} (exit 2); a file that cannot be written says which and why (exit 4).
 */
final class Errors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("ziping: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        err.println("ziping: " + describe(e));
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /** What went wrong, in words, with what to do about it when that is clear. */
    static String describe(Exception e) {
        if (e instanceof NoSuchFileException f) {
            return "cannot write " + f.getFile() + ": its folder does not exist (hint: create the folder or choose"
                    + " another path)";
        }
        if (e instanceof AccessDeniedException f) {
            return "cannot write " + f.getFile() + ": permission denied (hint: choose another path)";
        }
        if (e instanceof FileSystemException f) {
            return "cannot write " + f.getFile() + ": " + (f.getReason() == null ? "file system error" : f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
