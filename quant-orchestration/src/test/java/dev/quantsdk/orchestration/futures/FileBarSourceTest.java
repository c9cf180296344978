package dev.quantsdk.orchestration.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.futures.bar.BarValidationException;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.instrument.FuturesCatalogue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FileBarSourceTest {

  @Test
  void load_chrisEs1_repairsItsFourInconsistentRowsAndKeepsEveryBar() {
    InstrumentBars es1 = SampleData.source().load("ES1");

    assertThat(es1.product()).contains(FuturesCatalogue.ES);
    assertThat(es1.multiplier()).isEqualTo(50.0);
    assertThat(es1.bars().report().rowsRead()).isEqualTo(SampleData.ES1_ROWS);
    assertThat(es1.bars().series().size()).isEqualTo(SampleData.ES1_ROWS);
    // rows 31, 771, 3988, 4721: a high below the close or a low above it (docs/futures.md)
    assertThat(es1.bars().report().issues()).hasSize(4);
    assertThat(es1.bars().series().date(0)).isEqualTo(LocalDate.of(1997, 9, 9));
    assertThat(es1.bars().series().date(SampleData.ES1_ROWS - 1))
        .isEqualTo(LocalDate.of(2019, 10, 18));
  }

  /** GSPC: 24,114 data rows (wc -l minus the header), 1927-12-30 .. 2023; closes as in the file. */
  @Test
  void load_yahooGspc_readsTheCloseNotTheAdjustedClose() {
    InstrumentBars gspc = SampleData.source().load("GSPC");

    assertThat(gspc.product()).isEmpty();
    assertThat(gspc.multiplier()).isEqualTo(1.0);
    assertThat(gspc.bars().series().size()).isEqualTo(24_114);
    var closes = SampleData.closes(SampleData.GSPC);
    var s = gspc.bars().series();
    for (int i = 0; i < s.size(); i += 997) {
      assertThat(s.close(i)).isEqualTo(closes.get(s.date(i)));
    }
  }

  @Test
  void load_strictPolicy_refusesEs1sInconsistentRows() {
    FileBarSource strict = FileBarSource.builder().chris("ES1", SampleData.ES1, FuturesCatalogue.ES)
        .policy(ValidationPolicy.STRICT).build();

    assertThatThrownBy(() -> strict.load("ES1")).isInstanceOf(BarValidationException.class)
        .hasMessageContaining("row 31 (1997-10-21)");
  }

  @Test
  void load_unknownInstrument_namesTheKnownOnes() {
    assertThat(SampleData.source().instruments()).containsExactly("ES1", "ES2", "GSPC");
    assertThatThrownBy(() -> SampleData.source().load("NQ1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown instrument 'NQ1': this source has [ES1, ES2, GSPC]");
  }

  @Test
  void builder_refusesADuplicateId() {
    assertThatThrownBy(() -> FileBarSource.builder().yahoo("X", SampleData.GSPC)
        .yahoo("X", SampleData.GSPC)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("instrument 'X' is added twice");
  }
}
