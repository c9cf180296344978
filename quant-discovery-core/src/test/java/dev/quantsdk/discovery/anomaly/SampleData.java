package dev.quantsdk.discovery.anomaly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test-only readers of the bundled sample data (the engines read no files). */
final class SampleData {

  private SampleData() {
  }

  static Path dataDir() {
    return Path.of(System.getProperty("quant.data.dir"));
  }

  /** One Yahoo-style row: date and the given close column (4 = Close, 5 = Adj Close). */
  record Row(LocalDate date, double close) {
  }

  static List<Row> stockRows(String fileName, int closeColumn) {
    try {
      List<String> lines = Files.readAllLines(dataDir().resolve("stocks").resolve(fileName));
      List<Row> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",");
        if (cells.length > closeColumn && !cells[closeColumn].isBlank()
            && !"null".equals(cells[closeColumn])) {
          rows.add(new Row(LocalDate.parse(cells[0]), Double.parseDouble(cells[closeColumn])));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PriceSeries series(String symbol, List<Row> rows) {
    return PriceSeries.of(symbol, rows.stream().map(Row::date).toArray(LocalDate[]::new),
        rows.stream().mapToDouble(Row::close).toArray());
  }

  /** A stock's adjusted closes. */
  static PriceSeries stock(String ticker) {
    return series(ticker, stockRows(ticker + ".csv", 5));
  }

  /** The S&amp;P 500 price index closes. */
  static PriceSeries sp500() {
    return series("^GSPC", stockRows("GSPC_1927_2023.csv", 4));
  }
}
