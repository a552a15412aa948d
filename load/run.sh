#!/usr/bin/env bash
# Load test: starts the packaged registry on a fresh embedded database, drives a realistic mix
# of reads and writes (load/mix.lua) with wrk, samples the process's memory, and checks that the
# data are intact afterwards. Prints throughput, latency percentiles, errors and memory.
#
#   load/run.sh [--duration 10m] [--clients 32] [--threads 2] [--port 18090]
#
# Writes go through OIDC bearer tokens signed by a key made for the run, exactly as a provider's
# would be checked. Needs: a JDK, wrk and openssl (installed with apt-get when missing), jq, curl.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=10m CLIENTS=32 THREADS=2 PORT=18090
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    *) echo "usage: $0 [--duration 10m] [--clients 32] [--threads 2] [--port 18090]" >&2; exit 2 ;;
  esac
done

# shellcheck source=load/common.sh
. load/common.sh
need wrk wrk; need openssl openssl; need jq jq; need curl curl
./mvnw -B -q package -DskipTests -Dspotless.check.skip=true

export LOAD_TOKEN=$(token load-editor '["editor"]')
# Rate limits stay on, so the run pays for them, but wrk's readers all come from this one address:
# theirs is raised out of reach.
start_registry MODELTERMS_RATE_LIMIT_ANONYMOUS_CAPACITY=1000000000 \
  MODELTERMS_AUTH_LOCAL_ACCOUNT_PASSWORD="$(openssl rand -hex 16)"

list_models
count_orgs() { gql '{"query":"{ organizations(first: 1) { totalCount } models(first: 1) { totalCount } }"}' | jq -c '.data | [.organizations.totalCount, .models.totalCount]'; }
fingerprint() {
  jq -n --rawfile m "$WORK/models.txt" '{query: "query($m: [String!]!) { complianceReport(models: $m, uses: [MILITARY, COMMERCIAL, ESPIONAGE, MEDICAL_ADVICE], on: \"2024-12-01\", actor: {kind: GOVERNMENT, country: \"US\"}) { rows { model { slug } permissions { use verdict } } } }", variables: {m: ($m | split("\n") | map(select(length > 0)))}}' \
    | curl -sf -H 'Content-Type: application/json' "$URL" -d @- | sha256sum | cut -c1-16
}
BEFORE=$(count_orgs); PRINT_BEFORE=$(fingerprint)

# CPU time in clock ticks: a process's own (utime + stime), and for PostgreSQL's postmaster also
# that of its ended children (cutime + cstime) plus its living backends'. CPU time per request,
# unlike throughput, hardly depends on what else the machine is doing: the capacity model of
# docs/operations.md is built on it.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
database_cpu_ticks() {
  local postmaster total=0 child
  postmaster=$(head -1 "$WORK/postgres/postmaster.pid")
  total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$postmaster/stat")
  for child in $(pgrep -P "$postmaster"); do
    total=$(( total + $(cpu_ticks "$child" 2>/dev/null || echo 0) ))
  done
  echo $total
}

echo "Warming up for 2 min (JIT, pools, caches)…"
wrk -t"$THREADS" -c"$CLIENTS" -d2m -s load/mix.lua "http://localhost:$PORT" >/dev/null 2>&1
WARM_ORGS=$(count_orgs)
sample_memory "$WORK/memory.csv" & SAMPLER=$!
echo "Running $CLIENTS clients for $DURATION…"
REGISTRY_CPU_BEFORE=$(cpu_ticks $PID); DATABASE_CPU_BEFORE=$(database_cpu_ticks)
wrk -t"$THREADS" -c"$CLIENTS" -d"$DURATION" --timeout 10s -s load/mix.lua "http://localhost:$PORT" | tee "$WORK/wrk.txt"
REGISTRY_CPU=$(( $(cpu_ticks $PID) - REGISTRY_CPU_BEFORE )); DATABASE_CPU=$(( $(database_cpu_ticks) - DATABASE_CPU_BEFORE ))
sleep 1; kill $SAMPLER 2>/dev/null || true

AFTER=$(count_orgs); PRINT_AFTER=$(fingerprint)
WRITES=$(sed -n 's/.*ok_writes=\([0-9]*\).*/\1/p' "$WORK/wrk.txt")
EXPECTED_ORGS=$(( $(echo "$WARM_ORGS" | jq '.[0]') + WRITES ))
echo
echo "memory (every 10 s, after warm-up): $WORK/memory.csv"
summarise_memory "$WORK/memory.csv"
echo "data: organisations/models before=$BEFORE after warm-up=$WARM_ORGS after=$AFTER (expected organisations $EXPECTED_ORGS)"
echo "verdicts fingerprint before=$PRINT_BEFORE after=$PRINT_AFTER"
REQUESTS=$(sed -nE 's/^ *([0-9]+) requests in .*/\1/p' "$WORK/wrk.txt")
TICKS=$(getconf CLK_TCK)
awk -v r="$REGISTRY_CPU" -v d="$DATABASE_CPU" -v n="$REQUESTS" -v hz="$TICKS" 'BEGIN {
  printf "CPU per request: registry %.2f ms, PostgreSQL %.2f ms (%d requests)\n", r * 1000 / hz / n, d * 1000 / hz / n, n }'
STATUS=0
# wrk stops reading when time is up: writes still in flight then commit without being counted,
# so at most one per client may be found beyond the count, never fewer.
FOUND_ORGS=$(echo "$AFTER" | jq '.[0]')
{ [ "$FOUND_ORGS" -ge "$EXPECTED_ORGS" ] && [ "$FOUND_ORGS" -le $((EXPECTED_ORGS + CLIENTS)) ]; } \
  || { echo "FAIL: organisations do not add up"; STATUS=1; }
[ "$(echo "$AFTER" | jq '.[1]')" = "$(echo "$BEFORE" | jq '.[1]')" ] || { echo "FAIL: models changed"; STATUS=1; }
[ "$PRINT_BEFORE" = "$PRINT_AFTER" ] || { echo "FAIL: verdicts changed"; STATUS=1; }
grep -q "errors socket=0 http_non2xx=0 graphql=0" "$WORK/wrk.txt" || { echo "FAIL: errors during the run"; STATUS=1; }
[ $STATUS = 0 ] && echo "OK: zero errors, data intact"
exit $STATUS
