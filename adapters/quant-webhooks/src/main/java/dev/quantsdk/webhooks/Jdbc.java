package dev.quantsdk.webhooks;

import dev.quantsdk.persistence.JdbcTransactions;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** The module's JDBC plumbing: transactions on the webhook tables, instants in and out. */
final class Jdbc {

  private Jdbc() {
  }

  /** Runs work in one transaction on the webhook tables (see {@link JdbcTransactions}). */
  static <T> T transaction(DataSource ds, JdbcTransactions.Work<T> work) {
    return JdbcTransactions.inTransaction(ds, "webhook tables", work);
  }

  static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }

  static Optional<Instant> instant(Timestamp ts) {
    return Optional.ofNullable(ts).map(Timestamp::toInstant);
  }
}
