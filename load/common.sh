# Shared by load/run.sh and load/attack.sh (sourced, not run): tools, tokens signed by a key made
# for the run, starting the packaged registry on a fresh embedded database, memory samples.
# Expects PORT to be set; sets WORK, URL, PID and PUBLIC_KEY.

need() { command -v "$1" >/dev/null || { SUDO=$([ "$(id -u)" = 0 ] || echo sudo); $SUDO apt-get install -y "$2"; }; }

# Seconds in a wrk duration (90s, 2m, 1h or a plain number of seconds).
seconds_of() {
  case "$1" in
    *h) echo $(( ${1%h} * 3600 )) ;;
    *m) echo $(( ${1%m} * 60 )) ;;
    *s) echo "${1%s}" ;;
    *) echo "$1" ;;
  esac
}

WORK=$(mktemp -d "/tmp/modelterms-$(basename "$0" .sh).XXXXXX")
URL=http://localhost:$PORT/graphql
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

openssl genrsa -out "$WORK/key.pem" 2048 2>/dev/null
PUBLIC_KEY=$(openssl rsa -in "$WORK/key.pem" -pubout 2>/dev/null | grep -v -- '-----' | tr -d '\n')

# An OIDC bearer token for SUBJECT with GROUPS (a JSON array), checked as a provider's would be.
token() {
  local now header payload signature
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"iss":"modelterms-load","sub":"%s","upn":"%s","groups":%s,"iat":%d,"exp":%d}' \
    "$1" "$1" "$2" "$now" $((now + 86400)) | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/key.pem" | b64url)
  echo "$header.$payload.$signature"
}

# Starts the packaged registry with the run's key and the given extra environment (NAME=value
# words), waits until it is ready, and stops it when the script exits.
start_registry() {
  echo "Starting the registry on port $PORT (data in $WORK)…"
  env QUARKUS_HTTP_PORT="$PORT" MODELTERMS_EMBEDDED_DATA_DIR="$WORK/postgres" \
    MODELTERMS_AUTH_OIDC=true QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" \
    QUARKUS_OIDC_TOKEN_ISSUER=modelterms-load "$@" \
    java ${JAVA_OPTS:--Xmx512m} -jar target/quarkus-app/quarkus-run.jar >"$WORK/registry.log" 2>&1 &
  PID=$!
  trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
  for _ in $(seq 1 180); do
    curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null && return 0
    kill -0 $PID 2>/dev/null || { cat "$WORK/registry.log"; exit 1; }
    sleep 1
  done
  echo "The registry was not ready after 180 s" >&2
  exit 1
}

gql() { curl -sf -H 'Content-Type: application/json' "$URL" -d "$1"; }

# The slugs of the first 100 models, for load/mix.lua.
list_models() {
  gql '{"query":"{ models(first: 100) { nodes { slug } } }"}' | jq -r '.data.models.nodes[].slug' >"$WORK/models.txt"
  export LOAD_MODELS="$WORK/models.txt" LOAD_DIR="$PWD/load"
}

# Every 10 s until killed: seconds, RSS, heap in use and live data after the last GC, in MB.
sample_memory() {
  local file=$1 start rss heap live metrics
  start=$(date +%s)
  echo "seconds,rss_mb,heap_used_mb,live_after_gc_mb" >"$file"
  while kill -0 $PID 2>/dev/null; do
    rss=$(ps -o rss= -p $PID | tr -d ' ')
    metrics=$(curl -s "http://localhost:$PORT/q/metrics" || true)
    heap=$(echo "$metrics" | awk '/^jvm_memory_used_bytes\{area="heap"/ {s+=$NF} END {printf "%.0f", s/1048576}')
    live=$(echo "$metrics" | awk '/^jvm_gc_live_data_size_bytes/ {printf "%.0f", $NF/1048576}')
    echo "$(( $(date +%s) - start )),$((rss / 1024)),$heap,$live" >>"$file"
    sleep 10
  done
}

# First and last sample, peak RSS, and the live data after GC in each quarter of the samples.
summarise_memory() {
  awk -F, 'NR > 1 { n++; row[n] = $0; live[n] = $4; if ($2 > max) max = $2 }
    END {
      print "  first sample: " row[1] "\n  last sample:  " row[n] "\n  peak RSS MB:  " max
      printf "  live after GC by quarter (MB):"
      for (q = 1; q <= 4; q++) { lo = int((q - 1) * n / 4) + 1; hi = int(q * n / 4); m = 0
        for (i = lo; i <= hi; i++) if (live[i] > m) m = live[i]; printf " %d", m }
      print ""
    }' "$1"
}

# The heap still in use after a full collection, MB: what the registry really keeps (the live
# data the metrics report lags until the next old-generation collection). Needs jcmd (a JDK).
live_after_full_gc() {
  jcmd "$PID" GC.run >/dev/null 2>&1 || { echo "n/a (no jcmd)"; return; }
  sleep 1
  curl -s "http://localhost:$PORT/q/metrics" | awk '/^jvm_memory_used_bytes\{area="heap"/ {s+=$NF} END {printf "%.0f MB", s/1048576}'
}
