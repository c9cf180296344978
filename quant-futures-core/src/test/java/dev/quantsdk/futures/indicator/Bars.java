package dev.quantsdk.futures.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNum;

/**
 * Test fixture: raw bar columns and a minimal reader of the bundled ES1 CHRIS CSV (close = Close
 * column, or Settle when Close is blank). The reader keeps the file's four inconsistent rows as
 * they are; both our kernels and ta4j see the same raw numbers.
 */
record Bars(LocalDate[] dates, double[] high, double[] low, double[] close, double[] volume) {

  /** Rows in samples/data/futures/ES1_front_month_daily.csv (README: 5,650 rows). */
  static final int ES1_ROWS = 5650;

  private static Bars es1;

  static synchronized Bars es1() {
    if (es1 == null) {
      es1 = read(Path.of(System.getProperty("quant.data.dir"), "futures",
          "ES1_front_month_daily.csv"));
    }
    return es1;
  }

  static Bars read(Path csv) {
    List<String> lines;
    try {
      lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(lines.get(0)).startsWith("Date,Open,High,Low,Close,Change,Settle,Volume");
    int n = lines.size() - 1;
    LocalDate[] dates = new LocalDate[n];
    double[] high = new double[n];
    double[] low = new double[n];
    double[] close = new double[n];
    double[] volume = new double[n];
    for (int i = 0; i < n; i++) {
      String[] f = lines.get(i + 1).split(",", -1);
      dates[i] = LocalDate.parse(f[0]);
      high[i] = Double.parseDouble(f[2]);
      low[i] = Double.parseDouble(f[3]);
      close[i] = Double.parseDouble(f[4].isBlank() ? f[6] : f[4]);
      volume[i] = f[7].isBlank() ? 0 : Double.parseDouble(f[7]);
    }
    return new Bars(dates, high, low, close, volume);
  }

  /** A seeded geometric random walk with consistent high/low around open/close. */
  static Bars randomWalk(int n, long seed) {
    Random random = new Random(seed);
    LocalDate[] dates = new LocalDate[n];
    double[] high = new double[n];
    double[] low = new double[n];
    double[] close = new double[n];
    double[] volume = new double[n];
    double price = 2000;
    for (int i = 0; i < n; i++) {
      double open = price;
      price = price * Math.exp(0.01 * random.nextGaussian());
      dates[i] = LocalDate.of(2000, 1, 1).plusDays(i);
      high[i] = Math.max(open, price) * (1 + 0.003 * random.nextDouble());
      low[i] = Math.min(open, price) * (1 - 0.003 * random.nextDouble());
      close[i] = price;
      volume[i] = 1000 + random.nextInt(100_000);
    }
    return new Bars(dates, high, low, close, volume);
  }

  int size() {
    return close.length;
  }

  /** The first {@code length} bars. */
  Bars truncate(int length) {
    return new Bars(Arrays.copyOf(dates, length), Arrays.copyOf(high, length),
        Arrays.copyOf(low, length), Arrays.copyOf(close, length), Arrays.copyOf(volume, length));
  }

  /** The same bars as a ta4j 0.17 series with {@link DoubleNum} (open = close, unused). */
  BarSeries toTa4j() {
    BarSeries series = new BaseBarSeriesBuilder().withName("bars")
        .withNumTypeOf(DoubleNum.class).build();
    for (int i = 0; i < size(); i++) {
      ZonedDateTime end = dates[i].atStartOfDay(ZoneOffset.UTC).plusDays(1);
      series.addBar(end, close[i], high[i], low[i], close[i], volume[i]);
    }
    return series;
  }
}
