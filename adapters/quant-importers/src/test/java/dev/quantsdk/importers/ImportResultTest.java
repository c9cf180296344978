package dev.quantsdk.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ImportResultTest {

  private static final Rejection REJECTION = new Rejection(2, "type", "gift",
      "row 2 (line 3): unknown transaction type 'gift'");

  @Test
  void constructor_acceptsCountsThatAddUp_andCopiesRejections() {
    List<Rejection> rejections = new ArrayList<>(List.of(REJECTION));
    ImportResult result = new ImportResult("a.csv", DisclosureFormat.HOUSE_CSV, 10, 7, 2, 1, 3, 0, 0,
        OptionalLong.empty(), rejections);
    rejections.clear();

    assertThat(result.rejections()).containsExactly(REJECTION);
  }

  @Test
  void constructor_rejectsCountsThatDoNotAddUp() {
    assertThatThrownBy(() -> new ImportResult("a.csv", DisclosureFormat.HOUSE_CSV, 10, 7, 1, 1, 0, 0,
        0, OptionalLong.empty(), List.of(REJECTION)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows 10 != imported 7 + duplicates 1 + rejected 1");
    assertThatThrownBy(() -> new ImportResult("a.csv", DisclosureFormat.HOUSE_CSV, 10, 8, 0, 2, 0, 0,
        0, OptionalLong.empty(), List.of(REJECTION)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1 rejections listed for 2 rejected rows");
  }
}
