#!/usr/bin/env bash
# Load benchmark of GET /api/v1/discoveries/recent through the JDK HTTP adapter (docs/benchmarks.md,
# "Load"): starts the fixture dev.quantsdk.benchmarks.load.RecentDiscoveriesServer (embedded
# PostgreSQL 16 with 1,000,000 seeded pattern_discoveries, kept in benchmarks/target/load-pgdata so
# later runs skip the seeding), waits until it serves, warms up, runs wrk on loopback against the
# first page (limit 10), a page of 100 and a page 10,000 rows down (cursor), prints wrk's output
# and one summary line per run, and stops the fixture.
#
# Usage (from anywhere): benchmarks/load/recent-discoveries.sh
# Environment: PORT (8089), WRK_THREADS (2), WRK_CONNECTIONS (16), DURATION (30s, the first-page
# run), SHORT_DURATION (20s, the other runs), WARMUP (10s), ROWS (1000000), SERVER_THREADS and
# POOL (the fixture's defaults: 2 x CPUs, at least 4, and the same), EXTRA (more fixture options,
# e.g. "--explain" or "--db jdbc:postgresql://host/db" with QUANT_DB_USER/QUANT_DB_PASSWORD),
# JAVA_OPTS (-Xmx1g), MVN (mvn; the command that builds the jar when it is missing; a jar older
# than the sources is measured as it is, with a warning).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
jar=benchmarks/target/benchmarks.jar
port="${PORT:-8089}"
wrk_threads="${WRK_THREADS:-2}"
wrk_connections="${WRK_CONNECTIONS:-16}"
duration="${DURATION:-30s}"
short="${SHORT_DURATION:-20s}"
warmup="${WARMUP:-10s}"
log=benchmarks/target/load-fixture.log

command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 2; }

if [[ ! -f "$jar" ]]; then
  echo "building $jar"
  ${MVN:-mvn} -B -ntp -q -pl benchmarks -am package -Dmaven.test.skip=true
else
  stale="$(find benchmarks/src/main adapters/quant-rest/src/main adapters/quant-persistence/src/main \
    quant-shared-model/src/main -newer "$jar" -type f -print -quit)"
  [[ -z "$stale" ]] || echo "warning: $stale is newer than $jar; measuring the jar as built"
fi

fixture_args=(--port "$port" --rows "${ROWS:-1000000}")
[[ -n "${SERVER_THREADS:-}" ]] && fixture_args+=(--threads "$SERVER_THREADS")
[[ -n "${POOL:-}" ]] && fixture_args+=(--pool "$POOL")
# shellcheck disable=SC2206
[[ -n "${EXTRA:-}" ]] && fixture_args+=(${EXTRA})

mkdir -p benchmarks/target
echo "starting the fixture (log: $log)"
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx1g} -cp "$jar" dev.quantsdk.benchmarks.load.RecentDiscoveriesServer \
  "${fixture_args[@]}" >"$log" 2>&1 &
fixture=$!
stop_fixture() {
  if kill -0 "$fixture" 2>/dev/null; then
    kill -TERM "$fixture"
    wait "$fixture" 2>/dev/null || true
  fi
}
trap stop_fixture EXIT

# seeding 1M rows takes about a minute the first time
for _ in $(seq 1 900); do
  grep -q '^READY ' "$log" && break
  if ! kill -0 "$fixture" 2>/dev/null; then
    echo "the fixture stopped:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 1
done
grep -q '^READY ' "$log" || { echo "the fixture is not ready after 15 minutes" >&2; cat "$log" >&2; exit 1; }
grep -v '^DEEP_CURSOR ' "$log"
base="$(sed -n 's/^READY //p' "$log")"
cursor="$(sed -n 's/^DEEP_CURSOR //p' "$log")"
url="$base/api/v1/discoveries/recent"

curl -fsS "$url" -o /dev/null || { echo "GET $url failed" >&2; exit 1; }

summaries=()
run() { # name, duration, url
  local name="$1" time="$2" target="$3" out
  echo
  echo "== $name: wrk -t$wrk_threads -c$wrk_connections -d$time --latency '$target'"
  out="$(wrk -t"$wrk_threads" -c"$wrk_connections" -d"$time" --latency "$target")"
  echo "$out"
  summaries+=("$(awk -v name="$name" '
    /Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = $2 }
    $1 == "99%" { p99 = $2 }
    /Non-2xx/ { bad = $NF }
    /Socket errors/ { errors = $0 }
    END { printf "%-22s %10s req/s  p50 %9s  p99 %9s%s%s", name, rps, p50, p99,
          bad ? "  non-2xx " bad : "", errors ? "  " errors : "" }' <<<"$out")")
}

echo
echo "== warm-up ($warmup each: first page, page of 100, cursor page)"
warm_urls=("$url" "$url?limit=100")
[[ -z "$cursor" ]] || warm_urls+=("$url?cursor=$cursor")
for target in "${warm_urls[@]}"; do
  wrk -t"$wrk_threads" -c"$wrk_connections" -d"$warmup" "$target" | grep 'Requests/sec' || true
done

run "first page (limit 10)" "$duration" "$url"
run "page of 100" "$short" "$url?limit=100"
if [[ -n "$cursor" ]]; then
  run "10,000 rows down" "$short" "$url?cursor=$cursor"
fi

echo
echo "== summary ($(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) CPUs, wrk -t$wrk_threads -c$wrk_connections)"
printf '%s\n' "${summaries[@]}"
