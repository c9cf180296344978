/**
 * JPA entities of the futures side: contract specifications ({@link FuturesContract}), stored daily or intraday
 * bars ({@link FuturesBar}), backtest runs ({@link BacktestRun}), a paper-trading account with its orders, fills
 * and positions ({@link PaperAccount}, {@link PaperOrder}, {@link PaperFill}, {@link PaperPosition}) and strategy
 * signals ({@link TradingSignal}). All are written by the host app (role {@code quant_app}).
 *
 * <p>Units: prices in the contract's quoted units (index points for ES), money (margins, cash, commission,
 * P&amp;L) in the contract or account currency, quantities in contracts. Same compatibility rules as
 * {@link dev.quantsdk.model.discovery}: jakarta.persistence 3.1, schema owned by Flyway, UUID ids assigned by
 * the constructors. Entities are mutable and not thread-safe. Non-null by default: getters of optional
 * columns return {@link java.util.Optional}.
 */
package dev.quantsdk.model.futures;
