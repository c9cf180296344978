package dev.quantsdk.futures.roll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.futures.bar.ValidatedBars;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.instrument.ContractMonth;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.futures.io.ChrisCsvLoader;
import dev.quantsdk.futures.io.LeanFuturesLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContinuousSeriesTest {

  private static final double TOLERANCE = 1e-9;
  private static final ContractSpec ESU19 = FuturesCatalogue.contract("ESU2019");
  private static final ContractSpec ESZ19 = FuturesCatalogue.contract("ESZ2019");
  private static final ContractSpec ESZ13 = FuturesCatalogue.contract("ESZ2013");
  private static final ContractSpec ESH14 = FuturesCatalogue.contract("ESH2014");
  private static final LocalDate FROM = LocalDate.of(2019, 8, 1);
  private static final LocalDate SEP_EXPIRY = LocalDate.of(2019, 9, 20);

  private static BarSeries es1;
  private static BarSeries es2;
  private static SortedMap<ContractMonth, ValidatedBars> lean;

  @BeforeAll
  static void load() {
    Path data = Path.of(System.getProperty("quant.data.dir"), "futures");
    es1 = ChrisCsvLoader.load(data.resolve("ES1_front_month_daily.csv"), ValidationPolicy.REPAIR).series();
    es2 = ChrisCsvLoader.load(data.resolve("ES2_second_month_daily.csv"), ValidationPolicy.REPAIR).series();
    lean = LeanFuturesLoader.loadZips(data.resolve("lean/cme_daily_es_trade.zip"),
        data.resolve("lean/cme_daily_es_openinterest.zip"), LeanFuturesLoader.Options.defaults());
  }

  /** Until its expiry ES1 is the September 2019 contract and ES2 the December 2019 contract. */
  private static List<ContractSeries> september2019(LocalDate last) {
    return List.of(new ContractSeries(ESU19, es1.between(FROM, last)),
        new ContractSeries(ESZ19, es2.between(FROM, last)));
  }

  // ES1/ES2 rows: 2019-09-12 volume 1716865 vs 510919; 2019-09-13 1239877 vs 1306243.
  @Test
  void volumeCrossover_rollsSeptember2019_on20190913() {
    ContinuousSeries s = ContinuousSeries.stitch(september2019(SEP_EXPIRY), RollRule.volumeCrossover(), Adjustment.NONE);
    RollSchedule.Roll roll = s.schedule().rolls().get(0);
    assertThat(roll.date()).isEqualTo(LocalDate.of(2019, 9, 13));
    assertThat(roll.forced()).isFalse();
    assertThat(roll.fromPrice()).isEqualTo(3007.0);
    assertThat(roll.toPrice()).isEqualTo(3009.5);
    int i = s.realBars().indexOf(LocalDate.of(2019, 9, 13).toEpochDay());
    assertThat(s.contract(i)).isEqualTo(ESU19);
    assertThat(s.contract(i + 1)).isEqualTo(ESZ19);
    // real price of the held contract: ES2's 2019-09-16 close
    assertThat(s.realClose(i + 1)).isEqualTo(3004.5);
  }

  // "Previous Day Open Interest" as published: 2019-09-16 1906917 vs 932866 (front ahead),
  // 2019-09-17 1380580 vs 1520061 (next ahead): the values are the OI of 09-13 and 09-16.
  @Test
  void openInterestCrossover_rollsSeptember2019_by20190917() {
    ContinuousSeries s = ContinuousSeries.stitch(september2019(SEP_EXPIRY), RollRule.openInterestCrossover(),
        Adjustment.NONE);
    assertThat(s.schedule().rolls().get(0).date()).isEqualTo(LocalDate.of(2019, 9, 17));
  }

  @Test
  void decisions_useNoDataAfterTheRollDate() {
    for (RollRule rule : List.of(RollRule.volumeCrossover(), RollRule.openInterestCrossover())) {
      LocalDate full = ContinuousSeries.stitch(september2019(SEP_EXPIRY), rule, Adjustment.NONE)
          .schedule().rolls().get(0).date();
      LocalDate truncated = ContinuousSeries.stitch(september2019(full), rule, Adjustment.NONE)
          .schedule().rolls().get(0).date();
      assertThat(truncated).isEqualTo(full);
    }
  }

  // 5 business days before Friday 2019-09-20 is Friday 2019-09-13.
  @Test
  void calendarRule_rollsNBusinessDaysBeforeExpiry() {
    ContinuousSeries s = ContinuousSeries.stitch(september2019(SEP_EXPIRY), RollRule.calendar(5), Adjustment.NONE);
    assertThat(s.schedule().rolls().get(0).date()).isEqualTo(LocalDate.of(2019, 9, 13));
    ContinuousSeries atExpiry = ContinuousSeries.stitch(september2019(SEP_EXPIRY), RollRule.calendar(0), Adjustment.NONE);
    assertThat(atExpiry.schedule().rolls().get(0).date()).isEqualTo(SEP_EXPIRY);
  }

  // Lean ESZ13/ESH14 volumes: 2013-12-12 1113344 vs 354874, 2013-12-13 347764 vs 868208.
  // Lean open interest is present on 12-16 (1701691 vs 1445598) and 12-20 (782646 vs 2658894).
  @Test
  void leanSamples_rollDecember2013ToMarch2014() {
    List<ContractSeries> contracts = List.of(
        new ContractSeries(ESZ13, lean.get(ContractMonth.of(2013, 12)).series()),
        new ContractSeries(ESH14, lean.get(ContractMonth.of(2014, 3)).series()));
    ContinuousSeries byVolume = ContinuousSeries.stitch(contracts, RollRule.volumeCrossover(), Adjustment.NONE);
    RollSchedule.Roll roll = byVolume.schedule().rolls().get(0);
    assertThat(roll.from()).isEqualTo(ESZ13);
    assertThat(roll.to()).isEqualTo(ESH14);
    assertThat(roll.date()).isEqualTo(LocalDate.of(2013, 12, 13));
    assertThat(byVolume.contract(byVolume.size() - 1)).isEqualTo(ESH14);
    ContinuousSeries byOi = ContinuousSeries.stitch(contracts, RollRule.openInterestCrossover(), Adjustment.NONE);
    assertThat(byOi.schedule().rolls().get(0).date()).isEqualTo(LocalDate.of(2013, 12, 20));
    // CHRIS agrees on the December 2013 volume roll: ES1 988386 < ES2 1553447 on 2013-12-13
    List<ContractSeries> chris = List.of(
        new ContractSeries(ESZ13, es1.between(LocalDate.of(2013, 9, 23), ESZ13.lastTradingDay())),
        new ContractSeries(ESH14, es2.between(LocalDate.of(2013, 9, 23), ESZ13.lastTradingDay())));
    assertThat(ContinuousSeries.stitch(chris, RollRule.volumeCrossover(), Adjustment.NONE)
        .schedule().rolls().get(0).date()).isEqualTo(LocalDate.of(2013, 12, 13));
  }

  // Roll 2019-09-13 at ESU19 3007.0 -> ESZ19 3009.5: gap +2.5, ratio 3009.5 / 3007.0.
  // ES1 2019-09-12 close 3008.5, so DIFFERENCE gives 3011.0 and RATIO 3008.5 * 3009.5 / 3007.0.
  @Test
  void adjustments_shiftOrScalePricesBeforeTheRoll_andLeaveTheLatestContractReal() {
    int sep12 = es1.between(FROM, SEP_EXPIRY).indexOf(LocalDate.of(2019, 9, 12).toEpochDay());
    ContinuousSeries diff = ContinuousSeries.stitch(september2019(SEP_EXPIRY), RollRule.volumeCrossover(),
        Adjustment.DIFFERENCE);
    ContinuousSeries ratio = ContinuousSeries.stitch(september2019(SEP_EXPIRY), RollRule.volumeCrossover(),
        Adjustment.RATIO);
    assertThat(diff.realClose(sep12)).isEqualTo(3008.5);
    assertThat(diff.adjustedClose(sep12)).isCloseTo(3011.0, within(TOLERANCE));
    assertThat(ratio.adjustedClose(sep12)).isCloseTo(3008.5 * 3009.5 / 3007.0, within(TOLERANCE));
    int last = diff.size() - 1;
    assertThat(diff.adjustedClose(last)).isEqualTo(diff.realClose(last));
    assertThat(ratio.adjustedClose(last)).isEqualTo(ratio.realClose(last));
    // high and low are adjusted with the close
    assertThat(diff.adjustedBars().high(sep12) - diff.realBars().high(sep12)).isCloseTo(2.5, within(TOLERANCE));
  }

  @Test
  void realPriceChanges_equalTheChangesOfTheDifferenceAdjustedSeries() {
    ContinuousSeries diff = ContinuousSeries.stitch(september2019(SEP_EXPIRY), RollRule.volumeCrossover(),
        Adjustment.DIFFERENCE);
    double[] pnl = diff.realPriceChanges();
    for (int i = 1; i < diff.size(); i++) {
      assertThat(pnl[i]).isCloseTo(diff.adjustedClose(i) - diff.adjustedClose(i - 1), within(TOLERANCE));
    }
    // the day after the roll: ESZ19 3004.5 (09-16) - 3009.5 (09-13), not ESU19's 3007.0
    int sep16 = diff.realBars().indexOf(LocalDate.of(2019, 9, 16).toEpochDay());
    assertThat(pnl[sep16]).isEqualTo(-5.0);
  }

  private static BarSeries synthetic(LocalDate start, double[] closes, double[] volumes) {
    BarSeries.Builder b = BarSeries.builder(TimeBase.EPOCH_DAY);
    for (int i = 0; i < closes.length; i++) {
      double c = closes[i];
      b.add(start.plusDays(i), c, c + 1, c - 1, c, Double.NaN, volumes[i], Double.NaN);
    }
    return b.build();
  }

  @Test
  void ratio_isRefused_whenAPriceIsNotPositive() {
    // the synthetic low is close - 1: the first bar's low is 0.5 - 1 = -0.5
    LocalDate start = LocalDate.of(2019, 9, 9);
    List<ContractSeries> contracts = List.of(
        new ContractSeries(ESU19, synthetic(start, new double[] {0.5, 0.25, 0.5}, new double[] {10, 10, 1})),
        new ContractSeries(ESZ19, synthetic(start, new double[] {1, 2, 3}, new double[] {1, 1, 5})));
    assertThatThrownBy(() -> ContinuousSeries.stitch(contracts, RollRule.volumeCrossover(), Adjustment.RATIO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RATIO adjustment needs prices > 0 but ESU2019 is -0.5 on 2019-09-09");
    assertThat(ContinuousSeries.stitch(contracts, RollRule.volumeCrossover(), Adjustment.DIFFERENCE).size())
        .isEqualTo(3);
  }

  @Test
  void noCrossover_forcesTheRollOnTheLastSharedDateBeforeExpiry() {
    LocalDate start = LocalDate.of(2019, 9, 17);
    List<ContractSeries> contracts = List.of(
        new ContractSeries(ESU19, synthetic(start, new double[] {10, 11, 12, 13, 14}, new double[] {9, 9, 9, 9, 9})),
        new ContractSeries(ESZ19, synthetic(start, new double[] {20, 21, 22, 23, 24}, new double[] {1, 1, 1, 1, 1})));
    RollSchedule.Roll roll = ContinuousSeries.stitch(contracts, RollRule.volumeCrossover(), Adjustment.NONE)
        .schedule().rolls().get(0);
    // ESU2019 expires 2019-09-20 (the 4th synthetic day); later front bars are not candidates
    assertThat(roll.date()).isEqualTo(SEP_EXPIRY);
    assertThat(roll.forced()).isTrue();
  }

  @Test
  void stitch_refusesContractsOutOfOrder_orWithoutACommonDate() {
    assertThatThrownBy(() -> ContinuousSeries.stitch(List.of(september2019(SEP_EXPIRY).get(1),
        september2019(SEP_EXPIRY).get(0)), RollRule.volumeCrossover(), Adjustment.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascending month order");
    List<ContractSeries> disjoint = List.of(
        new ContractSeries(ESU19, es1.between(FROM, LocalDate.of(2019, 8, 30))),
        new ContractSeries(ESZ19, es2.between(LocalDate.of(2019, 10, 1), LocalDate.of(2019, 10, 31))));
    assertThatThrownBy(() -> ContinuousSeries.stitch(disjoint, RollRule.volumeCrossover(), Adjustment.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share no bar");
  }
}
