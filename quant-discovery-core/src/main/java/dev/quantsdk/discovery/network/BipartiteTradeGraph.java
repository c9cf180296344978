package dev.quantsdk.discovery.network;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The binary bipartite graph "member traded ticker" over a window: member {@code i} is linked to
 * ticker {@code k} when the member made at least one trade in that ticker in the window (repeat
 * trades and trade types do not add weight).
 *
 * <p>Members (rows) and tickers (columns) are indexed {@code 0..n-1} in sorted id order. The
 * representation is columnar (compressed sparse rows and columns of {@code int[]}), hidden
 * behind this final class so the projections can run tight loops over it. Immutable and
 * thread-safe.
 */
public final class BipartiteTradeGraph {

  /** The largest member count the projections accept (a dense n x n table of counts). */
  public static final int MAX_PROJECTED_MEMBERS = 20_000;

  private final String[] politicians;
  private final String[] tickers;
  /** CSR by member: tickers of member i are rowTickers[rowStart[i] .. rowStart[i+1]), sorted. */
  private final int[] rowStart;
  private final int[] rowTickers;
  /** CSC by ticker: members of ticker k are colMembers[colStart[k] .. colStart[k+1]), sorted. */
  private final int[] colStart;
  private final int[] colMembers;

  private BipartiteTradeGraph(String[] politicians, String[] tickers, int[][] tickersPerPolitician) {
    this.politicians = politicians;
    this.tickers = tickers;
    int n = politicians.length;
    int m = tickers.length;
    rowStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      rowStart[i + 1] = rowStart[i] + tickersPerPolitician[i].length;
    }
    rowTickers = new int[rowStart[n]];
    int[] colCount = new int[m];
    for (int i = 0; i < n; i++) {
      System.arraycopy(tickersPerPolitician[i], 0, rowTickers, rowStart[i], tickersPerPolitician[i].length);
      for (int k : tickersPerPolitician[i]) {
        colCount[k]++;
      }
    }
    colStart = new int[m + 1];
    for (int k = 0; k < m; k++) {
      colStart[k + 1] = colStart[k] + colCount[k];
    }
    colMembers = new int[colStart[m]];
    int[] fill = Arrays.copyOf(colStart, m);
    for (int i = 0; i < n; i++) {
      for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
        colMembers[fill[rowTickers[p]]++] = i;
      }
    }
  }

  /**
   * Builds the graph from disclosed trades in a window. Trades without a ticker or dated outside
   * the window are ignored; members with no ticker trade in the window do not appear.
   *
   * @param trades the trades, in any order
   * @param fromInclusive the first transaction date of the window
   * @param toInclusive the last transaction date of the window
   * @return the graph (possibly with no members)
   * @throws IllegalArgumentException if the window ends before it starts
   */
  public static BipartiteTradeGraph fromTrades(
      Collection<DisclosedTrade> trades, LocalDate fromInclusive, LocalDate toInclusive) {
    ArgChecker.notNull(trades, "trades");
    checkWindow(fromInclusive, toInclusive);
    Map<String, TreeSet<String>> byMember = new TreeMap<>();
    for (DisclosedTrade trade : trades) {
      if (trade.ticker().isPresent() && inWindow(trade.transactionDate(), fromInclusive, toInclusive)) {
        byMember.computeIfAbsent(trade.politicianId(), p -> new TreeSet<>()).add(trade.ticker().get());
      }
    }
    return of(byMember);
  }

  /**
   * Builds the graph from each member's set of tickers.
   *
   * @param tickersByPolitician the tickers each member traded; members with an empty set are kept
   *     as isolated rows
   * @return the graph
   * @throws IllegalArgumentException if an id is blank
   */
  public static BipartiteTradeGraph of(Map<String, ? extends Collection<String>> tickersByPolitician) {
    ArgChecker.notNull(tickersByPolitician, "tickersByPolitician");
    TreeSet<String> tickerSet = new TreeSet<>();
    for (Map.Entry<String, ? extends Collection<String>> e : tickersByPolitician.entrySet()) {
      ArgChecker.notBlank(e.getKey(), "politician id");
      for (String t : e.getValue()) {
        tickerSet.add(ArgChecker.notBlank(t, "ticker of " + e.getKey()));
      }
    }
    String[] tickers = tickerSet.toArray(new String[0]);
    String[] politicians = new TreeSet<>(tickersByPolitician.keySet()).toArray(new String[0]);
    int[][] rows = new int[politicians.length][];
    for (int i = 0; i < politicians.length; i++) {
      rows[i] = tickersByPolitician.get(politicians[i]).stream()
          .mapToInt(t -> Arrays.binarySearch(tickers, t)).distinct().sorted().toArray();
    }
    return new BipartiteTradeGraph(politicians, tickers, rows);
  }

  /**
   * Builds the graph from index lists, the form simulations use.
   *
   * @param politicianCount the number of members (rows), named {@code "m0", "m1", ...}
   * @param tickerCount the number of tickers (columns), named {@code "t0", "t1", ...}
   * @param tickersPerPolitician for each member, the ticker indices it traded (duplicates are
   *     dropped); not modified
   * @return the graph
   * @throws IllegalArgumentException if the lengths disagree or an index is out of range
   */
  public static BipartiteTradeGraph ofIndices(int politicianCount, int tickerCount, int[][] tickersPerPolitician) {
    ArgChecker.notNegative(politicianCount, "politicianCount");
    ArgChecker.notNegative(tickerCount, "tickerCount");
    ArgChecker.isTrue(tickersPerPolitician.length == politicianCount,
        "tickersPerPolitician has %d rows but politicianCount is %d", tickersPerPolitician.length, politicianCount);
    int[][] rows = new int[politicianCount][];
    for (int i = 0; i < politicianCount; i++) {
      for (int k : tickersPerPolitician[i]) {
        ArgChecker.isTrue(k >= 0 && k < tickerCount,
            "tickersPerPolitician[%d] holds ticker index %d outside [0, %d)", i, k, tickerCount);
      }
      rows[i] = Arrays.stream(tickersPerPolitician[i]).distinct().sorted().toArray();
    }
    // zero-padded names keep the sorted-id order equal to the index order
    int pw = Integer.toString(Math.max(politicianCount - 1, 0)).length();
    int tw = Integer.toString(Math.max(tickerCount - 1, 0)).length();
    String[] politicians = new String[politicianCount];
    for (int i = 0; i < politicianCount; i++) {
      politicians[i] = "m" + pad(i, pw);
    }
    String[] tickers = new String[tickerCount];
    for (int k = 0; k < tickerCount; k++) {
      tickers[k] = "t" + pad(k, tw);
    }
    return new BipartiteTradeGraph(politicians, tickers, rows);
  }

  private static String pad(int value, int width) {
    StringBuilder sb = new StringBuilder(Integer.toString(value));
    while (sb.length() < width) {
      sb.insert(0, '0');
    }
    return sb.toString();
  }

  static void checkWindow(LocalDate fromInclusive, LocalDate toInclusive) {
    ArgChecker.notNull(fromInclusive, "fromInclusive");
    ArgChecker.notNull(toInclusive, "toInclusive");
    ArgChecker.isTrue(!toInclusive.isBefore(fromInclusive),
        "window ends (%s) before it starts (%s)", toInclusive, fromInclusive);
  }

  static boolean inWindow(LocalDate date, LocalDate fromInclusive, LocalDate toInclusive) {
    return !date.isBefore(fromInclusive) && !date.isAfter(toInclusive);
  }

  /**
   * The number of members (rows).
   *
   * @return the count
   */
  public int politicianCount() {
    return politicians.length;
  }

  /**
   * The number of distinct tickers (columns).
   *
   * @return the count
   */
  public int tickerCount() {
    return tickers.length;
  }

  /**
   * The number of member–ticker links.
   *
   * @return the count
   */
  public int linkCount() {
    return rowTickers.length;
  }

  /**
   * The member ids in index order (sorted).
   *
   * @return an unmodifiable list
   */
  public List<String> politicians() {
    return Collections.unmodifiableList(Arrays.asList(politicians));
  }

  /**
   * The tickers in index order (sorted).
   *
   * @return an unmodifiable list
   */
  public List<String> tickers() {
    return Collections.unmodifiableList(Arrays.asList(tickers));
  }

  /**
   * The member id at an index.
   *
   * @param index the row index
   * @return the id
   * @throws IndexOutOfBoundsException if out of range
   */
  public String politician(int index) {
    return politicians[index];
  }

  /**
   * The number of distinct tickers each member traded.
   *
   * @return a fresh array, one entry per member
   */
  public int[] politicianDegrees() {
    int[] d = new int[politicians.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = rowStart[i + 1] - rowStart[i];
    }
    return d;
  }

  /**
   * The number of distinct members who traded each ticker.
   *
   * @return a fresh array, one entry per ticker
   */
  public int[] tickerDegrees() {
    int[] d = new int[tickers.length];
    for (int k = 0; k < d.length; k++) {
      d[k] = colStart[k + 1] - colStart[k];
    }
    return d;
  }

  /**
   * The tickers a member traded.
   *
   * @param index the row index
   * @return a fresh sorted array of ticker indices
   * @throws IndexOutOfBoundsException if out of range
   */
  public int[] tickersOf(int index) {
    return Arrays.copyOfRange(rowTickers, rowStart[index], rowStart[index + 1]);
  }

  /**
   * Counts, for every pair of members with at least one ticker in common, the tickers they share.
   * Works column by column, so the cost is the sum over tickers of (traders choose 2).
   *
   * @return the counts of the upper triangle, {@code counts[i * n + j]} for {@code i < j}
   */
  int[] coOccurrenceCounts() {
    int n = politicians.length;
    ArgChecker.isTrue(n <= MAX_PROJECTED_MEMBERS,
        "the projection holds a dense n x n count table; %d members exceed the limit %d", n, MAX_PROJECTED_MEMBERS);
    int[] counts = new int[n * n];
    for (int k = 0; k < tickers.length; k++) {
      for (int a = colStart[k]; a < colStart[k + 1]; a++) {
        int base = colMembers[a] * n;
        for (int b = a + 1; b < colStart[k + 1]; b++) {
          counts[base + colMembers[b]]++;
        }
      }
    }
    return counts;
  }

  /**
   * The pairs {@code i < j} that share at least one ticker, with their counts.
   *
   * @return three parallel columns: first members, second members, counts
   */
  int[][] sharedPairs() {
    int n = politicians.length;
    int[] counts = coOccurrenceCounts();
    int size = 0;
    for (int c : counts) {
      if (c > 0) {
        size++;
      }
    }
    int[] a = new int[size];
    int[] b = new int[size];
    int[] w = new int[size];
    int p = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int c = counts[i * n + j];
        if (c > 0) {
          a[p] = i;
          b[p] = j;
          w[p++] = c;
        }
      }
    }
    return new int[][] {a, b, w};
  }

  @Override
  public String toString() {
    return "BipartiteTradeGraph[politicians=" + politicians.length + ", tickers=" + tickers.length
        + ", links=" + rowTickers.length + "]";
  }
}
