package dev.quantsdk.futures.roll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.instrument.FuturesCatalogue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollScheduleTest {

  private static final ContractSpec U19 = FuturesCatalogue.contract("ESU2019");
  private static final ContractSpec Z19 = FuturesCatalogue.contract("ESZ2019");
  private static final ContractSpec H20 = FuturesCatalogue.contract("ESH2020");

  @Test
  void roll_gapIsToMinusFrom_andPrintsItsSymbols() {
    RollSchedule.Roll roll = new RollSchedule.Roll(LocalDate.of(2019, 9, 13), U19, Z19, 3007.0, 3009.5, false);
    assertThat(roll.gap()).isEqualTo(2.5);
    assertThat(roll).hasToString("2019-09-13 ESU2019 -> ESZ2019");
  }

  @Test
  void schedule_refusesRollsOutOfOrder() {
    RollSchedule.Roll dec = new RollSchedule.Roll(LocalDate.of(2019, 12, 13), Z19, H20, 1, 1, true);
    RollSchedule.Roll sep = new RollSchedule.Roll(LocalDate.of(2019, 9, 13), U19, Z19, 1, 1, false);
    assertThat(new RollSchedule(List.of(sep, dec)).rolls()).hasSize(2);
    assertThatThrownBy(() -> new RollSchedule(List.of(dec, sep))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RollSchedule.Roll(LocalDate.of(2019, 9, 13), U19, Z19, Double.NaN, 1, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
