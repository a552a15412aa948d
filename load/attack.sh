#!/usr/bin/env bash
# Attack run: starts the packaged registry once, runs the normal mix of load/run.sh (load/mix.lua
# via wrk) for DURATION without attackers, then again for DURATION while attackers
# (load/attackers.py) each send from their own client address: the costliest allowed documents,
# refused documents (too costly, too deep, too many aliases) over HTTP and WebSocket, a flood of
# WebSocket connections, slow bodies and wrong passwords. Prints both runs side by side and what
# each attacker was answered.
#
#   load/attack.sh [--duration 2m] [--clients 32] [--threads 2] [--port 18090]
#
# Needs: a JDK, wrk, openssl, jq, curl, python3 (standard library only).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=2m CLIENTS=32 THREADS=2 PORT=18090
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    *) echo "usage: $0 [--duration 2m] [--clients 32] [--threads 2] [--port 18090]" >&2; exit 2 ;;
  esac
done
# shellcheck source=load/common.sh
. load/common.sh
SECONDS_EACH=$(seconds_of "$DURATION")
need wrk wrk; need openssl openssl; need jq jq; need curl curl; need python3 python3
./mvnw -B -q package -DskipTests -Dspotless.check.skip=true

# The normal mix reads as a signed-in reader whose bucket is raised out of reach, and comes from
# its own address; the attackers are anonymous and meet the default limits.
export LOAD_TOKEN=$(token load-editor '["editor"]') LOAD_READ_TOKEN=$(token load-reader '[]')
export LOAD_ADDRESS=198.51.100.10
PASSWORD=$(openssl rand -hex 16)
start_registry QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
  MODELTERMS_RATE_LIMIT_READER_CAPACITY=1000000000 MODELTERMS_AUTH_LOCAL_ACCOUNT_PASSWORD="$PASSWORD"
list_models

memory() { # heap used and live data after the last GC, MB
  curl -s "http://localhost:$PORT/q/metrics" | awk '
    /^jvm_memory_used_bytes\{area="heap"/ {s+=$NF} /^jvm_gc_live_data_size_bytes/ {l=$NF}
    END {printf "heap used %.0f MB, live after GC %.0f MB", s/1048576, l/1048576}'
}
mix() { wrk -t"$THREADS" -c"$CLIENTS" -d"$1" --timeout 10s -s load/mix.lua "http://localhost:$PORT"; }

echo "Warming up for 30 s…"
mix 30s >/dev/null 2>&1
echo "memory after warm-up: $(memory); heap after a full GC: $(live_after_full_gc)"

echo "Normal mix, $CLIENTS clients, $DURATION, no attackers…"
sample_memory "$WORK/memory-quiet.csv" & SAMPLER=$!
mix "$DURATION" >"$WORK/quiet.txt" 2>&1
kill $SAMPLER 2>/dev/null || true
echo "memory: $(memory); heap after a full GC: $(live_after_full_gc)" >>"$WORK/quiet.txt"
sleep 5
LOG_LINES_BEFORE=$(grep -cE ' (WARN|ERROR) ' "$WORK/registry.log" || true)

echo "Normal mix, $CLIENTS clients, $DURATION, with attackers…"
python3 load/attackers.py --port "$PORT" --seconds "$SECONDS_EACH" --password "$PASSWORD" \
  >"$WORK/attackers.txt" 2>"$WORK/attackers.err" &
ATTACKERS=$!
sample_memory "$WORK/memory-attacked.csv" & SAMPLER=$!
mix "$DURATION" >"$WORK/attacked.txt" 2>&1
kill $SAMPLER 2>/dev/null || true
echo "memory: $(memory); heap after a full GC: $(live_after_full_gc)" >>"$WORK/attacked.txt"
wait $ATTACKERS || true

line() { grep -h "$1" "$WORK/$2.txt" | head -1; }
for run in quiet attacked; do
  echo
  echo "== $run =="
  line '^requests=' $run; line '^latency_ms' $run; line '^errors' $run; line '^ok_reads' $run
  line '^memory' $run
  echo "memory every 10 s ($WORK/memory-$run.csv):"
  summarise_memory "$WORK/memory-$run.csv"
done
echo
echo "== answers per attacker (client address: 203.0.113.x) =="
column -t -s $'\t' "$WORK/attackers.txt"
[ -s "$WORK/attackers.err" ] && { echo "attackers' stderr:"; head -20 "$WORK/attackers.err"; }
grep -c 'locked out' "$WORK/registry.log" | sed 's/^/sign-in lockouts logged: /' || true
echo "WARN and ERROR lines the attacked run added to the log: $(( $(grep -cE ' (WARN|ERROR) ' "$WORK/registry.log" || true) - LOG_LINES_BEFORE )), by logger:"
grep -E ' (WARN|ERROR) ' "$WORK/registry.log" | sed -E 's/.* (WARN|ERROR) +\[([^]]*)\].*/  \1 \2/' | sort | uniq -c | sort -rn | head -10

P99_QUIET=$(sed -n 's/.*p99=\([0-9.]*\).*/\1/p' "$WORK/quiet.txt")
P99_ATTACKED=$(sed -n 's/.*p99=\([0-9.]*\).*/\1/p' "$WORK/attacked.txt")
STATUS=0
for run in quiet attacked; do
  grep -q "errors socket=0 http_non2xx=0 graphql=0" "$WORK/$run.txt" || { echo "FAIL: errors in the $run run"; STATUS=1; }
done
awk -v q="$P99_QUIET" -v a="$P99_ATTACKED" 'BEGIN { exit !(a <= 2 * q) }' \
  || { echo "FAIL: p99 under attack ${P99_ATTACKED} ms is more than twice ${P99_QUIET} ms"; STATUS=1; }
[ $STATUS = 0 ] && echo "OK: the normal mix kept zero errors and its p99 within 2x under attack"
echo "logs: $WORK"
exit $STATUS
