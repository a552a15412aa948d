#!/usr/bin/env bash
# Builds the registry's container image with Jib on a machine that has no Docker daemon and
# reaches no container registry, then proves that the image runs. See docs/operations.md
# ("Building the image without a registry").
#
#   1. Base image: a Debian rootfs with openjdk-17-jre-headless, made by mmdebstrap from Debian's
#      packages and written as a `docker save` tarball (deploy/.work/base/). Made once, then reused.
#   2. Image: ./mvnw package with Jib taking that tarball as its base (quarkus.jib.base-jvm-image=
#      tar://...) and pushing to a throwaway registry (Debian's docker-registry) on 127.0.0.1.
#   3. Export: the pushed manifest, config and layers are read back, their digests checked, and
#      written to target/image/modelterms-TAG.tar (`docker save` format: docker load, podman
#      load, skopeo copy docker-archive:...).
#   4. Proof: the layers are unpacked into a root directory and the image's own entrypoint, user,
#      working directory and environment (from its config) run there in a chroot, in new mount,
#      PID and host-name namespaces, against a PostgreSQL on 127.0.0.1; /q/health/ready and a
#      GraphQL query must answer, and SIGTERM must stop it.
#
# Needs root for mmdebstrap, the chroot and apt-get; uses sudo for those when not run as root.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: deploy/build-image.sh [--rebuild-base] [--no-prove] [--keep]

  --rebuild-base  make the base image again even if deploy/.work/base/ has one
  --no-prove      build and export the image, but do not run it
  --keep          keep the unpacked root directory and the logs (printed at the end)
EOF
}

REBUILD_BASE=false
PROVE=true
KEEP=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rebuild-base) REBUILD_BASE=true; shift ;;
    --no-prove) PROVE=false; shift ;;
    --keep) KEEP=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$ROOT/deploy/.work"
OUT="$ROOT/target/image"
cd "$ROOT"
SUDO=""
[[ $(id -u) -ne 0 ]] && SUDO=sudo
START=$SECONDS

log() { printf '%s [image] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# --- Tools ------------------------------------------------------------------------------------

apt_install() {
  log "installing $* with apt-get"
  $SUDO apt-get install -y -q --no-install-recommends "$@" >/dev/null \
    || { $SUDO apt-get update -q >/dev/null \
         && $SUDO apt-get install -y -q --no-install-recommends "$@" >/dev/null; }
}

PG_BIN=""
find_postgres() {
  local candidate
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]] && { PG_BIN="$candidate"; return 0; }
  done
  return 1
}

missing=()
command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
command -v docker-registry >/dev/null || missing+=(docker-registry)
command -v jq >/dev/null || missing+=(jq)
command -v curl >/dev/null || missing+=(curl)
[[ $PROVE == true ]] && ! find_postgres && missing+=(postgresql)
((${#missing[@]} == 0)) || apt_install "${missing[@]}"
[[ $PROVE == true ]] && { find_postgres || die "no PostgreSQL server binaries after installing postgresql"; }

ARCH=$(dpkg --print-architecture)
# shellcheck disable=SC1091
SUITE=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
[[ -n "$SUITE" ]] || die "cannot tell the Debian release from /etc/os-release"

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

# PostgreSQL refuses to run as root; as root, the server runs as the postgres user.
as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A process of ours that runs (not ended, not a zombie awaiting wait).
alive() {
  $SUDO kill -0 "$1" 2>/dev/null && [[ "$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null)" != Z ]]
}

# Everything started here is stopped on exit, whatever happens.
TMP=$(mktemp -d /tmp/modelterms-image.XXXXXX)
chmod 755 "$TMP"
RFS="$TMP/rootfs" # the image unpacked, where its processes run

# The processes whose root directory is the unpacked image: the image's, and only those.
image_pids() {
  { $SUDO find /proc -mindepth 2 -maxdepth 2 -name root -lname "$RFS" -printf '%h\n' 2>/dev/null \
      || true; } | cut -d/ -f3
}
REGISTRY_PID=""
APP_PID=""
JAVA_PID=""
PG_STARTED=false
cleanup() {
  local status=$?
  set +e # stop everything, whatever fails on the way
  if [[ -n "$APP_PID" ]]; then
    # SIGTERM, then SIGKILL, straight to the image's processes: a parent-death signal
    # (unshare --kill-child) would not reach them, as it is cleared when the user changes.
    local pids
    pids=$(image_pids)
    # shellcheck disable=SC2086
    [[ -n "$pids" ]] && $SUDO kill -TERM $pids 2>/dev/null
    for _ in $(seq 1 30); do [[ -z "$(image_pids)" ]] && break; sleep 1; done
    pids=$(image_pids)
    # shellcheck disable=SC2086
    [[ -n "$pids" ]] && $SUDO kill -KILL $pids 2>/dev/null
    $SUDO kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  [[ -n "$REGISTRY_PID" ]] && { kill "$REGISTRY_PID" 2>/dev/null || true; wait "$REGISTRY_PID" 2>/dev/null || true; }
  [[ $PG_STARTED == true ]] && as_postgres "$PG_BIN/pg_ctl" -D "$TMP/pgdata" -m fast -w stop >/dev/null 2>&1 || true
  if [[ $KEEP == true ]]; then
    log "kept $TMP (root directory, logs)"
  else
    if [[ $status -ne 0 ]]; then
      rm -rf "$WORK/logs" && mkdir -p "$WORK/logs"
      cp "$TMP"/*.log "$WORK/logs/" 2>/dev/null
      cp "$TMP/pgdata/server.log" "$WORK/logs/postgres.log" 2>/dev/null
      log "logs kept in $WORK/logs (--keep keeps the root directory too)"
    fi
    $SUDO rm -rf --one-file-system "$TMP"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. The base image --------------------------------------------------------------------------

BASE_DIR="$WORK/base"
BASE_TAR="$BASE_DIR/jre17-$SUITE-$ARCH.tar"
JAVA_HOME_IN_IMAGE="/usr/lib/jvm/java-17-openjdk-$ARCH"
if [[ $REBUILD_BASE == true || ! -s "$BASE_TAR" ]]; then
  t0=$SECONDS
  mkdir -p "$BASE_DIR"
  rm -f "$BASE_TAR"
  # The host's own apt sources (its mirror and security updates), else mmdebstrap's default.
  mirror=()
  if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
    mirror=(/etc/apt/sources.list.d/debian.sources)
  elif [[ -s /etc/apt/sources.list ]]; then
    mirror=(/etc/apt/sources.list)
  fi
  log "making the base image: Debian $SUITE ($ARCH) + openjdk-17-jre-headless with mmdebstrap"
  # What docker's debian:*-slim images leave out (documentation, manual pages, translations),
  # and no device nodes: a container runtime supplies /dev. openjdk's postinst needs man1.
  # shellcheck disable=SC2016 # $1 is the hooks' argument, expanded by mmdebstrap
  $SUDO mmdebstrap --variant=essential --include=openjdk-17-jre-headless,ca-certificates \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' --skip=output/dev \
    --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
    --customize-hook="chroot \"\$1\" dpkg-query -W > '$TMP/packages.txt'" \
    --customize-hook="test -x \"\$1$JAVA_HOME_IN_IMAGE/bin/java\"" \
    "$SUITE" "$TMP/rootfs.tar" "${mirror[@]}" > "$TMP/mmdebstrap.log" 2>&1 \
    || { tail -30 "$TMP/mmdebstrap.log" >&2; die "mmdebstrap"; }
  [[ -f "$TMP/packages.txt" ]] && cp "$TMP/packages.txt" "$BASE_DIR/packages.txt"
  $SUDO chown "$(id -u):$(id -g)" "$TMP/rootfs.tar"

  # A `docker save` tarball of one layer, which Jib reads with tar://. The layer keeps an empty
  # /dev for the runtime to mount on.
  mkdir -p "$TMP/base" "$TMP/empty/dev"
  tar -rf "$TMP/rootfs.tar" -C "$TMP/empty" --numeric-owner --owner=0 --group=0 ./dev
  mv "$TMP/rootfs.tar" "$TMP/base/layer.tar"
  diff_id="sha256:$(sha256sum "$TMP/base/layer.tar" | cut -d' ' -f1)"
  created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  jq -n --arg arch "$ARCH" --arg diff "$diff_id" --arg created "$created" \
     --arg java_home "$JAVA_HOME_IN_IMAGE" --arg suite "$SUITE" '{
      architecture: $arch, os: "linux", created: $created,
      config: {Env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                     "JAVA_HOME=\($java_home)", "LANG=C.UTF-8"]},
      rootfs: {type: "layers", diff_ids: [$diff]},
      history: [{created: $created,
                 created_by: "mmdebstrap --variant=essential --include=openjdk-17-jre-headless,ca-certificates \($suite)"}]
    }' > "$TMP/base/config.json"
  jq -n --arg tag "modelterms/jre:17-$SUITE" \
    '[{Config: "config.json", RepoTags: [$tag], Layers: ["layer.tar"]}]' > "$TMP/base/manifest.json"
  tar -cf "$BASE_TAR.part" -C "$TMP/base" manifest.json config.json layer.tar
  mv "$BASE_TAR.part" "$BASE_TAR"
  rm -rf "$TMP/base"
  log "base image $BASE_TAR ($(du -m "$BASE_TAR" | cut -f1) MiB) made in $((SECONDS - t0)) s"
else
  log "reusing the base image $BASE_TAR (--rebuild-base makes it again)"
fi

# --- 2. The image, pushed by Jib to a registry on loopback --------------------------------------

REGISTRY_PORT=$(free_port) || die "no free port for the registry"
REGISTRY="127.0.0.1:$REGISTRY_PORT"
mkdir -p "$TMP/registry"
cat > "$TMP/registry/config.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $TMP/registry/data
  delete:
    enabled: true
http:
  addr: $REGISTRY
EOF
docker-registry serve "$TMP/registry/config.yml" > "$TMP/registry.log" 2>&1 &
REGISTRY_PID=$!
for _ in $(seq 1 50); do
  curl -fsS "http://$REGISTRY/v2/" >/dev/null 2>&1 && break
  kill -0 "$REGISTRY_PID" 2>/dev/null || { cat "$TMP/registry.log" >&2; die "the registry did not start"; }
  sleep 0.2
done
log "registry listening on $REGISTRY (storage in $TMP/registry/data)"

t0=$SECONDS
log "building the image: ./mvnw package with Jib, base tar://$BASE_TAR (log: $WORK/build.log)"
mkdir -p "$WORK"
./mvnw -B package -DskipTests \
  -Dquarkus.container-image.build=true \
  -Dquarkus.container-image.push=true \
  -Dquarkus.container-image.registry="$REGISTRY" \
  -Dquarkus.container-image.insecure=true \
  -Dquarkus.jib.base-jvm-image="tar://$BASE_TAR" \
  -Dquarkus.jib.platforms="linux/$ARCH" \
  -Dquarkus.kubernetes.output-directory="$OUT/kubernetes" \
  > "$WORK/build.log" 2>&1 || { tail -60 "$WORK/build.log" >&2; die "./mvnw package"; }
pushed=$(grep -o "Pushed container image [^ ]*" "$WORK/build.log" | tail -1 | awk '{print $4}')
[[ -n "$pushed" ]] || { tail -60 "$WORK/build.log" >&2; die "no 'Pushed container image' in the build log"; }
log "Jib pushed $pushed in $((SECONDS - t0)) s"
ref=${pushed#"$REGISTRY/"}
REPOSITORY=${ref%:*}
TAG=${ref##*:}

# --- 3. Export: read the image back, check every digest, write a `docker save` tarball ---------

t0=$SECONDS
EXPORT="$TMP/export"
mkdir -p "$EXPORT" "$OUT"
blob() { curl -fsS "http://$REGISTRY/v2/$REPOSITORY/blobs/$1" -o "$2"; }
check_digest() { # file expected-digest
  [[ "sha256:$(sha256sum "$1" | cut -d' ' -f1)" == "$2" ]] || die "$1 does not have digest $2"
}
curl -fsS -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
  -H 'Accept: application/vnd.oci.image.manifest.v1+json' \
  "http://$REGISTRY/v2/$REPOSITORY/manifests/$TAG" -o "$TMP/manifest.json"
DIGEST="sha256:$(sha256sum "$TMP/manifest.json" | cut -d' ' -f1)"
if [[ -f target/jib-image.digest ]] && [[ "$(cat target/jib-image.digest)" != "$DIGEST" ]]; then
  die "the registry's manifest $DIGEST is not the one Jib reported ($(cat target/jib-image.digest))"
fi
config_digest=$(jq -r .config.digest "$TMP/manifest.json")
config_file="${config_digest#sha256:}.json"
blob "$config_digest" "$EXPORT/$config_file"
check_digest "$EXPORT/$config_file" "$config_digest"
mapfile -t layer_digests < <(jq -r '.layers[].digest' "$TMP/manifest.json")
mapfile -t diff_ids < <(jq -r '.rootfs.diff_ids[]' "$EXPORT/$config_file")
((${#layer_digests[@]} == ${#diff_ids[@]})) || die "the manifest and the config count different layers"
layer_files=()
for i in "${!layer_digests[@]}"; do
  blob "${layer_digests[$i]}" "$TMP/layer.gz"
  check_digest "$TMP/layer.gz" "${layer_digests[$i]}"
  file="${diff_ids[$i]#sha256:}.tar"
  gzip -dc "$TMP/layer.gz" > "$EXPORT/$file"
  check_digest "$EXPORT/$file" "${diff_ids[$i]}"
  layer_files+=("$file")
done
rm -f "$TMP/layer.gz"
IMAGE_NAME="$REPOSITORY:$TAG"
jq -n --arg config "$config_file" --arg tag "$IMAGE_NAME" --args \
  '[{Config: $config, RepoTags: [$tag], Layers: $ARGS.positional}]' "${layer_files[@]}" \
  > "$EXPORT/manifest.json"
IMAGE_TAR="$OUT/modelterms-$TAG.tar"
tar -cf "$IMAGE_TAR" -C "$EXPORT" manifest.json "$config_file" "${layer_files[@]}"
echo "$DIGEST" > "$OUT/modelterms-$TAG.digest"
cp "$TMP/manifest.json" "$OUT/modelterms-$TAG.manifest.json"

compressed=$(jq '[.config.size, .layers[].size] | add' "$TMP/manifest.json")
uncompressed=$(cat "${layer_files[@]/#/$EXPORT/}" | wc -c)
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
log "exported and checked in $((SECONDS - t0)) s"
echo "image:        $IMAGE_NAME (built as $pushed)"
echo "digest:       $DIGEST"
echo "layers:       ${#layer_files[@]}: $(jq -r '[.layers[].size | if . < 1024 then "\(.) B" elif . < 1048576 then "\(. / 1024 | round) KiB" else "\(. / 104857.6 | round / 10) MiB" end] | join(", ")' "$TMP/manifest.json") (compressed)"
echo "size:         $(mib "$compressed") compressed (as pushed), $(mib "$uncompressed") unpacked"
echo "tarball:      $IMAGE_TAR ($(mib "$(stat -c %s "$IMAGE_TAR")"))"
echo "entrypoint:   $(jq -c '.config.Entrypoint' "$EXPORT/$config_file")"
echo "user:         $(jq -r '.config.User // "root"' "$EXPORT/$config_file"), working directory $(jq -r '.config.WorkingDir // "/"' "$EXPORT/$config_file")"

if [[ $PROVE == false ]]; then
  log "done in $((SECONDS - START)) s (not run: --no-prove)"
  exit 0
fi

# --- 4. Proof: unpack the layers and run the image's entrypoint in a chroot ---------------------

t0=$SECONDS
$SUDO mkdir -p "$RFS"
for file in "${layer_files[@]}"; do
  # OCI whiteouts: a lower layer's file (.wh.NAME) or a directory's contents (.wh..wh..opq).
  while IFS= read -r entry; do
    dir=$(dirname "$entry")
    name=$(basename "$entry")
    if [[ "$name" == .wh..wh..opq ]]; then
      $SUDO find "$RFS/$dir" -mindepth 1 -maxdepth 1 -exec rm -rf --one-file-system {} +
    else
      $SUDO rm -rf --one-file-system "${RFS:?}/$dir/${name#.wh.}"
    fi
  done < <(tar -tf "$EXPORT/$file" --warning=no-unknown-keyword | grep '\.wh\.' || true)
  $SUDO tar -xpf "$EXPORT/$file" -C "$RFS" --numeric-owner --exclude='.wh.*' \
    --warning=no-unknown-keyword
done
# What a runtime provides: mount points, and /etc/hosts naming the container's own host name.
$SUDO mkdir -p "$RFS/dev" "$RFS/proc"
printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n127.0.1.1\tmodelterms-image\n' \
  | $SUDO tee "$RFS/etc/hosts" >/dev/null
config="$EXPORT/$config_file"
mapfile -t entrypoint < <(jq -r '.config.Entrypoint // [] | .[]' "$config")
mapfile -t cmd < <(jq -r '.config.Cmd // [] | .[]' "$config")
mapfile -t image_env < <(jq -r '.config.Env // [] | .[]' "$config")
workdir=$(jq -r '.config.WorkingDir // "/"' "$config")
user=$(jq -r '.config.User // "0"' "$config")
uid=${user%%:*}
gid=0 # a user with no group runs with group 0, as Docker and Kubernetes do
[[ "$user" == *:* ]] && gid=${user#*:}
[[ "$uid" =~ ^[0-9]+$ ]] || uid=$(awk -F: -v u="$uid" '$1 == u { print $3 }' "$RFS/etc/passwd")
[[ "$gid" =~ ^[0-9]+$ ]] || gid=$(awk -F: -v g="$gid" '$1 == g { print $3 }' "$RFS/etc/group")
((${#entrypoint[@]} + ${#cmd[@]} > 0)) || die "the image has neither an entrypoint nor a command"
log "unpacked ${#layer_files[@]} layers into $RFS in $((SECONDS - t0)) s: $($SUDO du -sm "$RFS" | cut -f1) MiB"

# PostgreSQL on loopback, in a cluster of its own.
PG_PORT=$(free_port) || die "no free port for PostgreSQL"
mkdir -p "$TMP/pgdata"
[[ $(id -u) -eq 0 ]] && chown postgres "$TMP/pgdata"
as_postgres "$PG_BIN/initdb" -D "$TMP/pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
cat >> "$TMP/pgdata/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$TMP/pgdata'
EOF
as_postgres "$PG_BIN/pg_ctl" -D "$TMP/pgdata" -l "$TMP/pgdata/server.log" -w start >/dev/null
PG_STARTED=true
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres modelterms
log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"

APP_PORT=$(free_port) || die "no free port for the application"
run_env=("${image_env[@]}"
  "QUARKUS_HTTP_HOST=127.0.0.1"
  "QUARKUS_HTTP_PORT=$APP_PORT"
  "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/modelterms"
  "QUARKUS_DATASOURCE_USERNAME=postgres"
  "QUARKUS_DATASOURCE_PASSWORD=unused"
  "MODELTERMS_EMBEDDED_ENABLED=false")
log "starting the image's entrypoint as $uid:$gid in $workdir (log: $TMP/app.log)"
# New mount, PID and host-name namespaces: /proc for them, the host's /dev bound in (as a
# runtime supplies one), then chroot, working directory and user from the image config. The
# host's network is shared, so the database is reached on 127.0.0.1.
# shellcheck disable=SC2016
$SUDO unshare --mount --pid --uts --fork --mount-proc="$RFS/proc" \
  sh -c 'hostname modelterms-image && mount --rbind /dev "$1/dev" && shift && exec "$@"' sh "$RFS" \
  env -i "${run_env[@]}" \
  unshare --root="$RFS" --wd="$workdir" --setgid="$gid" --setuid="$uid" -- "${entrypoint[@]}" "${cmd[@]}" \
  > "$TMP/app.log" 2>&1 &
APP_PID=$!

ready=""
for _ in $(seq 1 240); do
  alive "$APP_PID" || { tail -40 "$TMP/app.log" >&2; die "the image's process ended"; }
  if ready=$(curl -fsS "http://127.0.0.1:$APP_PORT/q/health/ready" 2>/dev/null); then
    break
  fi
  ready=""
  sleep 1
done
[[ -n "$ready" ]] || { tail -40 "$TMP/app.log" >&2; die "not ready after 240 s"; }
[[ $(jq -r .status <<< "$ready") == UP ]] || die "/q/health/ready answered $ready"
log "ready after $((SECONDS - t0)) s"

# The process that answered: its user and its root directory, seen from the host.
for pid in $(image_pids); do
  [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == java ]] && JAVA_PID=$pid
done
[[ -n "$JAVA_PID" ]] || die "no java process runs in $RFS"
echo "process:      pid $JAVA_PID ($(awk '/^NSpid:/ { print $NF }' "/proc/$JAVA_PID/status") in its namespace), uid $(awk '/^Uid:/ { print $2 }' "/proc/$JAVA_PID/status"), gid $(awk '/^Gid:/ { print $2 }' "/proc/$JAVA_PID/status"), root $($SUDO readlink "/proc/$JAVA_PID/root"), cwd $($SUDO readlink "/proc/$JAVA_PID/cwd" | sed "s|^$RFS||"): $(tr '\0' ' ' < "/proc/$JAVA_PID/cmdline")"
java_exe=$($SUDO readlink "/proc/$JAVA_PID/exe" | sed "s|^$RFS||")
echo "java:         $java_exe, $(grep -h '^JAVA_RUNTIME_VERSION=' "$RFS$(dirname "$(dirname "$java_exe")")/release" 2>/dev/null || echo 'version unknown')"
echo "ready:        $(jq -c '{status, checks: [.checks[] | {name, status}]}' <<< "$ready")"

answer=$(curl -fsS -H 'Content-Type: application/json' \
  -d '{"query":"{ models(first: 3) { totalCount nodes { slug } } license(id: \"Apache-2.0\") { name } }"}' \
  "http://127.0.0.1:$APP_PORT/graphql")
echo "graphql:      $(jq -c . <<< "$answer")"
[[ $(jq '(.errors // [] | length) == 0 and .data.models.totalCount > 0 and .data.license.name != null' <<< "$answer") == true ]] \
  || die "the GraphQL answer has errors or no data"

# A graceful stop: SIGTERM to the namespace's PID 1, as a runtime stops a container.
$SUDO kill -TERM "$JAVA_PID"
for _ in $(seq 1 30); do alive "$APP_PID" || break; sleep 1; done
alive "$APP_PID" && die "the image's process did not stop within 30 s of SIGTERM"
wait "$APP_PID" 2>/dev/null || true
APP_PID=""
grep -q 'stopped in' "$TMP/app.log" || die "no 'stopped in' in the log after SIGTERM"
log "stopped on SIGTERM: $(grep -o '[^ ]* stopped in [0-9.]*s' "$TMP/app.log" | tail -1)"
log "PROVED: $IMAGE_NAME ($DIGEST) runs; all done in $((SECONDS - START)) s"
