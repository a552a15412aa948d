#!/usr/bin/env bash
# The registry's performance benchmark: one command that generates a scaled data set, starts the
# packaged registry on it, drives workloads W1-W5 with wrk, runs PostGraphile 4.14 on the same
# database for W1 and W2, runs the equivalent SQL with pgbench as the ceiling, and writes
# docs/benchmarks.md. See README.md ("Benchmark") and docs/benchmarks.md.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/run.sh [--size MODELS] [--duration SECONDS] [--warmup SECONDS] [--clients "1 16 64"]
                    [--workloads "W1 W2 W3 W4 W5"] [--no-postgraphile] [--no-pgbench] [--no-startup]
                    [--rebuild] [--output FILE]

  --size       models to generate (default 10000: 170,000 components, 2,000 policy documents,
               20,000 versions, 100,000 rules); 500 is a quick check
  --duration   seconds per workload and concurrency (default 20)
  --warmup     seconds of unmeasured load per workload before its runs (default 60: the JVM's JIT
               compilers keep a core busy for about a minute of load; the JIT CPU s column shows
               what compiling was left during each run)
  --clients    concurrent connections, one run each (default "1 16 64")
  --workloads  which to run (default "W1 W2 W3 W4 W5"; W5 checks a 500-model CycloneDX BOM)
  --no-startup skip the startup measurements on the embedded database and the JDK 25 AOT cache
  --output     the report to write (default docs/benchmarks.md)
  --rebuild    package the registry even if target/quarkus-app/quarkus-run.jar exists
EOF
}

SIZE=10000
DURATION=20
WARMUP=60
CLIENTS="1 16 64"
WORKLOADS="W1 W2 W3 W4 W5"
RUN_STARTUP=true
RUN_POSTGRAPHILE=true
RUN_PGBENCH=true
REBUILD=false
OUTPUT=docs/benchmarks.md
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size) SIZE="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --clients) CLIENTS="$2"; shift 2 ;;
    --workloads) WORKLOADS="$2"; shift 2 ;;
    --no-postgraphile) RUN_POSTGRAPHILE=false; shift ;;
    --no-pgbench) RUN_PGBENCH=false; shift ;;
    --no-startup) RUN_STARTUP=false; shift ;;
    --rebuild) REBUILD=true; shift ;;
    --output) OUTPUT="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done
if (( SIZE < 100 )); then
  echo "--size must be at least 100" >&2
  exit 2
fi

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
WORK="$BENCH/.work"
cd "$ROOT"

# Ports of our own, away from the registry's default 8080 and any PostgreSQL on 5432.
PG_PORT=15433
REGISTRY_PORT=18080
EMBEDDED_REGISTRY_PORT=""  # the first free one from 18090 (see first_free_port)
POSTGRAPHILE_PORT=15000
PROVIDERS=$(( SIZE / 100 > 5 ? SIZE / 100 : 5 ))
DATABASE="modelterms_bench_$SIZE"
RESULTS="$WORK/results.tsv"
# The documented production run command's JVM options (README "Run it"); see docs/benchmarks.md.
JAVA_OPTS=${BENCH_JAVA_OPTS:-"-XX:+UseSerialGC -Xmx512m -XX:MaxMetaspaceSize=128m -Xss512k"}
# A JDK 25 for the AOT-cache start (the build stays Java 17); skipped when there is none.
JDK25=${BENCH_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}

mkdir -p "$WORK"
: > "$WORK/pids"

log() { printf '%s [bench] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

cleanup() {
  local pid
  while read -r pid; do
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
  done < "$WORK/pids"
  sleep 1
  while read -r pid; do
    [[ -n "$pid" ]] && kill -9 "$pid" 2>/dev/null || true
  done < "$WORK/pids"
  stop_postgres
}
trap cleanup EXIT

# --- Tools ------------------------------------------------------------------------------------

apt_install() {
  log "installing $* with apt-get"
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo=sudo
  $sudo apt-get install -y -q "$@" >/dev/null || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q "$@" >/dev/null; }
}

PG_BIN=""
find_postgres() {
  local candidate
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$candidate/initdb" && -x "$candidate/pgbench" \
          && -f "$(dirname "$candidate")/lib/pg_stat_statements.so" ]]; then
      PG_BIN="$candidate"
      return 0
    fi
  done
  return 1
}

install_tools() {
  command -v wrk >/dev/null || apt_install wrk
  find_postgres || { apt_install postgresql postgresql-contrib; find_postgres; }
  command -v curl >/dev/null || apt_install curl
  if [[ $RUN_POSTGRAPHILE == true && ! -x "$BENCH/postgraphile/node_modules/.bin/postgraphile" ]]; then
    log "installing PostGraphile 4.14 with npm"
    (cd "$BENCH/postgraphile" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
  # With the class archive, whose worth the startup measurement shows.
  if [[ $REBUILD == true || ! -f target/quarkus-app/app-cds.jsa ]]; then
    log "packaging the registry"
    ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true
  fi
  # The same build packaged for the JDK's AOT cache, measured when a JDK 25 is at hand.
  if [[ $RUN_STARTUP == true && -x $JDK25/bin/java && ( $REBUILD == true || ! -f target/aot-app/quarkus-run.jar ) ]]; then
    log "packaging the registry as an aot-jar for JDK 25"
    ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.type=aot-jar \
      -Dquarkus.package.output-directory=aot-app
  fi
}

# --- PostgreSQL -------------------------------------------------------------------------------

# PostgreSQL refuses to run as root; as root, the server runs as the postgres user.
as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

PGDATA="$WORK/pgdata"
start_postgres() {
  if [[ ! -f "$PGDATA/PG_VERSION" ]]; then
    log "creating the benchmark cluster in $PGDATA"
    mkdir -p "$PGDATA"
    [[ $(id -u) -eq 0 ]] && chown postgres "$PGDATA" "$WORK" && chmod o+x "$ROOT" "$BENCH"
    as_postgres "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >> "$PGDATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$WORK'
max_connections = 200
shared_buffers = 512MB
# Counts the SQL statements each request costs (calls before and after a run).
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.max = 10000
# BEGIN, COMMIT and SET are not statements a request's data costs.
pg_stat_statements.track_utility = off
EOF
  fi
  # A server left running by an interrupted run is used as it is.
  as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1 \
    || as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$WORK/postgres.log" -w start >/dev/null
}

stop_postgres() {
  if [[ -n "$PG_BIN" && -f "$PGDATA/postmaster.pid" ]]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

psql_bench() {
  "$PG_BIN/psql" -X -q -h 127.0.0.1 -p $PG_PORT -U postgres -d "$DATABASE" -v ON_ERROR_STOP=1 "$@"
}

# --- The registry -----------------------------------------------------------------------------

# Another program on one of our ports would answer in our place and make the numbers its own.
require_free_port() {
  if (echo > "/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    echo "Port $1 is in use; stop what listens there (ss -ltnp) and run again." >&2
    exit 1
  fi
}

first_free_port() { # from
  local port=$1
  while (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$(( port + 1 ))
  done
  echo "$port"
}

REGISTRY_PID=""
APP_DIR=target/quarkus-app
JAVA_BIN=java
start_registry() { # load_dataset port [embedded]
  local load_dataset=$1 port=$2 embedded=${3:-}
  require_free_port "$port"
  # Rate limits off: wrk's clients share one address, and PostGraphile, measured beside it, has none.
  local -a env=(QUARKUS_HTTP_PORT="$port" MODELTERMS_DATASET_LOAD_AT_START="$load_dataset"
                MODELTERMS_RATE_LIMIT_ENABLED=false)
  if [[ -n $embedded ]]; then
    env+=(MODELTERMS_EMBEDDED_DATA_DIR="$WORK/embedded")
  else
    env+=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DATABASE"
          QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=bench)
  fi
  # shellcheck disable=SC2086
  # From its own directory: the class archive names the jar by a path relative to it.
  (cd "$APP_DIR" && exec env "${env[@]}" "$JAVA_BIN" $JAVA_OPTS -jar quarkus-run.jar) \
    >> "$WORK/registry.log" 2>&1 &
  REGISTRY_PID=$!
  echo "$REGISTRY_PID" >> "$WORK/pids"
}

# Waits for the first GraphQL answer; prints the milliseconds since $1 (epoch ms).
wait_for_graphql() { # started_ms port path
  local started=$1 port=$2 path=${3:-/graphql}
  for _ in $(seq 1 2400); do
    if curl -sf -o /dev/null -H 'Content-Type: application/json' \
         -d '{"query":"{ __typename }"}' "http://127.0.0.1:$port$path"; then
      echo $(( $(date +%s%3N) - started ))
      return 0
    fi
    sleep 0.05
  done
  echo "No answer on port $port; see $WORK/*.log" >&2
  return 1
}

stop_process() { # pid
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
# CPU time (clock ticks) of the JVM's JIT compiler threads: a run that still compiles measures a
# JVM that has not reached its steady state, and compiles on the cores it measures with.
jit_cpu_ticks() {
  local t=0 task
  for task in /proc/"$1"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in
      C1\ Compiler*|C2\ Compiler*) t=$(( t + $(awk '{ print $14 + $15 }' "$task/stat") )) ;;
    esac
  done
  echo "$t"
}

peak_rss_mb() { awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
# Resets the kernel's peak-RSS mark, so that VmHWM tells the peak of the next run only.
reset_peak_rss() { echo 5 > "/proc/$1/clear_refs" 2>/dev/null || true; }

# --- Data -------------------------------------------------------------------------------------

prepare_database() {
  if ! "$PG_BIN/psql" -X -q -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres -tAc \
       "select 1 from pg_database where datname = '$DATABASE'" | grep -q 1; then
    "$PG_BIN/createdb" -h 127.0.0.1 -p $PG_PORT -U postgres "$DATABASE"
  fi
  local generated
  generated=$(psql_bench -tAc "select version from reference_list where name = 'benchmark-data'" 2>/dev/null || true)
  if [[ "$generated" == "$SIZE" ]]; then
    log "database $DATABASE already holds the generated data"
    return
  fi
  log "first start of the registry: Flyway migrates, the SPDX list and the curated dataset load"
  start_registry true $REGISTRY_PORT
  wait_for_graphql "$(date +%s%3N)" $REGISTRY_PORT >/dev/null
  stop_process "$REGISTRY_PID"
  log "generating $SIZE models and their documents (bench/sql/generate.sql)"
  local started=$SECONDS
  psql_bench -v models="$SIZE" -f "$BENCH/sql/generate.sql"
  psql_bench -c 'create extension if not exists pg_stat_statements'
  log "generated in $(( SECONDS - started )) s"
}

# --- Measuring --------------------------------------------------------------------------------

reset_statements() { psql_bench -tAc 'select pg_stat_statements_reset()' >/dev/null; }

# Statements run in the benchmark database since the last reset, but for our own bookkeeping.
statements_since_reset() {
  psql_bench -tAc "select coalesce(sum(calls), 0) from pg_stat_statements s
    join pg_database d on d.oid = s.dbid
    where d.datname = current_database() and s.query not ilike '%pg_stat_statements%'"
}

threads_for() { echo $(( $1 < 2 ? 1 : 2 )); }

record() { # workload server clients requests seconds rps p50_ms p99_ms statements_per_request peak_rss errors jit_cpu_s
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${@:1:11}" "${12:--}" >> "$RESULTS"
  log "$(printf '%-3s %-12s c=%-3s %8s req/s  p50 %7s ms  p99 %7s ms  %6s stmt/req  RSS %5s MB  errors %s' \
    "$1" "$2" "$3" "$6" "$7" "$8" "$9" "${10}" "${11}")"
}

run_wrk() { # workload server port script clients [pid]
  local workload=$1 server=$2 port=$3 script=$4 clients=$5 pid=${6:-}
  [[ -n $pid ]] && reset_peak_rss "$pid"
  local jit_before=""
  [[ -n $pid ]] && jit_before=$(jit_cpu_ticks "$pid")
  reset_statements
  local out
  out=$(BENCH_WRK_DIR="$BENCH/wrk" BENCH_MODELS=$SIZE \
        wrk -t"$(threads_for "$clients")" -c"$clients" -d"${DURATION}s" --timeout 30s \
            -s "$BENCH/wrk/$script" "http://127.0.0.1:$port/graphql" | grep '^RESULT')
  local statements requests duration p50 p99 errors
  statements=$(statements_since_reset)
  requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<< "$out")
  duration=$(sed -E 's/.*duration_us=([0-9]+).*/\1/' <<< "$out")
  p50=$(sed -E 's/.*p50_us=([0-9]+).*/\1/' <<< "$out")
  p99=$(sed -E 's/.*p99_us=([0-9]+).*/\1/' <<< "$out")
  errors=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<< "$out")
  record "$workload" "$server" "$clients" "$requests" \
    "$(awk -v d="$duration" 'BEGIN { printf "%.1f", d / 1e6 }')" \
    "$(awk -v r="$requests" -v d="$duration" 'BEGIN { printf "%.1f", r / (d / 1e6) }')" \
    "$(awk -v v="$p50" 'BEGIN { printf "%.2f", v / 1000 }')" \
    "$(awk -v v="$p99" 'BEGIN { printf "%.2f", v / 1000 }')" \
    "$(awk -v s="$statements" -v r="$requests" 'BEGIN { printf "%.2f", r ? s / r : 0 }')" \
    "$([[ -n $pid ]] && peak_rss_mb "$pid" || echo -)" "$errors" \
    "$([[ -n $pid ]] && awk -v a="$jit_before" -v b="$(jit_cpu_ticks "$pid")" \
         'BEGIN { printf "%.1f", (b - a) / 100 }' || echo -)"
}

warm_up() { # port script
  [[ $WARMUP -gt 0 ]] || return 0
  BENCH_WRK_DIR="$BENCH/wrk" BENCH_MODELS=$SIZE \
    wrk -t2 -c16 -d"${WARMUP}s" -s "$BENCH/wrk/$2" "http://127.0.0.1:$1/graphql" >/dev/null
  # wrk stops sending, not the server working: the requests in flight (16 BOM checks take seconds)
  # would land in the first measured run. One answered request means they are nearly served.
  verify_answer "$1" "$2"
  sleep 2
}

# Fails the run when a workload's request is answered with GraphQL errors or no data.
verify_answer() { # port script
  local request
  request=$(BENCH_WRK_DIR="$BENCH/wrk" BENCH_MODELS=$SIZE BENCH_PRINT_REQUEST=1 \
            wrk -t1 -c1 -d1s -s "$BENCH/wrk/$2" "http://127.0.0.1:$1/graphql" | sed -n 's/^BODY //p' | head -1)
  local answer
  answer=$(curl -s -H 'Content-Type: application/json' -d "$request" "http://127.0.0.1:$1/graphql")
  if grep -q '"errors"' <<< "$answer" || ! grep -q '"data"' <<< "$answer"; then
    echo "$2 on port $1 answered with errors: ${answer:0:600}" >&2
    return 1
  fi
}

script_for() { # workload server
  case "$1-$2" in
    W1-registry) echo w1-model.lua ;;
    W2-registry) echo w2-catalogue.lua ;;
    W3-registry) echo w3-permission.lua ;;
    W4-registry) echo w4-compliance.lua ;;
    W5-registry) echo w5-bom-check.lua ;;
    W1-postgraphile) echo pg-w1-model.lua ;;
    W2-postgraphile) echo pg-w2-catalogue.lua ;;
    *) echo "" ;;
  esac
}

pgbench_script_for() {
  case "$1" in
    W1) echo pgbench-w1-model.sql ;;
    W2) echo pgbench-w2-catalogue.sql ;;
    W3) echo pgbench-w3-permission.sql ;;
    W4) echo pgbench-w4-compliance.sql ;;
  esac
}

run_pgbench() { # workload clients
  local workload=$1 clients=$2 script
  script=$(pgbench_script_for "$workload")
  [[ -n $script ]] || return 0
  local logs="$WORK/pgbench-log"
  rm -rf "$logs" && mkdir -p "$logs"
  reset_statements
  local out
  out=$(cd "$logs" && "$PG_BIN/pgbench" -h 127.0.0.1 -p $PG_PORT -U postgres -n -M prepared \
          -c "$clients" -j "$(threads_for "$clients")" -T "$DURATION" -D models="$SIZE" \
          -D providers=$PROVIDERS -l -f "$BENCH/sql/$script" "$DATABASE" 2>&1)
  local statements transactions tps p50 p99 failed
  statements=$(statements_since_reset)
  transactions=$(sed -nE 's/^number of transactions actually processed: ([0-9]+).*/\1/p' <<< "$out")
  failed=$(sed -nE 's/^number of failed transactions: ([0-9]+).*/\1/p' <<< "$out")
  tps=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' <<< "$out" | tail -1)
  # Per-transaction log lines: client, transaction, latency in µs, ...
  read -r p50 p99 < <(cat "$logs"/pgbench_log.* | awk '{ print $3 }' | sort -n | awk '
    { v[NR] = $1 } END { i50 = int(NR * 0.50); i99 = int(NR * 0.99); if (i50 < 1) i50 = 1; if (i99 < 1) i99 = 1;
      printf "%.2f %.2f\n", v[i50] / 1000, v[i99] / 1000 }')
  record "$workload" pgbench "$clients" "$transactions" "$DURATION" \
    "$(printf '%.1f' "$tps")" "$p50" "$p99" \
    "$(awk -v s="$statements" -v r="$transactions" 'BEGIN { printf "%.2f", r ? s / r : 0 }')" - "${failed:-0}"
}

# --- The run ----------------------------------------------------------------------------------

install_tools
start_postgres
prepare_database

printf 'workload\tserver\tclients\trequests\tseconds\trps\tp50_ms\tp99_ms\tstatements_per_request\tpeak_rss_mb\terrors\tjit_cpu_s\n' > "$RESULTS"
STARTED_AT=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# W5's bodies: BOMs that name this size's generated models (bench/bom/w5-requests.mjs).
if [[ " $WORKLOADS " == *" W5 "* ]]; then
  node "$BENCH/bom/w5-requests.mjs" "$SIZE" 20 > "$WORK/w5-requests.jsonl"
fi
export BENCH_W5_REQUESTS="$WORK/w5-requests.jsonl"

log "measuring startup to the first answer on the benchmark database"
started=$(date +%s%3N)
start_registry false $REGISTRY_PORT
STARTUP_MS=$(wait_for_graphql "$started" $REGISTRY_PORT)
sleep 5
IDLE_RSS_MB=$(rss_mb "$REGISTRY_PID")
log "startup ${STARTUP_MS} ms, idle RSS ${IDLE_RSS_MB} MB"

for workload in $WORKLOADS; do
  script=$(script_for "$workload" registry)
  verify_answer $REGISTRY_PORT "$script"
  warm_up $REGISTRY_PORT "$script"
  for clients in $CLIENTS; do
    run_wrk "$workload" registry $REGISTRY_PORT "$script" "$clients" "$REGISTRY_PID"
  done
done
REGISTRY_PEAK_RSS_MB=$(awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$REGISTRY_PID/status")
stop_process "$REGISTRY_PID"

if [[ $RUN_POSTGRAPHILE == true ]]; then
  log "starting PostGraphile 4.14 on the same database"
  require_free_port $POSTGRAPHILE_PORT
  started=$(date +%s%3N)
  # Two workers, like the registry's two cores; 10 connections each, like its pool of 20.
  "$BENCH/postgraphile/node_modules/.bin/postgraphile" \
    -c "postgres://postgres:bench@127.0.0.1:$PG_PORT/$DATABASE" --schema public \
    --host 127.0.0.1 --port $POSTGRAPHILE_PORT --disable-query-log --disable-graphiql \
    --cluster-workers 2 --max-pool-size 10 >> "$WORK/postgraphile.log" 2>&1 &
  POSTGRAPHILE_PID=$!
  echo "$POSTGRAPHILE_PID" >> "$WORK/pids"
  wait_for_graphql "$started" $POSTGRAPHILE_PORT >/dev/null
  for workload in $WORKLOADS; do
    script=$(script_for "$workload" postgraphile)
    [[ -n $script ]] || continue
    verify_answer $POSTGRAPHILE_PORT "$script"
    warm_up $POSTGRAPHILE_PORT "$script"
    for clients in $CLIENTS; do
      run_wrk "$workload" postgraphile $POSTGRAPHILE_PORT "$script" "$clients"
    done
  done
  stop_process "$POSTGRAPHILE_PID"
fi

if [[ $RUN_PGBENCH == true ]]; then
  for workload in $WORKLOADS; do
    for clients in $CLIENTS; do
      run_pgbench "$workload" "$clients"
    done
  done
fi

EMBEDDED_STARTUP_MS=""; EMBEDDED_IDLE_RSS_MB=""; EMBEDDED_CDS_STARTUP_MS=""; EMBEDDED_CDS_IDLE_RSS_MB=""
AOT_STARTUP_MS=""; AOT_IDLE_RSS_MB=""; AOT_JAVA=""
if [[ $RUN_STARTUP == true ]]; then
  log "measuring startup on the embedded database (initialised by a first start)"
  EMBEDDED_REGISTRY_PORT=$(first_free_port 18090)
  if [[ ! -d "$WORK/embedded" ]]; then
    start_registry true $EMBEDDED_REGISTRY_PORT embedded
    wait_for_graphql "$(date +%s%3N)" $EMBEDDED_REGISTRY_PORT >/dev/null
    stop_process "$REGISTRY_PID"
  fi
  # Prints "startup_ms idle_rss_mb" of one start on the initialised embedded database.
  measure_embedded_start() {
    local started ms rss
    started=$(date +%s%3N)
    start_registry false $EMBEDDED_REGISTRY_PORT embedded
    ms=$(wait_for_graphql "$started" $EMBEDDED_REGISTRY_PORT)
    sleep 5
    rss=$(rss_mb "$REGISTRY_PID")
    stop_process "$REGISTRY_PID" # before answering: the next start needs the port
    echo "$ms $rss"
  }
  read -r EMBEDDED_STARTUP_MS EMBEDDED_IDLE_RSS_MB < <(measure_embedded_start)
  log "embedded: startup ${EMBEDDED_STARTUP_MS} ms, idle RSS ${EMBEDDED_IDLE_RSS_MB} MB"
  # The same start with the class archive the build records (AppCDS), to show what it is worth.
  FULL_JAVA_OPTS=$JAVA_OPTS
  JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=app-cds.jsa"
  read -r EMBEDDED_CDS_STARTUP_MS EMBEDDED_CDS_IDLE_RSS_MB < <(measure_embedded_start)
  JAVA_OPTS=$FULL_JAVA_OPTS
  log "embedded with the class archive: startup ${EMBEDDED_CDS_STARTUP_MS} ms, idle RSS ${EMBEDDED_CDS_IDLE_RSS_MB} MB"

  # On JDK 25, the same Java 17 build as an aot-jar with the AOT cache (JEP 483/514) that a training
  # run writes: a start loads the classes it needs already parsed, linked and profiled.
  if [[ -x $JDK25/bin/java && -f target/aot-app/quarkus-run.jar ]]; then
    AOT_JAVA=$("$JDK25/bin/java" -version 2>&1 | head -1)
    log "training the AOT cache on $AOT_JAVA"
    APP_DIR=target/aot-app
    JAVA_BIN=$JDK25/bin/java
    rm -f target/aot-app/app.aot
    # Writing the cache needs more metaspace than the production limit allows.
    JAVA_OPTS="-XX:+UseSerialGC -Xmx512m -Xss512k -XX:AOTCacheOutput=app.aot"
    started=$(date +%s%3N)
    start_registry false $EMBEDDED_REGISTRY_PORT embedded
    wait_for_graphql "$started" $EMBEDDED_REGISTRY_PORT >/dev/null
    wrk -t1 -c2 -d10s -s "$BENCH/wrk/aot-training.lua" "http://127.0.0.1:$EMBEDDED_REGISTRY_PORT" >/dev/null
    stop_process "$REGISTRY_PID"
    JAVA_OPTS="$FULL_JAVA_OPTS -XX:AOTCache=app.aot"
    read -r AOT_STARTUP_MS AOT_IDLE_RSS_MB < <(measure_embedded_start)
    JAVA_OPTS=$FULL_JAVA_OPTS
    APP_DIR=target/quarkus-app
    JAVA_BIN=java
    log "embedded on JDK 25 with the AOT cache: startup ${AOT_STARTUP_MS} ms, idle RSS ${AOT_IDLE_RSS_MB} MB"
  fi
fi

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
node "$BENCH/report.mjs" "$RESULTS" "$OUTPUT" \
  "started=$STARTED_AT" "finished=$(date -u '+%Y-%m-%d %H:%M UTC')" \
  "nproc=$(nproc)" "memory=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)" \
  "cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)" \
  "load_before=$LOAD_BEFORE" "load_after=$LOAD_AFTER" \
  "java=$(java -version 2>&1 | head -1)" "java_opts=$JAVA_OPTS" \
  "postgres=$("$PG_BIN/postgres" --version)" "node=$(node --version)" \
  "postgraphile=$(node -p "require('$BENCH/postgraphile/node_modules/postgraphile/package.json').version" 2>/dev/null || echo -)" \
  "wrk=$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)" \
  "size=$SIZE" "duration=$DURATION" "warmup=$WARMUP" "clients=$CLIENTS" \
  "startup_ms=$STARTUP_MS" "idle_rss_mb=$IDLE_RSS_MB" "peak_rss_mb=$REGISTRY_PEAK_RSS_MB" \
  "embedded_startup_ms=$EMBEDDED_STARTUP_MS" "embedded_idle_rss_mb=$EMBEDDED_IDLE_RSS_MB" \
  "embedded_cds_startup_ms=$EMBEDDED_CDS_STARTUP_MS" "embedded_cds_idle_rss_mb=$EMBEDDED_CDS_IDLE_RSS_MB" \
  "aot_startup_ms=$AOT_STARTUP_MS" "aot_idle_rss_mb=$AOT_IDLE_RSS_MB" "aot_java=$AOT_JAVA" \
  "counts=$(psql_bench -tAF' ' -c "select (select count(*) from model), (select count(*) from component),
     (select count(*) from policy_document), (select count(*) from policy_version), (select count(*) from use_rule)")"
log "wrote $OUTPUT"
