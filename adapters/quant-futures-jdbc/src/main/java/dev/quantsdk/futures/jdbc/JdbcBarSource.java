package dev.quantsdk.futures.jdbc;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.futures.bar.ValidatedBars;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.instrument.ContractMonth;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.instrument.FuturesProduct;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.futures.BarSource;
import dev.quantsdk.orchestration.futures.InstrumentBars;
import dev.quantsdk.persistence.JdbcTransactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link BarSource} over the daily bars stored in {@code futures_bars} (by
 * {@link JdbcFuturesBars} or {@code quant bars import}), so the futures facade can analyse stored
 * contracts. Each instrument is either
 *
 * <ul>
 *   <li>a <b>nearby series</b> of a product, e.g. {@code ES1} = nearby 1 of ES: for every stored
 *       bar date, the bar of the product's n-th listed contract not expired on that date (see
 *       {@link #nearbyContract}), the rule {@code quant bars import} stores an ESn file by. Stored
 *       from the CHRIS ES1 and ES2 files, this gives back each file's series. Dates on which that
 *       contract has no stored bar are left out (no other contract stands in for it); or
 *   <li>one <b>contract</b>, e.g. {@code ESZ2019}: all its stored bars.
 * </ul>
 *
 * <p>Bars are read in date order and validated with the source's {@link ValidationPolicy}
 * (default {@link ValidationPolicy#REPAIR}, as {@code FileBarSource}); the instrument's
 * multiplier is its product's. Only daily bars (stored at 00:00 UTC) are read: an intraday bar
 * makes {@link #load} throw. Each {@link #load} queries afresh. Immutable and thread-safe; build
 * with {@link #builder(DataSource)}.
 */
public final class JdbcBarSource implements BarSource {

  private static final String SELECT = "SELECT b.bar_time, c.expiry, b.open_price, b.high_price, "
      + "b.low_price, b.close_price, b.settle_price, b.volume, b.open_interest FROM futures_bars b "
      + "JOIN futures_contracts c ON c.id = b.contract_id WHERE c.root_symbol = ? "
      + "AND c.exchange = ?";

  /** One configured instrument: a nearby series (contract empty) or one contract. */
  private record Entry(FuturesProduct product, int nearby, Optional<ContractSpec> contract) {
  }

  private final DataSource dataSource;
  private final Map<String, Entry> entries;
  private final ValidationPolicy policy;

  private JdbcBarSource(DataSource dataSource, Map<String, Entry> entries,
      ValidationPolicy policy) {
    this.dataSource = dataSource;
    this.entries = entries;
    this.policy = policy;
  }

  /**
   * A builder.
   *
   * @param dataSource the database (V3 or later; the role needs SELECT on
   *     {@code futures_contracts} and {@code futures_bars})
   * @return an empty builder with policy {@link ValidationPolicy#REPAIR}
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(ArgChecker.notNull(dataSource, "dataSource"));
  }

  @Override
  public List<String> instruments() {
    return List.copyOf(entries.keySet());
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the instrument is unknown, has no stored bars, a stored
   *     bar is intraday, or its bars are invalid under the policy
   * @throws IllegalStateException if the database fails
   */
  @Override
  public InstrumentBars load(String instrument) {
    ArgChecker.notNull(instrument, "instrument");
    Entry e = entries.get(instrument);
    if (e == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "unknown instrument '%s': this source has %s", instrument, entries.keySet()));
    }
    BarSeries.Builder bars = BarSeries.builder(TimeBase.EPOCH_DAY);
    JdbcTransactions.inTransaction(dataSource, "futures bars", c -> {
      String sql = SELECT + (e.contract.isPresent() ? " AND c.expiry = ?" : "")
          + " ORDER BY b.bar_time";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, e.product.root());
        ps.setString(2, e.product.exchange());
        if (e.contract.isPresent()) {
          ps.setObject(3, e.contract.get().lastTradingDay());
        }
        try (ResultSet rs = ps.executeQuery()) {
          read(instrument, e, rs, bars);
        }
      }
      return null;
    });
    ArgChecker.isTrue(bars.size() > 0, "%s: no stored bars of %s in futures_bars", instrument,
        e.contract.map(ContractSpec::symbol).orElse(e.product.root() + " nearby " + e.nearby));
    ValidatedBars validated = bars.build(policy);
    return InstrumentBars.ofFutures(instrument, e.product, validated);
  }

  /**
   * The n-th listed contract of a product not expired on a date: the first listed month from the
   * date's month whose last trading day is on or after the date, then n − 1 listed months later.
   *
   * @param product the product
   * @param date the date
   * @param nearby 1 for the front contract, 2 for the next, ...
   * @return the contract
   * @throws IllegalArgumentException if nearby &lt; 1
   */
  public static ContractSpec nearbyContract(FuturesProduct product, LocalDate date, int nearby) {
    ArgChecker.notNull(product, "product");
    ArgChecker.notNull(date, "date");
    ArgChecker.positive(nearby, "nearby");
    ContractMonth month = ContractMonth.of(date.getYear(), date.getMonthValue());
    while (!product.isListed(month)) {
      month = month.plusMonths(1);
    }
    if (product.contract(month).lastTradingDay().isBefore(date)) {
      month = product.nextListed(month);
    }
    for (int i = 1; i < nearby; i++) {
      month = product.nextListed(month);
    }
    return product.contract(month);
  }

  /** Adds, per date, the n-th listed contract's bar (or every bar of the one contract). */
  private static void read(String instrument, Entry e, ResultSet rs, BarSeries.Builder bars)
      throws SQLException {
    LocalDate date = null;
    LocalDate wanted = null;
    while (rs.next()) {
      OffsetDateTime time = rs.getObject(1, OffsetDateTime.class).withOffsetSameInstant(
          ZoneOffset.UTC);
      if (!time.toLocalTime().equals(LocalTime.MIDNIGHT)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: stored bar at %s is intraday; this source reads daily bars (00:00 UTC)",
            instrument, time));
      }
      LocalDate day = time.toLocalDate();
      LocalDate expiry = rs.getObject(2, LocalDate.class);
      if (e.contract.isEmpty() && !day.equals(date)) {
        date = day;
        wanted = nearbyContract(e.product, day, e.nearby).lastTradingDay();
      }
      if (e.contract.isPresent() || expiry.equals(wanted)) {
        bars.add(day, rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6),
            nullable(rs, 7), rs.getLong(8), nullable(rs, 9));
      }
    }
  }

  private static double nullable(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : v;
  }

  /** Builds a {@link JdbcBarSource}. Not thread-safe. */
  public static final class Builder {

    private final DataSource dataSource;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private ValidationPolicy policy = ValidationPolicy.REPAIR;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Adds a nearby series of a product.
     *
     * @param id the instrument id, e.g. {@code ES1}
     * @param product the product (its root and exchange select the stored contracts)
     * @param nearby 1 for the front contract, 2 for the next, ...
     * @return this builder
     * @throws IllegalArgumentException if the id is blank or already added, or nearby &lt; 1
     */
    public Builder nearby(String id, FuturesProduct product, int nearby) {
      ArgChecker.positive(nearby, "nearby");
      return add(id, new Entry(ArgChecker.notNull(product, "product"), nearby, Optional.empty()));
    }

    /**
     * Adds one contract.
     *
     * @param id the instrument id, e.g. {@code ESZ2019}
     * @param product the contract's product (multiplier, tick)
     * @param contract the contract (root, exchange and expiry select its stored bars)
     * @return this builder
     * @throws IllegalArgumentException if the id is blank or already added, or the contract is
     *     not of the product
     */
    public Builder contract(String id, FuturesProduct product, ContractSpec contract) {
      ArgChecker.notNull(product, "product");
      ArgChecker.notNull(contract, "contract");
      ArgChecker.isTrue(contract.root().equals(product.root())
          && contract.exchange().equals(product.exchange()),
          "contract %s is not of product %s (%s)", contract.symbol(), product.root(),
          product.exchange());
      return add(id, new Entry(product, 1, Optional.of(contract)));
    }

    /**
     * Sets the validation policy.
     *
     * @param newPolicy the policy
     * @return this builder
     */
    public Builder policy(ValidationPolicy newPolicy) {
      this.policy = ArgChecker.notNull(newPolicy, "policy");
      return this;
    }

    private Builder add(String id, Entry entry) {
      ArgChecker.notBlank(id, "id");
      ArgChecker.isTrue(!entries.containsKey(id), "instrument '%s' is added twice", id);
      entries.put(id, entry);
      return this;
    }

    /**
     * Builds the source.
     *
     * @return the source
     */
    public JdbcBarSource build() {
      return new JdbcBarSource(dataSource, new LinkedHashMap<>(entries), policy);
    }
  }
}
