package dev.quantsdk.cli;

import dev.quantsdk.model.ArgChecker;
import java.util.regex.Pattern;

/**
 * A required positional argument of a command, e.g. {@code FILE}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the placeholder in usage lines, upper case, e.g. {@code FILE}
 * @param description one sentence for the help text
 */
public record ArgumentSpec(String label, String description) {

  private static final Pattern LABEL = Pattern.compile("[A-Z][A-Z0-9_]*");

  /**
   * Validates the argument.
   *
   * @throws IllegalArgumentException if the label is not upper case or the description is blank
   */
  public ArgumentSpec {
    ArgChecker.isTrue(LABEL.matcher(ArgChecker.notNull(label, "label")).matches(),
        "argument label must be UPPER_CASE but was '%s'", label);
    ArgChecker.notBlank(description, "description");
  }
}
