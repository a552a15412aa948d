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

need() { command -v "$1" >/dev/null || { SUDO=$([ "$(id -u)" = 0 ] || echo sudo); $SUDO apt-get install -y "$2"; }; }
need wrk wrk; need openssl openssl; need jq jq; need curl curl
./mvnw -B -q package -DskipTests -Dspotless.check.skip=true

WORK=$(mktemp -d /tmp/modelterms-load.XXXXXX)
URL=http://localhost:$PORT/graphql
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

openssl genrsa -out "$WORK/key.pem" 2048 2>/dev/null
PUBLIC_KEY=$(openssl rsa -in "$WORK/key.pem" -pubout 2>/dev/null | grep -v -- '-----' | tr -d '\n')
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"modelterms-load","sub":"load-editor","upn":"load-editor","groups":["editor"],"iat":%d,"exp":%d}' \
  "$now" $((now + 86400)) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/key.pem" | b64url)
export LOAD_TOKEN="$header.$payload.$signature"

echo "Starting the registry on port $PORT (data in $WORK)…"
# Rate limits stay on, so the run pays for them, but wrk's readers all come from this one address:
# theirs is raised out of reach.
QUARKUS_HTTP_PORT=$PORT MODELTERMS_EMBEDDED_DATA_DIR="$WORK/postgres" \
  MODELTERMS_RATE_LIMIT_ANONYMOUS_CAPACITY=1000000000 \
  MODELTERMS_AUTH_OIDC=true QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" QUARKUS_OIDC_TOKEN_ISSUER=modelterms-load \
  MODELTERMS_AUTH_LOCAL_ACCOUNT_PASSWORD="$(openssl rand -hex 16)" \
  java ${JAVA_OPTS:--Xmx512m} -jar target/quarkus-app/quarkus-run.jar >"$WORK/registry.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null && break
  kill -0 $PID 2>/dev/null || { cat "$WORK/registry.log"; exit 1; }
  sleep 1
done

gql() { curl -sf -H 'Content-Type: application/json' "$URL" -d "$1"; }
gql '{"query":"{ models(first: 100) { nodes { slug } } }"}' | jq -r '.data.models.nodes[].slug' >"$WORK/models.txt"
export LOAD_MODELS="$WORK/models.txt" LOAD_DIR="$PWD/load"
count_orgs() { gql '{"query":"{ organizations(first: 1) { totalCount } models(first: 1) { totalCount } }"}' | jq -c '.data | [.organizations.totalCount, .models.totalCount]'; }
fingerprint() {
  jq -n --rawfile m "$WORK/models.txt" '{query: "query($m: [String!]!) { complianceReport(models: $m, uses: [MILITARY, COMMERCIAL, ESPIONAGE, MEDICAL_ADVICE], on: \"2024-12-01\", actor: {kind: GOVERNMENT, country: \"US\"}) { rows { model { slug } permissions { use verdict } } } }", variables: {m: ($m | split("\n") | map(select(length > 0)))}}' \
    | curl -sf -H 'Content-Type: application/json' "$URL" -d @- | sha256sum | cut -c1-16
}
BEFORE=$(count_orgs); PRINT_BEFORE=$(fingerprint)

sample_memory() {
  echo "seconds,rss_mb,heap_used_mb,live_after_gc_mb" >"$WORK/memory.csv"
  local start=$(date +%s)
  while kill -0 $PID 2>/dev/null; do
    local rss heap live metrics
    rss=$(ps -o rss= -p $PID | tr -d ' ')
    metrics=$(curl -s "http://localhost:$PORT/q/metrics" || true)
    heap=$(echo "$metrics" | awk '/^jvm_memory_used_bytes\{area="heap"/ {s+=$NF} END {printf "%.0f", s/1048576}')
    live=$(echo "$metrics" | awk '/^jvm_gc_live_data_size_bytes/ {printf "%.0f", $NF/1048576}')
    echo "$(( $(date +%s) - start )),$((rss / 1024)),$heap,$live" >>"$WORK/memory.csv"
    sleep 10
  done
}

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
sample_memory & SAMPLER=$!
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
awk -F, 'NR==2 {first=$0} NR>1 {last=$0; if ($2>max) max=$2} END {print "  first sample: " first "\n  last sample:  " last "\n  peak RSS MB:  " max}' "$WORK/memory.csv"
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
