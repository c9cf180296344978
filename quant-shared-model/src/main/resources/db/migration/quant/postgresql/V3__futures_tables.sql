-- Quant SDK schema, part 3: the FUTURES tables (contract specifications, stored bars, backtests, paper trading).
-- Written by the host app (role quant_app); prices in index points, money in the contract currency.

CREATE TABLE futures_contracts (
    id                      UUID          PRIMARY KEY,
    root_symbol             VARCHAR(10)   NOT NULL,
    exchange                VARCHAR(20)   NOT NULL,
    expiry                  DATE          NOT NULL,
    local_symbol            VARCHAR(30),
    multiplier              DOUBLE PRECISION NOT NULL CHECK (multiplier > 0),
    tick_size               DOUBLE PRECISION NOT NULL CHECK (tick_size > 0),
    currency                CHAR(3)       NOT NULL,
    initial_margin          DOUBLE PRECISION CHECK (initial_margin >= 0),
    maintenance_margin      DOUBLE PRECISION CHECK (maintenance_margin >= 0),
    CONSTRAINT futures_contracts_natural_key UNIQUE (root_symbol, exchange, expiry)
);

-- (contract, time) is the key: a TimescaleDB hypertable needs the time column in every unique index.
CREATE TABLE futures_bars (
    contract_id     UUID          NOT NULL REFERENCES futures_contracts (id),
    bar_time        TIMESTAMP WITH TIME ZONE NOT NULL,
    open_price      DOUBLE PRECISION NOT NULL,
    high_price      DOUBLE PRECISION NOT NULL,
    low_price       DOUBLE PRECISION NOT NULL,
    close_price     DOUBLE PRECISION NOT NULL,
    settle_price    DOUBLE PRECISION,
    volume          BIGINT        NOT NULL DEFAULT 0 CHECK (volume >= 0),
    open_interest   BIGINT        CHECK (open_interest >= 0),
    PRIMARY KEY (contract_id, bar_time),
    CHECK (high_price >= low_price),
    CHECK (open_price BETWEEN low_price AND high_price),
    CHECK (close_price BETWEEN low_price AND high_price)
);

CREATE TABLE backtest_runs (
    id            UUID          PRIMARY KEY,
    strategy      VARCHAR(100)  NOT NULL,
    root_symbol   VARCHAR(10)   NOT NULL,
    period_start  DATE          NOT NULL,
    period_end    DATE          NOT NULL,
    parameters    JSONB         NOT NULL,
    metrics       JSONB         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (period_end >= period_start)
);

CREATE INDEX backtest_runs_strategy_idx ON backtest_runs (strategy, created_at);

CREATE TABLE paper_accounts (
    id             UUID          PRIMARY KEY,
    name           VARCHAR(100)  NOT NULL UNIQUE,
    currency       CHAR(3)       NOT NULL,
    starting_cash  DOUBLE PRECISION NOT NULL CHECK (starting_cash >= 0),
    cash           DOUBLE PRECISION NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE paper_orders (
    id               UUID          PRIMARY KEY,
    account_id       UUID          NOT NULL REFERENCES paper_accounts (id),
    contract_id      UUID          NOT NULL REFERENCES futures_contracts (id),
    client_order_id  VARCHAR(64)   UNIQUE,
    side             VARCHAR(4)    NOT NULL CHECK (side IN ('BUY', 'SELL')),
    order_type       VARCHAR(10)   NOT NULL CHECK (order_type IN ('MARKET', 'LIMIT', 'STOP')),
    quantity         INTEGER       NOT NULL CHECK (quantity > 0),
    limit_price      DOUBLE PRECISION,
    stop_price       DOUBLE PRECISION,
    status           VARCHAR(20)   NOT NULL
        CHECK (status IN ('NEW', 'PARTIALLY_FILLED', 'FILLED', 'CANCELLED', 'REJECTED')),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (order_type <> 'LIMIT' OR limit_price IS NOT NULL),
    CHECK (order_type <> 'STOP' OR stop_price IS NOT NULL)
);

CREATE INDEX paper_orders_account_idx ON paper_orders (account_id, created_at);

CREATE TABLE paper_fills (
    id           UUID          PRIMARY KEY,
    order_id     UUID          NOT NULL REFERENCES paper_orders (id),
    fill_time    TIMESTAMP WITH TIME ZONE NOT NULL,
    quantity     INTEGER       NOT NULL CHECK (quantity > 0),
    price        DOUBLE PRECISION NOT NULL,
    commission   DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (commission >= 0)
);

CREATE INDEX paper_fills_order_idx ON paper_fills (order_id, fill_time);

CREATE TABLE paper_positions (
    id             UUID          PRIMARY KEY,
    account_id     UUID          NOT NULL REFERENCES paper_accounts (id),
    contract_id    UUID          NOT NULL REFERENCES futures_contracts (id),
    quantity       INTEGER       NOT NULL,
    average_price  DOUBLE PRECISION NOT NULL,
    realized_pnl   DOUBLE PRECISION NOT NULL DEFAULT 0,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT paper_positions_natural_key UNIQUE (account_id, contract_id)
);

CREATE TABLE trading_signals (
    id           UUID          PRIMARY KEY,
    contract_id  UUID          NOT NULL REFERENCES futures_contracts (id),
    strategy     VARCHAR(100)  NOT NULL,
    signal_time  TIMESTAMP WITH TIME ZONE NOT NULL,
    direction    VARCHAR(5)    NOT NULL CHECK (direction IN ('LONG', 'SHORT', 'FLAT')),
    strength     DOUBLE PRECISION NOT NULL CHECK (strength >= 0 AND strength <= 1),
    parameters   JSONB         NOT NULL,
    CONSTRAINT trading_signals_natural_key UNIQUE (contract_id, strategy, signal_time)
);

CREATE INDEX trading_signals_time_idx ON trading_signals (signal_time);
