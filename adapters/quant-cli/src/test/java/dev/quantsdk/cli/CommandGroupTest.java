package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandGroupTest {

  private final CommandGroup imports = (CommandGroup) new TestCommands().root.child("import").orElseThrow();

  @Test
  void child_findsASubCommandByName_andIsEmptyForAnUnknownName() {
    assertThat(imports.child("senate")).map(CommandNode::name).contains("senate");
    assertThat(imports.child("congress")).isEmpty();
  }

  @Test
  void constructor_rejectsTwoSubCommandsWithTheSameName() {
    CommandNode house = imports.child("house").orElseThrow();

    assertThatThrownBy(() -> new CommandGroup("g", "s", "d", List.of(), List.of(house, house), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two sub-commands of 'g' are named 'house'");
  }

  @Test
  void constructor_rejectsAGroupWithoutSubCommands() {
    assertThatThrownBy(() -> new CommandGroup("g", "s", "d", List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("children");
  }
}
