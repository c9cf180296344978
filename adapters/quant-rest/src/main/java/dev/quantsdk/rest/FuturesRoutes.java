package dev.quantsdk.rest;

import static dev.quantsdk.rest.RouteSupport.CURSOR;
import static dev.quantsdk.rest.RouteSupport.LIST_LIMIT;
import static dev.quantsdk.rest.RouteSupport.cursor;
import static dev.quantsdk.rest.RouteSupport.next;
import static dev.quantsdk.rest.RouteSupport.reply;
import static dev.quantsdk.rest.RouteSupport.shortText;

import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.futures.instrument.FuturesProduct;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.rest.Route.Reply;
import dev.quantsdk.rest.dto.BarDto;
import dev.quantsdk.rest.dto.ContractBarsPage;
import dev.quantsdk.rest.dto.ContractDto;
import dev.quantsdk.rest.dto.ContractPage;
import dev.quantsdk.rest.dto.InstrumentDto;
import dev.quantsdk.rest.dto.InstrumentList;
import dev.quantsdk.rest.dto.PaperAccountDto;
import dev.quantsdk.rest.dto.PaperAccountView;
import dev.quantsdk.rest.dto.PaperOrderDto;
import dev.quantsdk.rest.dto.PaperOrderPage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The stored futures data routes under {@code /api/v1/futurequant}: the catalogue, contracts,
 * a contract's bars, and paper accounts with their orders, read from the database. Immutable and
 * thread-safe.
 */
final class FuturesRoutes {

  private static final Parameter ROOT = Parameter.text("root",
      "Only contracts of this root symbol, such as ES.");
  private static final Parameter CONTRACT_ID = Parameter.uuidPath("id", "The contract's id.");
  private static final Parameter FROM = Parameter.date("from",
      "First trading date (UTC) of the bars, inclusive.");
  private static final Parameter TO = Parameter.date("to",
      "Last trading date (UTC) of the bars, inclusive.");
  /** The paper account in the path. */
  static final Parameter ACCOUNT = Parameter.textPath("name", "The paper account's name.");

  private final ApiQueries queries;

  FuturesRoutes(ApiQueries queries) {
    this.queries = ArgChecker.notNull(queries, "queries");
  }

  /** The data routes. */
  List<Route> dataRoutes() {
    return List.of(
        Route.builder("GET", "/api/v1/futurequant/data/instruments")
            .doc("futuresInstruments", "futurequant", "The futures catalogue",
                "The SDK's catalogued futures products (contract size, tick, currency, example "
                    + "margins, listed months) with how many contracts of each the database "
                    + "stores.")
            .response(InstrumentList.class).handler(this::instruments),
        Route.builder("GET", "/api/v1/futurequant/data/contracts")
            .doc("futuresContracts", "futurequant", "Stored futures contracts",
                "Contracts in futures_contracts, earliest expiry first (ties by id), each with "
                    + "the number and time range of its stored bars.")
            .parameters(ROOT, LIST_LIMIT, CURSOR).response(ContractPage.class).errors(400)
            .handler(this::contracts),
        Route.builder("GET", "/api/v1/futurequant/data/contracts/{id}/bars")
            .doc("futuresBars", "futurequant", "A contract's stored bars",
                "The contract and its bars from futures_bars, oldest first, optionally within "
                    + "[from, to] trading dates. 404 if no contract has this id.")
            .parameters(CONTRACT_ID, FROM, TO, LIST_LIMIT, CURSOR)
            .response(ContractBarsPage.class).errors(400, 404).handler(this::bars));
  }

  /** The read-only paper-account routes. */
  List<Route> paperRoutes() {
    return List.of(
        Route.builder("GET", "/api/v1/futurequant/paper/accounts/{name}")
            .doc("paperAccount", "futurequant", "A paper account and its positions",
                "The paper-trading account (cash, starting cash) and its positions, earliest "
                    + "contract expiry first. 404 if no account has this name.")
            .parameters(ACCOUNT).response(PaperAccountView.class).errors(400, 404)
            .handler(this::paperAccount),
        Route.builder("GET", "/api/v1/futurequant/paper/accounts/{name}/orders")
            .doc("paperOrders", "futurequant", "A paper account's orders",
                "The account's orders, newest first (ties by id), each with its filled "
                    + "quantity, average fill price and commission. 404 if no account has this "
                    + "name.")
            .parameters(ACCOUNT, LIST_LIMIT, CURSOR).response(PaperOrderPage.class)
            .errors(400, 404).handler(this::paperOrders));
  }

  private Reply instruments(Call call) {
    Map<String, Long> stored = queries.contractCounts();
    List<InstrumentDto> items = new ArrayList<>();
    for (FuturesProduct p : FuturesCatalogue.all()) {
      items.add(new InstrumentDto(p.root(), p.exchange(), p.description(), p.multiplier(),
          p.tickSize(), p.tickValue(), p.currency().getCurrencyCode(), p.initialMargin(),
          p.maintenanceMargin(), p.listedMonths().stream().map(Enum::name).sorted(
              Comparator.comparingInt("FGHJKMNQUVXZ"::indexOf)).toList(),
          stored.getOrDefault(p.root(), 0L)));
    }
    return Reply.of(new InstrumentList(items));
  }

  private Reply contracts(Call call) {
    Optional<String> root = shortText(ROOT, call, 10);
    int limit = LIST_LIMIT.intValue(call);
    ApiQueries.Rows<ContractDto> rows = queries.contracts(root, limit, cursor(call, "contracts"));
    Optional<String> next = next(call, rows, c -> new PageCursor("contracts", 0.0,
        c.expiry().atStartOfDay().toInstant(ZoneOffset.UTC), c.id()));
    return reply(new ContractPage(rows.items(), next), next);
  }

  private Reply bars(Call call) {
    UUID id = CONTRACT_ID.uuidValue(call);
    Optional<LocalDate> from = FROM.dateValue(call);
    Optional<LocalDate> to = TO.dateValue(call);
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw ApiException.badRequest("to", "to " + to.get() + " is before from " + from.get());
    }
    int limit = LIST_LIMIT.intValue(call);
    Optional<PageCursor> after = cursor(call, "bars");
    if (after.isPresent() && !after.get().id().equals(id)) {
      throw ApiException.badRequest("cursor", "cursor belongs to another contract's bars");
    }
    ContractDto contract = queries.contract(id).orElseThrow(() ->
        ApiException.notFound("no futures contract with id " + id));
    ApiQueries.Rows<BarDto> rows = queries.bars(id, from, to, limit, after.map(PageCursor::time));
    Optional<String> next = next(call, rows, b -> new PageCursor("bars", 0.0, b.barTime(), id));
    return reply(new ContractBarsPage(contract, rows.items(), next), next);
  }

  /** The account named in the path. */
  PaperAccountDto account(Call call) {
    String name = shortText(ACCOUNT, call, 100).orElseThrow();
    return queries.paperAccount(name).orElseThrow(() ->
        ApiException.notFound("no paper account named '" + name + "'"));
  }

  private Reply paperAccount(Call call) {
    PaperAccountDto account = account(call);
    return Reply.of(new PaperAccountView(account, queries.paperPositions(account.id())));
  }

  private Reply paperOrders(Call call) {
    int limit = LIST_LIMIT.intValue(call);
    Optional<PageCursor> after = cursor(call, "orders");
    PaperAccountDto account = account(call);
    ApiQueries.Rows<PaperOrderDto> rows = queries.paperOrders(account.id(), limit, after);
    Optional<String> next = next(call, rows,
        o -> new PageCursor("orders", 0.0, o.createdAt(), o.id()));
    return reply(new PaperOrderPage(account, rows.items(), next), next);
  }
}
