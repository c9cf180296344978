package dev.quantsdk.model.futures;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.discovery.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One backtest of a strategy over a period: table {@code backtest_runs}. Parameters and metrics
 * are JSON objects (for example {@code {"fast": 20, "slow": 50}} and
 * {@code {"sharpe": 0.61, "max_drawdown": 0.18}}). Mutable and not thread-safe (a JPA entity);
 * equality is by id.
 */
@Entity
@Table(name = "backtest_runs")
public class BacktestRun {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "strategy", nullable = false, length = 100)
  private String strategy;

  @Column(name = "root_symbol", nullable = false, length = 10)
  private String rootSymbol;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "parameters", nullable = false)
  private String parameters;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "metrics", nullable = false)
  private String metrics;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** For JPA only. */
  protected BacktestRun() {
  }

  /**
   * Records a backtest with a random id.
   *
   * @param strategy the strategy name, at most 100 characters
   * @param rootSymbol the traded root such as "ES", at most 10 characters
   * @param periodStart the first day tested
   * @param periodEnd the last day tested, not before the first
   * @param parametersJson the strategy parameters, a JSON object
   * @param metricsJson the resulting metrics, a JSON object
   * @param createdAt when the backtest ran
   * @throws IllegalArgumentException if the period is reversed or a JSON text is not an object
   */
  public BacktestRun(String strategy, String rootSymbol, LocalDate periodStart, LocalDate periodEnd,
      String parametersJson, String metricsJson, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.strategy = Columns.text(strategy, 100, "strategy");
    this.rootSymbol = Columns.text(rootSymbol, 10, "rootSymbol");
    Columns.window(periodStart, periodEnd, "period");
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.parameters = Columns.jsonObject(parametersJson, "parametersJson");
    this.metrics = Columns.jsonObject(metricsJson, "metricsJson");
    this.createdAt = ArgChecker.notNull(createdAt, "createdAt");
  }

  /** @return the id */
  public UUID getId() {
    return id;
  }

  /** @return the strategy name */
  public String getStrategy() {
    return strategy;
  }

  /** @return the traded root */
  public String getRootSymbol() {
    return rootSymbol;
  }

  /** @return the first day tested */
  public LocalDate getPeriodStart() {
    return periodStart;
  }

  /** @return the last day tested */
  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  /** @return the strategy parameters, a JSON object */
  public String getParametersJson() {
    return parameters;
  }

  /** @return the metrics, a JSON object */
  public String getMetricsJson() {
    return metrics;
  }

  /** @return when the backtest ran */
  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof BacktestRun that && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "BacktestRun[" + id + ", " + strategy + " on " + rootSymbol + "]";
  }
}
