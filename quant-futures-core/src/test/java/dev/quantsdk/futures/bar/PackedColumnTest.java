package dev.quantsdk.futures.bar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PackedColumnTest {

  private static final int SAMPLES = 20_000;

  @Test
  void pack_decodesEveryDecimal_toTheDoubleThatParseDoubleGives() {
    // random decimals with 0..6 fraction digits; the expectation comes from the JDK parser
    SplittableRandom random = new SplittableRandom(42);
    double[] values = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      int fraction = random.nextInt(7);
      long units = random.nextLong(1, 2_000_000_000L / 10) * (random.nextBoolean() ? 1 : -1);
      values[i] = Double.parseDouble(BigDecimal.valueOf(units, fraction).toPlainString());
    }
    PackedColumn column = PackedColumn.pack(values, SAMPLES);
    for (int i = 0; i < SAMPLES; i++) {
      assertThat(Double.doubleToLongBits(column.get(i))).isEqualTo(Double.doubleToLongBits(values[i]));
    }
  }

  @Test
  void pack_usesFourBytes_forTickPrices_andKeepsNaN() {
    double[] prices = {3013.61, Double.NaN, 1812.89, 0.25};
    PackedColumn column = PackedColumn.pack(prices, prices.length);
    assertThat(column.bytesPerValue()).isEqualTo(4);
    assertThat(column.scale()).isEqualTo(2);
    assertThat(column.get(1)).isNaN();
    assertThat(column.get(0)).isEqualTo(3013.61);
  }

  @Test
  void pack_fallsBackToDoubles_whenScaledValuesOverflowAnInt() {
    // 300000 fits at scale 0 but not at the scale 4 that 0.0001 needs (3e9 > 2^31)
    double[] values = {300_000.0, 0.0001};
    PackedColumn column = PackedColumn.pack(values, 2);
    assertThat(column.bytesPerValue()).isEqualTo(8);
    assertThat(column.get(0)).isEqualTo(300_000.0);
    assertThat(column.get(1)).isEqualTo(0.0001);
  }

  @Test
  void pack_ofOnlyNaN_isAbsent() {
    PackedColumn column = PackedColumn.pack(new double[] {Double.NaN, Double.NaN}, 2);
    assertThat(column.isAbsent()).isTrue();
    assertThat(column.bytesPerValue()).isZero();
    assertThat(column.get(1)).isNaN();
  }
}
