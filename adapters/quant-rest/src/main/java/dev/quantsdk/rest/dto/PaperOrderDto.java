package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A paper order (a row of {@code paper_orders}) with the totals of its fills: quantities in
 * contracts, prices in the contract's points, commission in the account currency. Immutable and
 * thread-safe.
 *
 * @param id the order id
 * @param clientOrderId the client's id for the order, if given
 * @param contractId the contract
 * @param localSymbol the contract's exchange symbol, if stored
 * @param side {@code BUY} or {@code SELL}
 * @param orderType {@code MARKET}, {@code LIMIT} or {@code STOP}
 * @param quantity contracts ordered
 * @param limitPrice the limit price of a limit order
 * @param stopPrice the stop price of a stop order
 * @param status {@code NEW}, {@code PARTIALLY_FILLED}, {@code FILLED}, {@code CANCELLED} or
 *     {@code REJECTED}
 * @param filledQuantity contracts filled so far
 * @param averageFillPrice the quantity-weighted mean fill price, absent without fills
 * @param commission the commission of all its fills
 * @param createdAt when it was placed
 * @param updatedAt when it last changed
 */
public record PaperOrderDto(UUID id, Optional<String> clientOrderId, UUID contractId,
    Optional<String> localSymbol, String side, String orderType, int quantity,
    Optional<Double> limitPrice, Optional<Double> stopPrice, String status, long filledQuantity,
    Optional<Double> averageFillPrice, double commission, Instant createdAt, Instant updatedAt) {

  /**
   * Validates the order.
   *
   * @throws NullPointerException if a component is null
   */
  public PaperOrderDto {
    ArgChecker.notNull(id, "id");
    ArgChecker.notNull(clientOrderId, "clientOrderId");
    ArgChecker.notNull(contractId, "contractId");
    ArgChecker.notNull(localSymbol, "localSymbol");
    ArgChecker.notNull(side, "side");
    ArgChecker.notNull(orderType, "orderType");
    ArgChecker.notNull(limitPrice, "limitPrice");
    ArgChecker.notNull(stopPrice, "stopPrice");
    ArgChecker.notNull(status, "status");
    ArgChecker.notNull(averageFillPrice, "averageFillPrice");
    ArgChecker.notNull(createdAt, "createdAt");
    ArgChecker.notNull(updatedAt, "updatedAt");
  }
}
