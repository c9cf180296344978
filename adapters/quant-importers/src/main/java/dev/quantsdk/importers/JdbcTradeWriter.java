package dev.quantsdk.importers;

import dev.quantsdk.model.ArgChecker;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Writes batches of {@link NormalizedTrade}s to the {@code politicians} and {@code trades} tables
 * with plain JDBC, one transaction per batch; trades go in multi-row {@code INSERT ... VALUES}
 * statements of up to 100 rows (one round trip per 100 rows, and an exact inserted-row count).
 *
 * <p>Politicians are matched by Bioguide id when known, else by natural key, and inserted when new;
 * a name already stored for a member with another Bioguide id becomes a separate politician whose
 * natural key carries the id ({@code SENATE:john reed [R000122]}).
 * Trades whose natural key is already stored are skipped and counted as duplicates: the writer reads
 * the batch's existing keys in one query and inserts only the rest (on PostgreSQL also with
 * {@code ON CONFLICT (natural_key) DO NOTHING}, so a concurrent import of the same rows cannot fail
 * the batch). Ids are name-based UUIDs of the natural keys, so re-imports and reruns produce the
 * same ids.
 *
 * <p>Mutable (it caches politician ids) and not thread-safe; the caller owns the connection, which
 * is switched to manual commit. Methods throw {@link SQLException} after rolling the batch back.
 */
public final class JdbcTradeWriter {

  private static final String INSERT_TRADE = "INSERT INTO trades (id, politician_id,"
      + " transaction_date, disclosure_date, disclosure_lag_days, late_filing,"
      + " traded_after_disclosure, owner, ticker, asset_description, asset_type, trade_type,"
      + " amount_min_usd, amount_max_usd, amount_raw, amount_note, source, source_link, filing_id,"
      + " comment, natural_key) VALUES ";
  private static final int COLUMNS = 21;
  /** Rows per multi-row INSERT: 100 rows bind 2,100 parameters, far below PostgreSQL's 32,767. */
  private static final int ROWS_PER_STATEMENT = 100;

  private final Connection connection;
  private final boolean postgres;
  private final Map<String, UUID> politiciansByKey = new HashMap<>();
  private final Map<String, UUID> politiciansByBioguide = new HashMap<>();

  /**
   * Creates a writer on a connection and turns its auto-commit off.
   *
   * @param connection an open connection to a database migrated with the Quant schema
   * @throws SQLException if the connection cannot be configured
   */
  public JdbcTradeWriter(Connection connection) throws SQLException {
    this.connection = ArgChecker.notNull(connection, "connection");
    this.postgres = connection.getMetaData().getDatabaseProductName()
        .toLowerCase(Locale.ROOT).contains("postgres");
    connection.setAutoCommit(false);
  }

  /**
   * Writes one batch in one transaction and commits it.
   *
   * @param trades the trades, with distinct natural keys
   * @return how many were inserted; the others were already stored (duplicates)
   * @throws SQLException if the database fails; the batch is rolled back first
   */
  public int write(List<NormalizedTrade> trades) throws SQLException {
    try {
      int inserted = insert(trades);
      connection.commit();
      return inserted;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      // politicians inserted in this transaction are gone again
      politiciansByKey.clear();
      politiciansByBioguide.clear();
      throw e;
    }
  }

  /**
   * The id a trade with this natural key is stored under.
   *
   * @param naturalKey the trade's natural key
   * @return the name-based UUID of the key
   */
  public static UUID tradeId(String naturalKey) {
    return UUID.nameUUIDFromBytes(("trade:" + naturalKey).getBytes(StandardCharsets.UTF_8));
  }

  private int insert(List<NormalizedTrade> trades) throws SQLException {
    if (trades.isEmpty()) {
      return 0;
    }
    Set<String> existing = existingKeys(trades);
    List<NormalizedTrade> fresh = new ArrayList<>(trades.size() - existing.size());
    for (NormalizedTrade trade : trades) {
      if (!existing.contains(trade.naturalKey())) {
        fresh.add(trade);
      }
    }
    if (fresh.isEmpty()) {
      return 0;
    }
    int inserted = 0;
    PreparedStatement full = null;
    try {
      for (int from = 0; from < fresh.size(); from += ROWS_PER_STATEMENT) {
        List<NormalizedTrade> chunk =
            fresh.subList(from, Math.min(fresh.size(), from + ROWS_PER_STATEMENT));
        if (chunk.size() == ROWS_PER_STATEMENT) {
          if (full == null) {
            full = connection.prepareStatement(insertSql(ROWS_PER_STATEMENT));
          }
          inserted += insertChunk(full, chunk);
        } else {
          try (PreparedStatement last = connection.prepareStatement(insertSql(chunk.size()))) {
            inserted += insertChunk(last, chunk);
          }
        }
      }
    } finally {
      if (full != null) {
        full.close();
      }
    }
    return inserted;
  }

  private int insertChunk(PreparedStatement insert, List<NormalizedTrade> chunk) throws SQLException {
    for (int i = 0; i < chunk.size(); i++) {
      NormalizedTrade trade = chunk.get(i);
      bind(insert, i * COLUMNS, trade, politicianId(trade.politician()));
    }
    // a multi-row INSERT reports the rows it inserted (ON CONFLICT skips are not counted)
    return insert.executeUpdate();
  }

  private String insertSql(int rows) {
    StringBuilder sql = new StringBuilder(INSERT_TRADE.length() + rows * (COLUMNS * 3 + 4) + 40)
        .append(INSERT_TRADE);
    for (int r = 0; r < rows; r++) {
      sql.append(r == 0 ? "(" : ", (");
      for (int c = 0; c < COLUMNS; c++) {
        sql.append(c == 0 ? "?" : ", ?");
      }
      sql.append(')');
    }
    if (postgres) {
      sql.append(" ON CONFLICT (natural_key) DO NOTHING");
    }
    return sql.toString();
  }

  private Set<String> existingKeys(List<NormalizedTrade> trades) throws SQLException {
    String[] keys = new String[trades.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = trades.get(i).naturalKey();
    }
    Set<String> existing = new HashSet<>();
    Array array = connection.createArrayOf("VARCHAR", keys);
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT natural_key FROM trades WHERE natural_key = ANY(?)")) {
      select.setArray(1, array);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          existing.add(rs.getString(1));
        }
      }
    } finally {
      array.free();
    }
    return existing;
  }

  private static void bind(PreparedStatement ps, int offset, NormalizedTrade trade,
      UUID politicianId) throws SQLException {
    ps.setObject(offset + 1, tradeId(trade.naturalKey()));
    ps.setObject(offset + 2, politicianId);
    ps.setObject(offset + 3, trade.transactionDate());
    if (trade.disclosureDate().isPresent()) {
      ps.setObject(offset + 4, trade.disclosureDate().get());
      ps.setInt(offset + 5, trade.disclosureLagDays().orElseThrow());
    } else {
      ps.setNull(offset + 4, Types.DATE);
      ps.setNull(offset + 5, Types.INTEGER);
    }
    ps.setBoolean(offset + 6, trade.lateFiling());
    ps.setBoolean(offset + 7, trade.tradedAfterDisclosure());
    setText(ps, offset + 8, trade.owner());
    setText(ps, offset + 9, trade.ticker());
    setText(ps, offset + 10, trade.assetDescription());
    setText(ps, offset + 11, trade.assetType());
    ps.setString(offset + 12, trade.type().name());
    if (trade.amount().band().isPresent()) {
      ps.setLong(offset + 13, trade.amount().band().get().minUsd());
      if (trade.amount().band().get().maxUsd().isPresent()) {
        ps.setLong(offset + 14, trade.amount().band().get().maxUsd().getAsLong());
      } else {
        ps.setNull(offset + 14, Types.BIGINT);
      }
    } else {
      ps.setNull(offset + 13, Types.BIGINT);
      ps.setNull(offset + 14, Types.BIGINT);
    }
    setText(ps, offset + 15,
        trade.amount().raw().isEmpty() ? Optional.empty() : Optional.of(trade.amount().raw()));
    setText(ps, offset + 16, trade.amount().note());
    ps.setString(offset + 17, trade.source());
    setText(ps, offset + 18, trade.link());
    setText(ps, offset + 19, trade.filingId());
    setText(ps, offset + 20, trade.comment());
    ps.setString(offset + 21, trade.naturalKey());
  }

  private static void setText(PreparedStatement ps, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      ps.setString(index, value.get());
    } else {
      ps.setNull(index, Types.VARCHAR);
    }
  }

  private UUID politicianId(PoliticianIdentity politician) throws SQLException {
    Optional<String> bioguide = politician.bioguideId();
    String key = politician.naturalKey();
    UUID id = null;
    if (bioguide.isPresent()) {
      id = politiciansByBioguide.get(bioguide.get());
      if (id == null) {
        id = findOne("SELECT id FROM politicians WHERE bioguide_id = ?", bioguide.get());
      }
      if (id != null) {
        politiciansByBioguide.put(bioguide.get(), id);
        return id;
      }
    }
    id = politiciansByKey.get(key);
    if (id == null) {
      id = findOne("SELECT id FROM politicians WHERE natural_key = ?", key);
    }
    if (id != null && bioguide.isPresent()) {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE politicians SET bioguide_id = ? WHERE id = ? AND bioguide_id IS NULL")) {
        update.setString(1, bioguide.get());
        update.setObject(2, id);
        if (update.executeUpdate() == 0) {
          // the name belongs to another member with another Bioguide id: a separate politician
          id = null;
          key = key + " [" + bioguide.get() + "]";
        }
      }
    }
    if (id == null) {
      id = UUID.nameUUIDFromBytes(("politician:" + key).getBytes(StandardCharsets.UTF_8));
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO politicians"
          + " (id, full_name, chamber, state, district, bioguide_id, natural_key)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        insert.setObject(1, id);
        insert.setString(2, politician.fullName());
        insert.setString(3, politician.chamber().name());
        setText(insert, 4, politician.state());
        setText(insert, 5, politician.district());
        setText(insert, 6, bioguide);
        insert.setString(7, key);
        insert.executeUpdate();
      }
    }
    if (bioguide.isPresent()) {
      politiciansByBioguide.put(bioguide.get(), id);
    } else {
      politiciansByKey.put(key, id);
    }
    return id;
  }

  private UUID findOne(String sql, String value) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, value);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? rs.getObject(1, UUID.class) : null;
      }
    }
  }
}
