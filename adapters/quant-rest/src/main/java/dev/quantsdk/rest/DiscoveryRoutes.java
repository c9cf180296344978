package dev.quantsdk.rest;

import static dev.quantsdk.rest.RouteSupport.CURSOR;
import static dev.quantsdk.rest.RouteSupport.LIST_LIMIT;
import static dev.quantsdk.rest.RouteSupport.cursor;
import static dev.quantsdk.rest.RouteSupport.next;
import static dev.quantsdk.rest.RouteSupport.reply;
import static dev.quantsdk.rest.RouteSupport.shortText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.discovery.cycle.ActivitySeries;
import dev.quantsdk.discovery.cycle.Periodogram;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.rest.Route.Reply;
import dev.quantsdk.rest.dto.ActivityPointDto;
import dev.quantsdk.rest.dto.AnomalyDto;
import dev.quantsdk.rest.dto.AnomalyPage;
import dev.quantsdk.rest.dto.DiscoveryDto;
import dev.quantsdk.rest.dto.DiscoveryPage;
import dev.quantsdk.rest.dto.InvestigateRequest;
import dev.quantsdk.rest.dto.InvestigationDto;
import dev.quantsdk.rest.dto.JobRunDto;
import dev.quantsdk.rest.dto.JobsPage;
import dev.quantsdk.rest.dto.NetworkDto;
import dev.quantsdk.rest.dto.PeriodogramPointDto;
import dev.quantsdk.rest.dto.PoliticianActivityDto;
import dev.quantsdk.rest.dto.PoliticianDiscoveriesPage;
import dev.quantsdk.rest.dto.PoliticianDto;
import dev.quantsdk.rest.dto.PoliticianPage;
import dev.quantsdk.rest.dto.PoliticianSummaryDto;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The discovery routes: recent discoveries, critical anomalies and their investigation, one
 * politician's discoveries and activity, the politicians list, the latest co-trading network and
 * the job runs. Reads through {@link ApiQueries} and {@link DashboardQueries}; the activity
 * series and periodogram come from the discovery engines. Immutable and thread-safe.
 */
final class DiscoveryRoutes {

  /** The day basis of activity series, as the discovery scans use by default. */
  static final ActivitySeries.DayBasis DAY_BASIS = ActivitySeries.DayBasis.BUSINESS;

  private static final Parameter RECENT_LIMIT = Parameter.integer("limit", 1, QuantApi.MAX_LIMIT,
      10, "Maximum number of discoveries on the page.");
  private static final Parameter SEVERITY = Parameter.number("severity_threshold", 0.0, 1.0, 0.8,
      "Minimum severity, a fraction in [0, 1].");
  private static final Parameter JOBS_LIMIT = Parameter.integer("limit", 1, QuantApi.MAX_LIMIT,
      20, "Maximum number of runs on the page.");
  private static final Parameter KIND = Parameter.text("kind",
      "Only runs of this kind (such as discovery.scan-all); the summary counts only those too. "
          + "Without it, every kind except the per-politician outcome rows of distributed runs "
          + "(kinds ending in .politician).");
  private static final Parameter POLITICIAN_ID = Parameter.uuidPath("id", "The politician's id.");
  private static final Parameter ANOMALY_ID = Parameter.uuidPath("id", "The anomaly's id.");
  /** The periodogram needs this many samples. */
  private static final int MIN_PERIODOGRAM_SAMPLES = 5;

  private final ApiQueries queries;
  private final DashboardQueries dashboard;
  private final Clock clock;

  DiscoveryRoutes(ApiQueries queries, DashboardQueries dashboard, Clock clock) {
    this.queries = ArgChecker.notNull(queries, "queries");
    this.dashboard = ArgChecker.notNull(dashboard, "dashboard");
    this.clock = ArgChecker.notNull(clock, "clock");
  }

  /** The discovery and anomaly routes, in documentation order. */
  List<Route> discoveryRoutes() {
    return List.of(
        Route.builder("GET", "/api/v1/discoveries/recent")
            .doc("recentDiscoveries", "discoveries", "Recent pattern discoveries, newest first",
                "Stored pattern discoveries (cycles and other patterns) ordered by discovery time, "
                    + "newest first (ties: strongest first, then by id).")
            .parameters(RECENT_LIMIT, CURSOR).response(DiscoveryPage.class).errors(400)
            .handler(this::recent),
        Route.builder("GET", "/api/v1/anomalies/critical")
            .doc("criticalAnomalies", "anomalies", "Open critical anomalies, most severe first",
                "Anomalies not yet investigated whose severity is at least severity_threshold, "
                    + "most severe first (ties: newest first, then by id), with their "
                    + "explanations.")
            .parameters(SEVERITY, LIST_LIMIT, CURSOR).response(AnomalyPage.class).errors(400)
            .handler(this::critical),
        Route.builder("GET", "/api/v1/discoveries/politician/{id}")
            .doc("politicianDiscoveries", "discoveries", "One politician's discoveries",
                "The politician and their pattern discoveries, strongest first (ties: newest "
                    + "first, then by id). 404 if no politician has this id.")
            .parameters(POLITICIAN_ID, LIST_LIMIT, CURSOR)
            .response(PoliticianDiscoveriesPage.class).errors(400, 404)
            .handler(this::ofPolitician),
        Route.builder("GET", "/api/v1/discoveries/politician/{id}/activity")
            .doc("politicianActivity", "discoveries", "One politician's activity and cycle",
                "The politician's daily trade counts from their first to their last stored "
                    + "trade on business days (a weekend trade counts on the following Monday), "
                    + "as the discovery scans build them; the raw periodogram of that series "
                    + "(linearly detrended, ordinates at the Fourier frequencies, periods in "
                    + "calendar days, longest first); and their strongest stored fourier_cycle "
                    + "discovery, or null. 404 if no politician has this id.")
            .parameters(POLITICIAN_ID).response(PoliticianActivityDto.class).errors(400, 404)
            .handler(this::activity),
        Route.builder("GET", "/api/v1/politicians")
            .doc("politicians", "discoveries", "Politicians with their trade counts",
                "Every stored politician with the number and date range of their trades, most "
                    + "trades first (ties by id). party is always null: the disclosures carry "
                    + "none.")
            .parameters(LIST_LIMIT, CURSOR).response(PoliticianPage.class).errors(400)
            .handler(this::politicians),
        Route.builder("GET", "/api/v1/networks/latest")
            .doc("latestNetwork", "discoveries", "The latest co-trading network",
                "The most recently stored co-trading network (ties by id): nodes are "
                    + "politicians (label = name) with their community and centralities, edges "
                    + "the statistically significant pairs with the number of shared tickers. "
                    + "404 if no network is stored.")
            .response(NetworkDto.class).errors(404)
            .handler(call -> Reply.of(dashboard.latestNetwork().orElseThrow(() ->
                ApiException.notFound("no co-trading network is stored; run a full discovery "
                    + "scan")))),
        Route.builder("POST", "/api/v1/anomalies/{id}/investigate")
            .doc("investigateAnomaly", "anomalies", "Mark an anomaly investigated",
                "Marks the anomaly investigated by the body's investigated_by (default \""
                    + InvestigateRequest.DEFAULT_INVESTIGATOR + "\") at the server's time. "
                    + "Idempotent: repeating it changes nothing and answers changed=false with "
                    + "the first investigation's time and name. The anomaly then leaves the "
                    + "critical list. 404 if no anomaly has this id.")
            .parameters(ANOMALY_ID).requestBody(InvestigateRequest.class)
            .response(InvestigationDto.class).errors(400, 404, 413, 415)
            .handler(this::investigate));
  }

  /** The job-runs route. */
  Route jobsRoute() {
    return Route.builder("GET", "/api/v1/jobs")
        .doc("jobRuns", "jobs", "Job runs with duration and success rate",
            "Recorded runs (discovery scans and other jobs), newest first, each with its "
                + "duration and item success rate, and a summary over all runs: counts by "
                + "status, the share of finished runs that succeeded, mean and longest "
                + "duration.")
        .parameters(JOBS_LIMIT, KIND, CURSOR).response(JobsPage.class).errors(400)
        .handler(this::jobs);
  }

  private Reply recent(Call call) {
    int limit = RECENT_LIMIT.intValue(call);
    ApiQueries.Rows<DiscoveryDto> rows = queries.recentDiscoveries(limit,
        cursor(call, "recent"));
    Optional<String> next = next(call, rows,
        d -> new PageCursor("recent", d.strength(), d.discoveryDate(), d.id()));
    return reply(new DiscoveryPage(rows.items(), next), next);
  }

  private Reply critical(Call call) {
    double threshold = SEVERITY.doubleValue(call);
    int limit = LIST_LIMIT.intValue(call);
    ApiQueries.Rows<AnomalyDto> rows = queries.criticalAnomalies(threshold, limit,
        cursor(call, "critical"));
    Optional<String> next = next(call, rows,
        a -> new PageCursor("critical", a.severity(), a.detectedAt(), a.id()));
    return reply(new AnomalyPage(rows.items(), next), next);
  }

  private Reply ofPolitician(Call call) {
    UUID id = POLITICIAN_ID.uuidValue(call);
    int limit = LIST_LIMIT.intValue(call);
    Optional<PageCursor> after = cursor(call, "politician");
    PoliticianDto politician = queries.politician(id).orElseThrow(() ->
        ApiException.notFound("no politician with id " + id));
    ApiQueries.Rows<DiscoveryDto> rows = queries.discoveriesOfPolitician(id, limit, after);
    Optional<String> next = next(call, rows,
        d -> new PageCursor("politician", d.strength(), d.discoveryDate(), d.id()));
    return reply(new PoliticianDiscoveriesPage(politician, rows.items(), next), next);
  }

  private Reply politicians(Call call) {
    int limit = LIST_LIMIT.intValue(call);
    ApiQueries.Rows<PoliticianSummaryDto> rows = dashboard.politicians(limit,
        cursor(call, "politicians"));
    Optional<String> next = next(call, rows,
        p -> new PageCursor("politicians", p.trades(), Instant.EPOCH, p.id()));
    return reply(new PoliticianPage(rows.items(), next), next);
  }

  private Reply activity(Call call) {
    UUID id = POLITICIAN_ID.uuidValue(call);
    PoliticianSummaryDto politician = dashboard.politician(id).orElseThrow(() ->
        ApiException.notFound("no politician with id " + id));
    List<DisclosedTrade> trades = dashboard.trades(id);
    List<ActivityPointDto> series = new ArrayList<>();
    List<PeriodogramPointDto> spectrum = new ArrayList<>();
    if (!trades.isEmpty()) {
      ActivitySeries s = activitySeries(trades);
      double[] values = s.values();
      LocalDate day = s.start();
      for (double v : values) {
        series.add(new ActivityPointDto(day, (int) v));
        day = nextWeekday(day.plusDays(1));
      }
      if (values.length >= MIN_PERIODOGRAM_SAMPLES) {
        Periodogram p = Periodogram.of(values);
        double[] f = p.frequencies();
        double[] power = p.power();
        double step = s.basis().calendarDaysPerSample();
        for (int k = 0; k < f.length; k++) {
          spectrum.add(new PeriodogramPointDto(step / f[k], f[k] / step, power[k]));
        }
      }
    }
    return Reply.of(new PoliticianActivityDto(politician, DAY_BASIS.name(),
        DAY_BASIS.calendarDaysPerSample(), series, spectrum, dashboard.strongestCycle(id)));
  }

  /**
   * The politician's trade counts on business days over their active span (first to last
   * trade), as the discovery facade builds them for its cycle search. A span of weekend days
   * only is extended to the following Monday, where those trades count.
   */
  static ActivitySeries activitySeries(List<DisclosedTrade> trades) {
    LocalDate first = trades.stream().map(DisclosedTrade::transactionDate)
        .min(LocalDate::compareTo).orElseThrow();
    LocalDate last = trades.stream().map(DisclosedTrade::transactionDate)
        .max(LocalDate::compareTo).orElseThrow();
    if (nextWeekday(first).isAfter(last)) {
      last = nextWeekday(first);
    }
    return ActivitySeries.ofTrades(trades, first, last, DAY_BASIS,
        ActivitySeries.Weighting.COUNT);
  }

  private static LocalDate nextWeekday(LocalDate d) {
    DayOfWeek w = d.getDayOfWeek();
    return w == DayOfWeek.SATURDAY ? d.plusDays(2) : w == DayOfWeek.SUNDAY ? d.plusDays(1) : d;
  }

  private Reply jobs(Call call) {
    int limit = JOBS_LIMIT.intValue(call);
    Optional<String> kind = shortText(KIND, call, 60);
    ApiQueries.Rows<JobRunDto> rows = queries.jobRuns(kind, limit, cursor(call, "jobs"));
    Optional<String> next = next(call, rows,
        j -> new PageCursor("jobs", 0.0, j.startedAt(), j.runId()));
    return reply(new JobsPage(queries.jobsSummary(kind), rows.items(), next), next);
  }

  private Reply investigate(Call call) {
    UUID id = ANOMALY_ID.uuidValue(call);
    InvestigateRequest body = investigateBody(call.request());
    InvestigationDto state = queries.markInvestigated(id, body.investigator(), clock.instant())
        .orElseThrow(() -> ApiException.notFound("no anomaly with id " + id));
    return Reply.of(state);
  }

  private static InvestigateRequest investigateBody(RestRequest request) {
    Optional<ObjectNode> json = RouteSupport.jsonObject(request, Set.of("investigated_by"),
        "{\"investigated_by\": \"ana\"}");
    JsonNode by = json.map(j -> j.get("investigated_by")).orElse(null);
    if (by == null || by.isNull()) {
      return new InvestigateRequest(Optional.empty());
    }
    if (!by.isTextual()) {
      throw ApiException.badRequest("investigated_by", "investigated_by must be a string");
    }
    try {
      return new InvestigateRequest(Optional.of(by.textValue()));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("investigated_by", e.getMessage());
    }
  }
}
