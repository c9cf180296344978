package dev.quantsdk.cli;

import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed command line of a runnable command: the command words, the option values, the flags
 * and the positional arguments.
 *
 * <p>Immutable and thread-safe.
 *
 * @param commandPath the command words starting with the program name, e.g. {@code [quant, import, house]}
 * @param values option values by option name (the last occurrence on the command line)
 * @param flags the flags given, by option name
 * @param arguments the positional arguments, as many as the command declares
 */
public record Invocation(
    List<String> commandPath,
    Map<String, String> values,
    Set<String> flags,
    List<String> arguments) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if the command path is empty
   */
  public Invocation {
    commandPath = List.copyOf(ArgChecker.notEmpty(commandPath, "commandPath"));
    values = Map.copyOf(values);
    flags = Set.copyOf(flags);
    arguments = List.copyOf(arguments);
  }

  /**
   * Returns the value given on the command line.
   *
   * @param option an option that takes a value
   * @return the value, or empty if the option was not given
   */
  public Optional<String> value(OptionSpec option) {
    return Optional.ofNullable(values.get(option.name()));
  }

  /**
   * Returns the value given on the command line or, if absent, the option's environment variable
   * when it is set and not empty.
   *
   * @param option an option that takes a value
   * @param environment the process environment, passed in for testability
   * @return the value, or empty if neither is set
   */
  public Optional<String> value(OptionSpec option, Map<String, String> environment) {
    return value(option).or(() -> option.environmentVariable()
        .map(environment::get)
        .filter(text -> !text.isEmpty()));
  }

  /**
   * Tells whether a flag was given.
   *
   * @param option a flag
   * @return true if given
   */
  public boolean flag(OptionSpec option) {
    return flags.contains(option.name());
  }

  /**
   * Returns a positional argument.
   *
   * @param index the zero-based position
   * @return the argument
   * @throws IndexOutOfBoundsException if the command declares fewer arguments
   */
  public String argument(int index) {
    return arguments.get(index);
  }

  /**
   * Returns the command words joined by spaces, e.g. {@code quant import house}.
   *
   * @return the command name for messages
   */
  public String commandName() {
    return String.join(" ", commandPath);
  }
}
