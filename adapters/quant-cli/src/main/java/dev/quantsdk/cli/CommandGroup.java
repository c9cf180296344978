package dev.quantsdk.cli;

import dev.quantsdk.model.ArgChecker;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A command that only groups sub-commands, such as {@code import} (with {@code house} and
 * {@code senate}); the root of the tree is the group named after the program.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the word typed to select the group
 * @param summary one line for the parent's command list
 * @param description the paragraph under the usage line
 * @param options the options the group adds (the root's are the global options)
 * @param children the sub-commands, in help order, with distinct names
 * @param examples example command lines without the program name
 */
public record CommandGroup(
    String name,
    String summary,
    String description,
    List<OptionSpec> options,
    List<CommandNode> children,
    List<String> examples) implements CommandNode {

  /**
   * Validates the group and copies the lists.
   *
   * @throws IllegalArgumentException if a text is blank, there are no children or two share a name
   */
  public CommandGroup {
    ArgChecker.notBlank(name, "name");
    ArgChecker.notBlank(summary, "summary");
    ArgChecker.notBlank(description, "description");
    options = List.copyOf(options);
    children = List.copyOf(ArgChecker.notEmpty(children, "children"));
    examples = List.copyOf(examples);
    Set<String> names = new HashSet<>();
    for (CommandNode child : children) {
      ArgChecker.isTrue(names.add(child.name()), "two sub-commands of '%s' are named '%s'", name, child.name());
    }
  }

  /**
   * Finds a direct sub-command by name.
   *
   * @param childName the word typed
   * @return the sub-command, or empty if there is none of that name
   */
  public Optional<CommandNode> child(String childName) {
    return children.stream().filter(child -> child.name().equals(childName)).findFirst();
  }
}
