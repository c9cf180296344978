package dev.quantsdk.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A small command tree for the framework tests, shaped like the real one: global database
 * options, a group {@code import} with {@code house} and {@code senate} taking a FILE and
 * {@code --json}, and a leaf {@code demo} with a valued option and no arguments.
 */
final class TestCommands {

  static final OptionSpec JSON = OptionSpec.flag("--json", "Print JSON.");
  static final OptionSpec LIMIT = OptionSpec.valued("--limit", "N", "How many.").withDefault("10");

  /** The last invocation a recording command received. */
  final AtomicReference<Invocation> lastInvocation = new AtomicReference<>();
  /** What the recording commands return or throw. */
  final AtomicReference<RuntimeException> toThrow = new AtomicReference<>();

  final CommandGroup root;

  TestCommands() {
    Command house = new Recording("house", List.of(new ArgumentSpec("FILE", "The file.")), List.of(JSON));
    Command senate = new Recording("senate", List.of(new ArgumentSpec("FILE", "The file.")), List.of(JSON));
    Command demo = new Recording("demo", List.of(), List.of(LIMIT));
    CommandGroup imports = new CommandGroup("import", "Import files.", "Imports disclosure files.",
        List.of(), List.of(house, senate), List.of("import house trades.csv"));
    root = new CommandGroup("quant", "The quant CLI.", "Runs quant commands.", GlobalOptions.ALL,
        List.of(imports, demo), List.of("demo --limit 3"));
  }

  /** A command that records its invocation and returns OK (or throws what it is told to). */
  private final class Recording implements Command {
    private final String name;
    private final List<ArgumentSpec> arguments;
    private final List<OptionSpec> options;

    Recording(String name, List<ArgumentSpec> arguments, List<OptionSpec> options) {
      this.name = name;
      this.arguments = arguments;
      this.options = options;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String summary() {
      return "Runs " + name + ".";
    }

    @Override
    public String description() {
      return "Runs the " + name + " test command.";
    }

    @Override
    public List<OptionSpec> options() {
      return options;
    }

    @Override
    public List<String> examples() {
      return List.of(name + " --help");
    }

    @Override
    public List<ArgumentSpec> arguments() {
      return arguments;
    }

    @Override
    public ExitStatus run(Invocation invocation, CliContext context) {
      lastInvocation.set(invocation);
      RuntimeException failure = toThrow.get();
      if (failure != null) {
        throw failure;
      }
      context.out().print("ran " + invocation.commandName());
      return ExitStatus.OK;
    }
  }

  /** Captured stdout and stderr of an in-process run. */
  static final class Captured {
    /** A fixed wall clock, so every run sees the same date. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final AtomicLong clock = new AtomicLong();
    /** Nanoseconds the monotonic clock advances on each reading (0: it stands still). */
    volatile long tickPerRead;
    /** The exit code of the run, for tests that record it here. */
    int exitCode = -1;
    final CliContext context;

    Captured(Path workingDirectory, Map<String, String> environment, boolean terminal) {
      context = new CliContext(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
          new PrintStream(errBytes, true, StandardCharsets.UTF_8), environment, workingDirectory, terminal,
          () -> clock.addAndGet(tickPerRead), TODAY);
    }

    Captured(Path workingDirectory) {
      this(workingDirectory, Map.of(), false);
    }

    String out() {
      return outBytes.toString(StandardCharsets.UTF_8);
    }

    String err() {
      return errBytes.toString(StandardCharsets.UTF_8);
    }
  }
}
