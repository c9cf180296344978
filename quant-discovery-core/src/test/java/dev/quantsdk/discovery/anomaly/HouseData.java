package dev.quantsdk.discovery.anomaly;

import dev.quantsdk.discovery.TestCsv;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.model.AmountBand;
import dev.quantsdk.model.TradeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Test-only reader of the bundled House Stock Watcher CSV into {@link DisclosedTrade}s, with
 * the importer's rejections: rows whose transaction date does not parse (one row reads
 * "20221-11-18") or lies before 1990 (year 0009) are skipped. Truncated bands ("$1,001 -")
 * become an absent amount.
 */
final class HouseData {

  static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  /** The raw rows kept, with the parsed trade. */
  record Parsed(List<DisclosedTrade> trades, List<List<String>> rawRows) {
  }

  private HouseData() {
  }

  static Path file() {
    return SampleData.dataDir().resolve("congress").resolve("house_transactions_2020_2022.csv");
  }

  static Parsed read() {
    List<String> lines;
    try {
      lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<DisclosedTrade> trades = new ArrayList<>();
    List<List<String>> raw = new ArrayList<>();
    for (int r = 1; r < lines.size(); r++) {
      List<String> c = TestCsv.split(lines.get(r));
      LocalDate transaction;
      try {
        transaction = LocalDate.parse(c.get(2));
      } catch (DateTimeParseException e) {
        continue;
      }
      if (transaction.getYear() < 1990) {
        continue;
      }
      LocalDate disclosure = LocalDate.parse(c.get(1), US_DATE);
      trades.add(new DisclosedTrade("house-" + r, c.get(8), transaction, Optional.of(disclosure),
          Optional.of(c.get(4)).filter(t -> !t.isBlank()), type(c.get(6)), amount(c.get(7))));
      raw.add(c);
    }
    return new Parsed(trades, raw);
  }

  static TradeType type(String raw) {
    return switch (raw) {
      case "purchase" -> TradeType.PURCHASE;
      case "sale_partial" -> TradeType.SALE_PARTIAL;
      case "sale_full", "sale" -> TradeType.SALE_FULL;
      case "exchange" -> TradeType.EXCHANGE;
      default -> throw new IllegalArgumentException("unknown type " + raw);
    };
  }

  static Optional<AmountBand> amount(String raw) {
    String s = raw.replace("$", "").replace(",", "").strip();
    if (s.endsWith("+")) {
      return Optional.of(AmountBand.openEnded(Long.parseLong(s.replace("+", "").strip())));
    }
    String[] parts = s.split("-");
    if (parts.length != 2 || parts[1].isBlank()) {
      return Optional.empty();
    }
    return Optional.of(AmountBand.of(Long.parseLong(parts[0].strip()),
        Long.parseLong(parts[1].strip())));
  }

  static List<String> bundledTickers() {
    return List.of("AAPL", "BA", "BAC", "COST", "CVS", "CZR", "DIS", "FDX", "GM", "HD", "JPM",
        "MSFT", "NTAP", "PEP", "PG", "RUN", "T", "URBN", "VZ", "WMT");
  }

  /** The 20 bundled tickers (adjusted closes) and the S&amp;P 500 index. */
  static MarketPrices bundledPrices() {
    Map<String, PriceSeries> stocks = new TreeMap<>();
    for (String ticker : bundledTickers()) {
      stocks.put(ticker, SampleData.stock(ticker));
    }
    return new MarketPrices(stocks, SampleData.sp500());
  }
}
