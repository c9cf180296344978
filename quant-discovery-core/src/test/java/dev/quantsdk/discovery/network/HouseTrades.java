package dev.quantsdk.discovery.network;

import dev.quantsdk.discovery.TestCsv;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.model.TradeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Test loader of samples/data/congress/house_transactions_2020_2022.csv (House Stock Watcher):
 * just enough CSV (quoted fields with commas) to build {@link DisclosedTrade}s. Rows with an
 * unparseable transaction date (the year-0009 row) are skipped; ticker "--" means none.
 */
final class HouseTrades {

  private HouseTrades() {
  }

  static List<DisclosedTrade> load() {
    String dir = System.getProperty("quant.data.dir");
    if (dir == null) {
      throw new IllegalStateException("system property quant.data.dir is not set (surefire sets it)");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of(dir, "congress", "house_transactions_2020_2022.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<DisclosedTrade> trades = new ArrayList<>();
    for (int row = 1; row < lines.size(); row++) {
      List<String> f = TestCsv.split(lines.get(row));
      LocalDate date;
      try {
        date = LocalDate.parse(f.get(2));
      } catch (RuntimeException e) {
        continue;
      }
      String ticker = f.get(4).trim();
      trades.add(new DisclosedTrade("house-" + row, f.get(8), date, Optional.empty(),
          ticker.isEmpty() || ticker.equals("--") ? Optional.empty() : Optional.of(f.get(4)),
          type(f.get(6)), Optional.empty()));
    }
    return trades;
  }

  private static TradeType type(String text) {
    return switch (text) {
      case "purchase" -> TradeType.PURCHASE;
      case "sale_full" -> TradeType.SALE_FULL;
      case "exchange" -> TradeType.EXCHANGE;
      default -> TradeType.SALE_PARTIAL;
    };
  }
}
