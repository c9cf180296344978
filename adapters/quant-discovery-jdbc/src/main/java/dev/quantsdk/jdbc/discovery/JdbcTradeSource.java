package dev.quantsdk.jdbc.discovery;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.model.AmountBand;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.TradeType;
import dev.quantsdk.orchestration.discovery.DiscoveryWindow;
import dev.quantsdk.orchestration.discovery.PoliticianRef;
import dev.quantsdk.orchestration.discovery.TradeSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * {@link TradeSource} on the host app's {@code politicians} and {@code trades} tables. Needs only
 * {@code SELECT} on them (the discovery role). Thread-safe.
 */
public final class JdbcTradeSource implements TradeSource {

  private final DataSource dataSource;

  /**
   * Creates the source.
   *
   * @param dataSource a data source on a migrated Quant SDK schema
   */
  public JdbcTradeSource(DataSource dataSource) {
    this.dataSource = ArgChecker.notNull(dataSource, "dataSource");
  }

  @Override
  public List<PoliticianRef> politicians() {
    return SqlSupport.inTransaction(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT p.id, p.full_name FROM politicians p WHERE EXISTS "
              + "(SELECT 1 FROM trades t WHERE t.politician_id = p.id) ORDER BY p.full_name, p.id");
          ResultSet rs = ps.executeQuery()) {
        List<PoliticianRef> out = new ArrayList<>();
        while (rs.next()) {
          out.add(new PoliticianRef(rs.getObject(1, UUID.class).toString(), rs.getString(2)));
        }
        return out;
      }
    });
  }

  @Override
  public Optional<PoliticianRef> find(String idOrName) {
    ArgChecker.notBlank(idOrName, "idOrName");
    String key = idOrName.trim();
    return SqlSupport.inTransaction(dataSource, c -> {
      Optional<UUID> id = parseUuid(key);
      if (id.isPresent()) {
        List<PoliticianRef> byId = query(c, "SELECT id, full_name FROM politicians WHERE id = ?",
            id.get());
        return byId.stream().findFirst();
      }
      List<PoliticianRef> exact = query(c,
          "SELECT id, full_name FROM politicians WHERE LOWER(full_name) = ? ORDER BY full_name, id",
          key.toLowerCase(Locale.ROOT));
      List<PoliticianRef> matches = exact.isEmpty()
          ? query(c, "SELECT id, full_name FROM politicians WHERE LOWER(full_name) LIKE ? "
              + "ESCAPE '!' ORDER BY full_name, id", "%" + likeLiteral(key.toLowerCase(Locale.ROOT))
              + "%")
          : exact;
      if (matches.size() > 1) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "'%s' matches %d politicians: %s; give more of the name or the id", key,
            matches.size(), matches.stream().limit(10)
                .map(p -> p.name() + " (" + p.id() + ")").collect(Collectors.joining(", "))));
      }
      return matches.stream().findFirst();
    });
  }

  @Override
  public List<DisclosedTrade> trades(DiscoveryWindow window) {
    ArgChecker.notNull(window, "window");
    return SqlSupport.inTransaction(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, politician_id, transaction_date, disclosure_date, ticker, trade_type, "
              + "amount_min_usd, amount_max_usd FROM trades "
              + "WHERE transaction_date >= ? AND transaction_date <= ? "
              + "ORDER BY politician_id, transaction_date, id")) {
        ps.setDate(1, Date.valueOf(window.from()));
        ps.setDate(2, Date.valueOf(window.to()));
        ps.setFetchSize(2_000);
        return read(ps);
      }
    });
  }

  @Override
  public List<DisclosedTrade> tradesOf(String politicianId, DiscoveryWindow window) {
    ArgChecker.notBlank(politicianId, "politicianId");
    ArgChecker.notNull(window, "window");
    UUID id = parseUuid(politicianId).orElseThrow(() -> new IllegalArgumentException(
        "politician id must be a UUID but was '" + politicianId + "'"));
    return SqlSupport.inTransaction(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, politician_id, transaction_date, disclosure_date, ticker, trade_type, "
              + "amount_min_usd, amount_max_usd FROM trades WHERE politician_id = ? "
              + "AND transaction_date >= ? AND transaction_date <= ? "
              + "ORDER BY transaction_date, id")) {
        ps.setObject(1, id);
        ps.setDate(2, Date.valueOf(window.from()));
        ps.setDate(3, Date.valueOf(window.to()));
        return read(ps);
      }
    });
  }

  @Override
  public Optional<DiscoveryWindow> dataWindow() {
    return SqlSupport.inTransaction(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT MIN(transaction_date), MAX(transaction_date) FROM trades");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        Date min = rs.getDate(1);
        Date max = rs.getDate(2);
        return min == null ? Optional.<DiscoveryWindow>empty()
            : Optional.of(DiscoveryWindow.of(min.toLocalDate(), max.toLocalDate()));
      }
    });
  }

  private static List<DisclosedTrade> read(PreparedStatement ps) throws SQLException {
    List<DisclosedTrade> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(toTrade(rs));
      }
    }
    return out;
  }

  private static DisclosedTrade toTrade(ResultSet rs) throws SQLException {
    String id = rs.getObject(1, UUID.class).toString();
    String politician = rs.getObject(2, UUID.class).toString();
    LocalDate tx = rs.getDate(3).toLocalDate();
    Date disclosed = rs.getDate(4);
    String ticker = rs.getString(5);
    TradeType type = TradeType.valueOf(rs.getString(6));
    long min = rs.getLong(7);
    boolean hasMin = !rs.wasNull();
    long max = rs.getLong(8);
    boolean hasMax = !rs.wasNull();
    Optional<AmountBand> amount = hasMin
        ? Optional.of(new AmountBand(min, hasMax ? OptionalLong.of(max) : OptionalLong.empty()))
        : Optional.empty();
    return new DisclosedTrade(id, politician, tx,
        Optional.ofNullable(disclosed).map(Date::toLocalDate),
        Optional.ofNullable(ticker).filter(t -> !t.isBlank()), type, amount);
  }

  private static List<PoliticianRef> query(Connection c, String sql, Object arg)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        List<PoliticianRef> out = new ArrayList<>();
        while (rs.next()) {
          out.add(new PoliticianRef(rs.getObject(1, UUID.class).toString(), rs.getString(2)));
        }
        return out;
      }
    }
  }

  /** Escapes LIKE wildcards so a typed name matches literally ('!' is the escape character). */
  static String likeLiteral(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private static Optional<UUID> parseUuid(String s) {
    try {
      return Optional.of(UUID.fromString(s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
