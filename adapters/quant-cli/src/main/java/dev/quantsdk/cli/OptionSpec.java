package dev.quantsdk.cli;

import dev.quantsdk.model.ArgChecker;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A long option of a command: a flag such as {@code --json} or an option with a value such as
 * {@code --db JDBC_URL}, with the help text, the default and the environment variable it falls
 * back to.
 *
 * <p>Values are given as {@code --name value} or {@code --name=value}; the last occurrence wins.
 * Immutable and thread-safe.
 *
 * @param name the option as typed, e.g. {@code --db}
 * @param valueLabel the placeholder of the value in help texts, e.g. {@code JDBC_URL}; empty for a flag
 * @param description one sentence for the help text
 * @param defaultText how the default reads in help texts; empty if none
 * @param environmentVariable the variable read when the option is absent; empty if none
 */
public record OptionSpec(
    String name,
    Optional<String> valueLabel,
    String description,
    Optional<String> defaultText,
    Optional<String> environmentVariable) {

  private static final Pattern NAME = Pattern.compile("--[a-z][a-z0-9-]*");

  /**
   * Validates the option.
   *
   * @throws IllegalArgumentException if the name is not {@code --lower-case-words} or the description is blank
   */
  public OptionSpec {
    ArgChecker.isTrue(NAME.matcher(ArgChecker.notNull(name, "name")).matches(),
        "option name must look like --lower-case-words but was '%s'", name);
    ArgChecker.notNull(valueLabel, "valueLabel");
    ArgChecker.notBlank(description, "description");
    ArgChecker.notNull(defaultText, "defaultText");
    ArgChecker.notNull(environmentVariable, "environmentVariable");
  }

  /**
   * Creates a flag (an option without a value).
   *
   * @param name the option, e.g. {@code --json}
   * @param description one sentence for the help text
   * @return the option
   */
  public static OptionSpec flag(String name, String description) {
    return new OptionSpec(name, Optional.empty(), description, Optional.empty(), Optional.empty());
  }

  /**
   * Creates an option that takes a value.
   *
   * @param name the option, e.g. {@code --db}
   * @param valueLabel the placeholder of the value, e.g. {@code JDBC_URL}
   * @param description one sentence for the help text
   * @return the option
   */
  public static OptionSpec valued(String name, String valueLabel, String description) {
    return new OptionSpec(name, Optional.of(ArgChecker.notBlank(valueLabel, "valueLabel")), description,
        Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy with the default as it should read in help texts.
   *
   * @param text the default, e.g. {@code sa}
   * @return the copy
   */
  public OptionSpec withDefault(String text) {
    return new OptionSpec(name, valueLabel, description, Optional.of(ArgChecker.notBlank(text, "text")),
        environmentVariable);
  }

  /**
   * Returns a copy that falls back to an environment variable when absent from the command line.
   *
   * @param variable the variable name, e.g. {@code QUANT_DB_URL}
   * @return the copy
   */
  public OptionSpec withEnvironmentVariable(String variable) {
    return new OptionSpec(name, valueLabel, description, defaultText,
        Optional.of(ArgChecker.notBlank(variable, "variable")));
  }

  /**
   * Tells whether the option takes a value.
   *
   * @return false for a flag
   */
  public boolean takesValue() {
    return valueLabel.isPresent();
  }

  /**
   * Returns the option as shown in help texts, e.g. {@code --db JDBC_URL}.
   *
   * @return the synopsis
   */
  public String synopsis() {
    return valueLabel.map(label -> name + " " + label).orElse(name);
  }
}
