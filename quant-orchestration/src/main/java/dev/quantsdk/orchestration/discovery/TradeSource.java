package dev.quantsdk.orchestration.discovery;

import dev.quantsdk.discovery.DisclosedTrade;
import java.util.List;
import java.util.Optional;

/**
 * Port: where the facade reads politicians and their trades (the host app's tables). Read-only;
 * implementations must be thread-safe.
 */
public interface TradeSource {

  /**
   * Every politician with at least one trade, in a stable order.
   *
   * @return the politicians
   */
  List<PoliticianRef> politicians();

  /**
   * Finds one politician by id, or else by a case-insensitive name match.
   *
   * @param idOrName the stored id, or a name (or unique part of one)
   * @return the politician, empty if none matches
   * @throws IllegalArgumentException if a name matches several politicians (the message lists
   *     them)
   */
  Optional<PoliticianRef> find(String idOrName);

  /**
   * All trades whose transaction date lies in the window, of every politician.
   *
   * @param window the window
   * @return the trades, in a stable order (politician, transaction date, trade id)
   */
  List<DisclosedTrade> trades(DiscoveryWindow window);

  /**
   * The trades of one politician whose transaction date lies in the window. The default filters
   * {@link #trades(DiscoveryWindow)}; implementations backed by a database should query only
   * that politician's rows.
   *
   * @param politicianId the politician's id
   * @param window the window
   * @return the politician's trades, in a stable order (transaction date, trade id)
   */
  default List<DisclosedTrade> tradesOf(String politicianId, DiscoveryWindow window) {
    return trades(window).stream().filter(t -> t.politicianId().equals(politicianId)).toList();
  }

  /**
   * The earliest and latest transaction dates stored, if any trade exists.
   *
   * @return the full data window, empty when there is no trade
   */
  Optional<DiscoveryWindow> dataWindow();
}
