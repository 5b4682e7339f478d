#!/usr/bin/env bash
# Docker for the test suite and the compose run (tests/run.sh calls it; a developer may too):
#   1. installs the engine (Debian's docker.io, containerd, runc) if there is no dockerd, and the buildx and compose v2
#      CLI plugins from Debian trixie if the docker CLI lacks them;
#   2. starts dockerd if no engine answers (an engine that already runs is only used, never restarted or reconfigured);
#   3. builds, once per machine, the images no registry can give us here: a Debian bookworm base (debootstrap from
#      the machine's apt mirror), RabbitMQ 3.10 and PostgreSQL 15 stand-ins for the official images (tests/images/),
#      and .NET SDK and ASP.NET runtime images from this machine's own .NET, tagged with the names
#      deploy/docker/Dockerfile uses (only where no image of that name exists). An image whose recipe did not change
#      is not rebuilt: its tag carries a hash of tests/images/<name>;
#   4. writes what Testcontainers and the compose run need to tests/.containers.env (DOCKER_API_VERSION,
#      TESTCONTAINERS_RYUK_DISABLED, the image names), for `source`.
# Idempotent. Skip step 3 with GATEWAY_TEST_LOCAL_IMAGES=0 on a machine that reaches Docker Hub and mcr.microsoft.com
# (the tests then use the official images). Prints its time.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
say() { echo "provision-docker: $*"; }
env_file=tests/.containers.env
images=tests/images
work=/var/tmp/gateway-docker-images
trixie_mirror_suite=trixie

apt_mirror() {
  # The first Debian archive URI of the machine's apt sources (deb822 or one-line format).
  { grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null || true
    grep -hE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true
  } | awk '$2 ~ /\/debian\/?$/ {print $2; exit}'
}

# --- 1. the engine and CLI plugins ---------------------------------------------------------------------------------
if ! command -v dockerd >/dev/null 2>&1; then
  say "installing docker.io, containerd, runc"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq docker.io containerd runc >/dev/null
fi
command -v debootstrap >/dev/null 2>&1 || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }

plugins=/usr/local/lib/docker/cli-plugins
if ! docker buildx version >/dev/null 2>&1 || ! docker compose version >/dev/null 2>&1; then
  # Bookworm has neither; trixie's builds (Go, no newer glibc needed) work as plugins of the 28.x CLI against 20.10.
  say "installing the buildx and compose CLI plugins from Debian $trixie_mirror_suite"
  trixie=$work/trixie-apt
  rm -rf "$trixie" && mkdir -p "$trixie/lists/partial" "$trixie/archives/partial" "$trixie/debs"
  echo "deb $(apt_mirror) $trixie_mirror_suite main" > "$trixie/sources.list"
  apt_trixie=(-o "APT::Sandbox::User=root" -o "Dir::Etc::SourceList=$trixie/sources.list" -o "Dir::Etc::SourceParts=-" -o "Dir::State::Lists=$trixie/lists"
              -o "Dir::Cache::Archives=$trixie/archives" -o "APT::Get::List-Cleanup=0")
  apt-get "${apt_trixie[@]}" update -qq
  (cd "$trixie/debs" && apt-get "${apt_trixie[@]}" download docker-buildx docker-compose >/dev/null)
  mkdir -p "$plugins"
  for deb in "$trixie"/debs/*.deb; do dpkg-deb -x "$deb" "$trixie/root"; done
  install -m 0755 "$(find "$trixie/root" -type f -name docker-buildx -path '*cli-plugins*' | head -n 1)" "$plugins/docker-buildx"
  install -m 0755 "$(find "$trixie/root" -type f -name docker-compose -path '*cli-plugins*' | head -n 1)" "$plugins/docker-compose"
  rm -rf "$trixie"
fi

# --- 2. a running engine -------------------------------------------------------------------------------------------
if docker info >/dev/null 2>&1; then
  say "using the Docker engine that is already running"
else
  say "starting dockerd (log: /var/log/gateway-dockerd.log)"
  # Default flags: overlay2, the docker0 bridge (Testcontainers needs it). setsid: it outlives this script.
  (setsid nohup dockerd >/var/log/gateway-dockerd.log 2>&1 </dev/null &)
  for _ in $(seq 1 120); do docker info >/dev/null 2>&1 && break; sleep 0.5; done
  docker info >/dev/null 2>&1 || { say "dockerd did not start:"; tail -n 30 /var/log/gateway-dockerd.log >&2; exit 1; }
fi
api_version=$(docker version --format '{{.Server.APIVersion}}')
say "engine $(docker version --format '{{.Server.Version}}') (API $api_version), $(docker compose version --short 2>/dev/null || echo 'no compose v2')"

# --- 3. local images -----------------------------------------------------------------------------------------------
recipe() { find "$images/$1" -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-12; }
present() { docker image inspect "$1" >/dev/null 2>&1; }
# Tags a locally built stand-in with an official name, unless an image of that name (pulled, or the user's own)
# is already there and is not one of ours.
tag_official() {
  local built=$1 official=$2
  if present "$official" && [ "$(docker image inspect -f '{{index .Config.Labels "gateway.stand-in"}}' "$official")" != true ]; then
    say "keeping the existing $official (not a local stand-in)"
  else
    docker tag "$built" "$official"
  fi
}
build() {
  local name=$1 tag=$2 context=$3
  if present "$tag"; then return; fi
  local t=$SECONDS
  say "building $tag"
  docker build -q --build-arg "BASE=$base" --label gateway.stand-in=true -t "$tag" "$context" >/dev/null
  say "built $tag in $((SECONDS - t)) s"
}

if [ "${GATEWAY_TEST_LOCAL_IMAGES:-1}" = 0 ]; then
  say "GATEWAY_TEST_LOCAL_IMAGES=0: using the official images"
  rabbitmq_image=rabbitmq:4.1-management
  postgres_image=postgres:17
  ryuk_disabled=false
else
  # Testcontainers' resource reaper (Ryuk) is an image from Docker Hub too: off, tests/run.sh removes the containers.
  ryuk_disabled=true
  base=gateway-ci/debian:bookworm
  if ! present "$base"; then
    mirror=$(apt_mirror)
    t=$SECONDS
    say "building $base with debootstrap from $mirror (a few minutes)"
    rootfs=$work/bookworm
    rm -rf "$rootfs" && mkdir -p "$rootfs"
    debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >/dev/null
    printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb %s-security bookworm-security main\n' \
      "$mirror" "$mirror" "${mirror%/debian*}/debian" > "$rootfs/etc/apt/sources.list"
    chroot "$rootfs" apt-get clean
    rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin
    tar -C "$rootfs" -c . | docker import -c 'CMD ["/bin/bash"]' -c 'LABEL gateway.stand-in=true' - "$base" >/dev/null
    rm -rf "$rootfs"
    say "built $base in $((SECONDS - t)) s"
  fi

  rabbitmq_image=gateway-ci/rabbitmq:3.10-$(recipe rabbitmq)
  postgres_image=gateway-ci/postgres:15-$(recipe postgres)
  build rabbitmq "$rabbitmq_image" "$images/rabbitmq"
  build postgres "$postgres_image" "$images/postgres"

  # .NET: the context is a copy of this machine's installation (all of it for the SDK; host and runtimes for ASP.NET).
  dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
  dotnet_id=$(ls "$dotnet_root/sdk" "$dotnet_root/shared/Microsoft.AspNetCore.App" | sha256sum | cut -c1-8)
  sdk_image=gateway-ci/dotnet-sdk:10.0-$(recipe dotnet-sdk)-$dotnet_id
  aspnet_image=gateway-ci/dotnet-aspnet:10.0-$(recipe dotnet-aspnet)-$dotnet_id
  for kind in sdk aspnet; do
    image_var=${kind}_image
    present "${!image_var}" && continue
    context=$work/dotnet-$kind
    rm -rf "$context" && mkdir -p "$context/dotnet" "$context/ca"
    cp "$images/dotnet-$kind/Dockerfile" "$context/"
    if [ "$kind" = sdk ]; then
      cp -a "$dotnet_root/." "$context/dotnet/"
      cp /usr/local/share/ca-certificates/*.crt "$context/ca/" 2>/dev/null || true
    else
      mkdir -p "$context/dotnet/shared"
      cp -a "$dotnet_root/dotnet" "$dotnet_root/host" "$context/dotnet/"
      cp -a "$dotnet_root/shared/Microsoft.NETCore.App" "$dotnet_root/shared/Microsoft.AspNetCore.App" "$context/dotnet/shared/"
    fi
    build "dotnet-$kind" "${!image_var}" "$context"
    rm -rf "$context"
  done
  tag_official "$sdk_image" mcr.microsoft.com/dotnet/sdk:10.0
  tag_official "$aspnet_image" mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled
fi

# --- 4. what the tests and the compose run read --------------------------------------------------------------------
cat > "$env_file" <<EOF
# Written by tests/provision-docker.sh; source it before dotnet test or docker compose.
export DOCKER_API_VERSION=$api_version
export TESTCONTAINERS_RYUK_DISABLED=$ryuk_disabled
export GATEWAY_TEST_RABBITMQ_IMAGE=$rabbitmq_image
export GATEWAY_TEST_POSTGRES_IMAGE=$postgres_image
export RABBITMQ_IMAGE=$rabbitmq_image
export POSTGRES_IMAGE=$postgres_image
EOF
say "images: $rabbitmq_image, $postgres_image; environment in $env_file"
say "done in $((SECONDS - started)) s"
