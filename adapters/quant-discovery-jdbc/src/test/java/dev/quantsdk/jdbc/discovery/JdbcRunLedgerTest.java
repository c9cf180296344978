package dev.quantsdk.jdbc.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.orchestration.discovery.DiscoveryReport;
import dev.quantsdk.orchestration.discovery.DiscoveryWindow;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.testing.TestDatabases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbcRunLedgerTest {

  private static final Instant T0 = Instant.parse("2026-11-22T02:00:00Z");
  private static QuantDatabase db;

  @BeforeAll
  static void open() {
    db = QuantDatabase.open(TestDatabases.postgres());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }

  @Test
  void startRun_recordsOnce_andReportsTheState() {
    JdbcRunLedger ledger = new JdbcRunLedger(db.dataSource());
    String run = id();
    assertThat(ledger.startRun(run, "discovery.nightly", T0)).isEqualTo(JdbcRunLedger.RunState.NEW);
    assertThat(ledger.startRun(run, "discovery.nightly", T0.plusSeconds(5)))
        .isEqualTo(JdbcRunLedger.RunState.RUNNING);
    assertThat(ledger.startedAt(run)).contains(T0);
    ledger.finishRun(new DiscoveryReport(run, "discovery.nightly",
        DiscoveryWindow.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)), T0,
        T0.plusSeconds(3), 0, 0, List.of(), 0, 0, 0, Optional.empty(), 0));
    assertThat(ledger.startRun(run, "discovery.nightly", T0))
        .isEqualTo(JdbcRunLedger.RunState.FINISHED);
    assertThat(ledger.startedAt(id())).isEmpty();
  }

  @Test
  void recordMember_countsEachPoliticianOnce_andMovesCountersWhenTheOutcomeChanges() {
    JdbcRunLedger ledger = new JdbcRunLedger(db.dataSource());
    String run = id();
    ledger.startRun(run, "discovery.nightly", T0);
    String a = id();
    String b = id();
    assertThat(ledger.recordMember(run, a, T0, T0.plusMillis(5),
        Optional.of("Ann: cycle detection: bad"))).isEqualTo(1);
    // a redelivered task records the same politician again: still one
    assertThat(ledger.recordMember(run, a, T0, T0.plusMillis(5),
        Optional.of("Ann: cycle detection: bad"))).isEqualTo(1);
    assertThat(ledger.memberOutcomes(List.of(a)).get(a))
        .isEqualTo(new JdbcRunLedger.MemberOutcome("FAILED",
            Optional.of("Ann: cycle detection: bad")));
    // a later success replaces the failure
    assertThat(ledger.recordMember(run, a, T0, T0.plusMillis(9), Optional.empty())).isEqualTo(1);
    assertThat(ledger.recordMember(run, b, T0, T0.plusMillis(7), Optional.empty())).isEqualTo(2);
    assertThat(ledger.memberOutcomes(List.of(a, b, id())).values())
        .extracting(JdbcRunLedger.MemberOutcome::succeeded).containsExactly(true, true);
    ledger.failRun(run, T0.plusSeconds(1), "finalising failed after 5 retries: down");
    assertThat(ledger.startRun(run, "discovery.nightly", T0))
        .isEqualTo(JdbcRunLedger.RunState.FINISHED);
  }

  @Test
  void recordMember_refusesAnUnknownRun() {
    JdbcRunLedger ledger = new JdbcRunLedger(db.dataSource());
    assertThatThrownBy(() -> ledger.recordMember(id(), id(), T0, T0, Optional.empty()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not recorded");
  }

  @Test
  void anomalyCountsAndCandidates_ofARunWithoutResults_areEmpty() {
    JdbcRunLedger ledger = new JdbcRunLedger(db.dataSource());
    String run = id();
    ledger.startRun(run, "discovery.nightly", T0);
    assertThat(ledger.anomalyCounts(run, 0.8)).containsExactly(0, 0);
    assertThat(ledger.candidates(run)).isEmpty();
  }
}
