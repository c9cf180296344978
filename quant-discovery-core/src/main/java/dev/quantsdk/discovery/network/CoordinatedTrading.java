package dev.quantsdk.discovery.network;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.TradeType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Coordinated-trading pairs: two members who traded the same ticker in the same week (Monday to
 * Sunday of the transaction dates, any transaction type), counted over distinct (ticker, week)
 * coincidences in a window.
 *
 * <p>A descriptive count, not a test: popular tickers make such coincidences common; read it next
 * to the SDSM backbone. Stateless and thread-safe.
 */
public final class CoordinatedTrading {

  private CoordinatedTrading() {
  }

  /**
   * One pair of members and how often they traded the same ticker in the same week.
   *
   * @param a the first member id (the smaller in sort order)
   * @param b the second member id
   * @param sharedTickerWeeks the number of distinct (ticker, week) both traded in, &gt; 0
   * @param sameDirectionTickerWeeks how many of those had a trade in the same direction by both
   *     (both bought, both sold (fully or partially), or both exchanged), in
   *     {@code [0, sharedTickerWeeks]}
   */
  public record Pair(String a, String b, int sharedTickerWeeks, int sameDirectionTickerWeeks) {

    /**
     * Validates the pair.
     *
     * @throws IllegalArgumentException if the ids are blank, equal or out of order, or the counts
     *     are inconsistent
     */
    public Pair {
      ArgChecker.notBlank(a, "a");
      ArgChecker.notBlank(b, "b");
      ArgChecker.isTrue(a.compareTo(b) < 0, "pair ids must be distinct and sorted but were %s, %s", a, b);
      ArgChecker.positive(sharedTickerWeeks, "sharedTickerWeeks");
      ArgChecker.inRangeInclusive(sameDirectionTickerWeeks, 0, sharedTickerWeeks, "sameDirectionTickerWeeks");
    }
  }

  /**
   * Finds the pairs in a window.
   *
   * @param trades the trades; those without a ticker or outside the window are ignored
   * @param fromInclusive the first transaction date
   * @param toInclusive the last transaction date
   * @param minSharedTickerWeeks the least count a pair needs to be listed, &gt; 0
   * @return the pairs, by decreasing count, then ids
   * @throws IllegalArgumentException if the window ends before it starts or the minimum is not
   *     positive
   */
  public static List<Pair> pairs(Collection<DisclosedTrade> trades, LocalDate fromInclusive, LocalDate toInclusive,
      int minSharedTickerWeeks) {
    ArgChecker.notNull(trades, "trades");
    BipartiteTradeGraph.checkWindow(fromInclusive, toInclusive);
    ArgChecker.positive(minSharedTickerWeeks, "minSharedTickerWeeks");
    // (ticker, week) -> member -> bit set of directions
    Map<String, Map<String, Integer>> slots = new HashMap<>();
    for (DisclosedTrade t : trades) {
      if (t.ticker().isEmpty() || !BipartiteTradeGraph.inWindow(t.transactionDate(), fromInclusive, toInclusive)) {
        continue;
      }
      LocalDate monday = t.transactionDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      slots.computeIfAbsent(t.ticker().get() + '\u0000' + monday, k -> new HashMap<>())
          .merge(t.politicianId(), directionBit(t.type()), (x, y) -> x | y);
    }
    Map<String, int[]> counts = new HashMap<>();
    for (Map<String, Integer> members : slots.values()) {
      List<String> ids = new ArrayList<>(new TreeSet<>(members.keySet()));
      for (int i = 0; i < ids.size(); i++) {
        int typesI = members.get(ids.get(i));
        for (int j = i + 1; j < ids.size(); j++) {
          int[] c = counts.computeIfAbsent(ids.get(i) + '\u0000' + ids.get(j), k -> new int[2]);
          c[0]++;
          if ((typesI & members.get(ids.get(j))) != 0) {
            c[1]++;
          }
        }
      }
    }
    List<Pair> out = new ArrayList<>();
    counts.forEach((key, c) -> {
      if (c[0] >= minSharedTickerWeeks) {
        int cut = key.indexOf('\u0000');
        out.add(new Pair(key.substring(0, cut), key.substring(cut + 1), c[0], c[1]));
      }
    });
    out.sort(Comparator.comparingInt(Pair::sharedTickerWeeks).reversed().thenComparing(Pair::a)
        .thenComparing(Pair::b));
    return List.copyOf(out);
  }

  private static int directionBit(TradeType type) {
    return switch (type) {
      case PURCHASE -> 1;
      case SALE_FULL, SALE_PARTIAL -> 2;
      case EXCHANGE -> 4;
    };
  }
}
