package dev.quantsdk.cli;

import dev.quantsdk.discovery.anomaly.MarketPrices;
import dev.quantsdk.discovery.anomaly.PriceSeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads {@code --prices DIR}: one Yahoo-style daily CSV per ticker ({@code Date, Open, High, Low,
 * Close, Adj Close, Volume}), named {@code TICKER.csv}, plus the S&amp;P 500 index as a file whose
 * name starts with {@code GSPC} (as in {@code samples/data/stocks}). The adjusted close is used
 * where present (dividends and splits), else the close; rows with a blank, {@code null} or
 * non-positive price are skipped. Stateless.
 */
final class PriceDirectory {

  private PriceDirectory() {
  }

  static MarketPrices load(Path dir, String typed) {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException("price directory not found: " + typed);
    }
    Map<String, PriceSeries> stocks = new TreeMap<>();
    PriceSeries index = null;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.csv")) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        String symbol = name.substring(0, name.length() - 4).toUpperCase(Locale.ROOT);
        if (symbol.startsWith("GSPC") || symbol.startsWith("^GSPC")) {
          index = read(f, "^GSPC");
        } else {
          stocks.put(symbol, read(f, symbol));
        }
      }
    } catch (IOException e) {
      throw new BadInputException("cannot read price directory " + typed + ": " + e.getMessage(), e);
    }
    if (index == null) {
      throw new BadInputException("price directory " + typed
          + " holds no S&P 500 index file (a CSV whose name starts with GSPC)");
    }
    return new MarketPrices(stocks, index);
  }

  private static PriceSeries read(Path file, String symbol) throws IOException {
    List<LocalDate> dates = new ArrayList<>();
    List<Double> closes = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null) {
        throw new BadInputException("empty price file: " + file.getFileName());
      }
      List<String> cols = List.of(header.split(",", -1));
      int date = cols.indexOf("Date");
      int adj = cols.indexOf("Adj Close");
      int close = adj >= 0 ? adj : cols.indexOf("Close");
      if (date < 0 || close < 0) {
        throw new BadInputException("price file " + file.getFileName()
            + " needs Date and Close (or Adj Close) columns but has: " + header);
      }
      String line;
      LocalDate last = null;
      while ((line = r.readLine()) != null) {
        String[] f = line.split(",", -1);
        if (f.length <= Math.max(date, close)) {
          continue;
        }
        try {
          LocalDate d = LocalDate.parse(f[date].trim());
          double c = Double.parseDouble(f[close].trim());
          if (c > 0 && Double.isFinite(c) && (last == null || d.isAfter(last))) {
            dates.add(d);
            closes.add(c);
            last = d;
          }
        } catch (DateTimeParseException | NumberFormatException e) {
          // blank or "null" prices in real downloads: skipped, as documented
        }
      }
    }
    if (dates.size() < 2) {
      throw new BadInputException("price file " + file.getFileName() + " has " + dates.size()
          + " usable rows (a date and a positive price); at least 2 are needed");
    }
    return PriceSeries.of(symbol, dates.toArray(new LocalDate[0]),
        closes.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
