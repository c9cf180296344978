package dev.quantsdk.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The entry point of the {@code quant} command line ({@code bin/quant}, or
 * {@code java -jar adapters/quant-cli/target/quant-cli.jar}).
 *
 * <p>{@link #run(List, CliContext)} does everything but exiting the JVM, so tests call it
 * in-process with captured streams. Usage errors print a hint to {@code --help} and return 2,
 * unusable input returns 1 with a message naming it, help returns 0. Stateless and thread-safe.
 */
public final class QuantCli {

  /** The program name shown in usage lines and messages. */
  public static final String PROGRAM = "quant";

  /** Environment variable that, when set and not empty, adds stack traces to error messages. */
  public static final String DEBUG_VARIABLE = "QUANT_DEBUG";

  private QuantCli() {
  }

  /**
   * Runs the CLI and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // route Hibernate's JBoss Logging through SLF4J (slf4j-simple, WARN, stderr) instead of JUL
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    int code = run(Arrays.asList(args), CliContext.system());
    System.exit(code);
  }

  /**
   * Runs one command line against the registered commands.
   *
   * @param args the arguments after the program name
   * @param context the streams, environment and working directory
   * @return the exit code: 0 done or help shown, 1 bad input, 2 usage error
   */
  public static int run(List<String> args, CliContext context) {
    return run(CommandRegistry.root(), args, context).code();
  }

  /**
   * Runs one command line against a command tree.
   *
   * @param root the command tree; its name is the program name
   * @param args the arguments after the program name
   * @param context the streams, environment and working directory
   * @return the exit status
   */
  static ExitStatus run(CommandGroup root, List<String> args, CliContext context) {
    try {
      CommandLineParser.Result result = new CommandLineParser(root).parse(args);
      if (result instanceof CommandLineParser.Help help) {
        context.out().print(HelpFormatter.render(help.nodes()));
        context.out().flush();
        return ExitStatus.OK;
      }
      CommandLineParser.Run run = (CommandLineParser.Run) result;
      return run.command().run(run.invocation(), context);
    } catch (UsageException e) {
      context.err().printf(Locale.ROOT, "%s: %s%nRun '%s --help' for usage.%n",
          root.name(), e.getMessage(), String.join(" ", e.commandPath()));
      return ExitStatus.USAGE;
    } catch (BadInputException e) {
      context.err().printf(Locale.ROOT, "%s: %s%n", root.name(), e.getMessage());
      printTraceIfDebugging(e, context);
      return ExitStatus.BAD_INPUT;
    } catch (RuntimeException e) {
      context.err().printf(Locale.ROOT, "%s: failed: %s%n", root.name(), e);
      printTraceIfDebugging(e, context);
      return ExitStatus.BAD_INPUT;
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  private static void printTraceIfDebugging(RuntimeException e, CliContext context) {
    String debug = context.environment().get(DEBUG_VARIABLE);
    if (debug != null && !debug.isEmpty()) {
      e.printStackTrace(context.err());
    }
  }
}
