#!/usr/bin/env bash
# docker-compose.yml for real (tests/run.sh runs it after the tests; needs tests/provision-docker.sh first):
#   builds the service images from deploy/docker/Dockerfile, brings the sandbox up on host ports that do not clash
#   with a local RabbitMQ or PostgreSQL, waits for every health check, and through the published ports
#   1. completes one job per vendor (intake → adapter → simulator → results) and matches a downloaded asset's checksum,
#   2. scales adapter-rodin to 2 replicas and checks that both take work and every job is submitted to the vendor once,
#   3. kills the replica that holds a running job and checks that the job completes once on the other,
#   all of it on a stock PostgreSQL (max_connections = 100, checked): the connections in use are printed after each step
#   and no service may have been refused one ("too many clients"), then `down -v`. Prints its figures (build time, time to healthy, jobs completed, times per job).
# The OpenTelemetry collector and Jaeger are left out (not named to `up`, nothing depends on them, GATEWAY_OTLP_ENDPOINT
# empty so nothing exports): their images can be neither pulled nor built without a registry.
# Every gateway request sends `Authorization: Bearer <key>`: GATEWAY_API_KEY when set, otherwise a key for tenant "ci"
# that the exercise creates with the sandbox's admin key (GATEWAY_ADMIN_KEY in deploy/compose/sandbox.env).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f tests/.containers.env ] && . tests/.containers.env
started=$SECONDS

export COMPOSE_PROJECT_NAME=${COMPOSE_PROJECT_NAME:-gateway-ci}
export GATEWAY_IMAGE_TAG=${GATEWAY_IMAGE_TAG:-ci}
export RABBITMQ_PORT=${RABBITMQ_PORT:-35672} RABBITMQ_MANAGEMENT_PORT=${RABBITMQ_MANAGEMENT_PORT:-35673}
export POSTGRES_PORT=${POSTGRES_PORT:-35432}
export INTAKE_PORT=${INTAKE_PORT:-38081} RESULTS_PORT=${RESULTS_PORT:-38082} PORTRAIT_PORT=${PORTRAIT_PORT:-38083}
export VENDORSIM_PORT=${VENDORSIM_PORT:-38090} WEBHOOKS_PORT=${WEBHOOKS_PORT:-38084}
export ASSETS_PUBLIC_BASE_URL=http://localhost:$RESULTS_PORT/v1/assets/
export GATEWAY_OTLP_ENDPOINT=
intake=http://127.0.0.1:$INTAKE_PORT
results=http://127.0.0.1:$RESULTS_PORT
sim=http://127.0.0.1:$VENDORSIM_PORT
say() { echo "compose: $*"; }
psql_gateway() { compose exec -T postgres psql -U "${POSTGRES_USER:-gateway}" -d gateway -Atc "$1"; }
pg_connections() { psql_gateway "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"; }
compose() {
  docker compose --env-file deploy/compose/sandbox.env "$@"
}

finish() {
  local status=$?
  if [ $status -ne 0 ]; then
    say "FAILED; the last log lines of every service:"
    compose logs --no-color --tail 40 || true
  fi
  compose down -v --remove-orphans >/dev/null 2>&1 || true
  say "down -v done"
  exit $status
}
trap finish EXIT

# Every adapter the sandbox runs (the compose services adapter-*), so a new vendor needs no line here.
mapfile -t adapters < <(compose config --services | grep '^adapter-' | sort)
gateway_services=(intake-api results-api webhooks vendorsim "${adapters[@]}")

say "leaving out otel-collector and jaeger (no registry: their images can be neither pulled nor built here);" \
  "GATEWAY_OTLP_ENDPOINT empty: nothing exports"
compose down -v --remove-orphans >/dev/null 2>&1 || true

t=$SECONDS
compose build --quiet "${gateway_services[@]}"
build_time=$((SECONDS - t))
say "built ${#gateway_services[@]} images from deploy/docker/Dockerfile in $build_time s"

t=$SECONDS
compose up -d --wait --wait-timeout 300 rabbitmq postgres "${gateway_services[@]}"
healthy=$((SECONDS - t))
say "all $(compose ps -q | wc -l) containers healthy $healthy s after up"
max_connections=$(psql_gateway "SHOW max_connections")
[ "$max_connections" = 100 ] || { say "expected a stock PostgreSQL (max_connections 100), found $max_connections" >&2; exit 1; }

if [ -z "${GATEWAY_API_KEY:-}" ]; then
  admin_key=$(sed -n 's/^GATEWAY_ADMIN_KEY=//p' deploy/compose/sandbox.env)
  GATEWAY_API_KEY=$(curl -sS --fail-with-body -X POST "$intake/v1/admin/api-keys" -H "Authorization: Bearer $admin_key" \
    -H 'Content-Type: application/json' -d '{"tenantId":"ci","name":"compose-exercise","scopes":["generations:write","generations:read"]}' \
    | jq -er .key)
  say "created an API key for tenant ci with the sandbox's admin key"
fi
auth=(-H "Authorization: Bearer $GATEWAY_API_KEY")

# --- helpers -----------------------------------------------------------------------------------------------------
# POST a request body to intake; prints the generation id.
submit() {
  local body=$1 response
  response=$(curl -sS --fail-with-body -X POST "$intake/v1/generations" "${auth[@]}" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: ci-$RANDOM-$RANDOM" -d "$body")
  jq -er .generationId <<<"$response"
}
generation() { curl -sS --fail "${auth[@]}" "$results/v1/generations/$1"; }
# Waits for a terminal status (at most $2 seconds); prints the generation.
wait_terminal() {
  local id=$1 deadline=$((SECONDS + ${2:-180})) body
  while [ $SECONDS -lt $deadline ]; do
    body=$(generation "$id" 2>/dev/null || true)
    if jq -e '.status | IN("completed","failed","cancelled")' <<<"$body" >/dev/null 2>&1; then
      echo "$body"
      return
    fi
    sleep 1
  done
  say "generation $id did not end within ${2:-180} s: $body" >&2
  return 1
}
# Waits until the vendor accepted the job (its paid submit is done) while it still runs; prints its status.
wait_vendor_accepted() {
  local id=$1 deadline=$((SECONDS + 120)) body
  while [ $SECONDS -lt $deadline ]; do
    body=$(generation "$id" 2>/dev/null || true)
    if jq -e '.vendorJobId != null' <<<"$body" >/dev/null 2>&1; then
      jq -r .status <<<"$body"
      return
    fi
    sleep 0.2
  done
  say "generation $id was never accepted by the vendor: $body" >&2
  return 1
}
expect_completed() {
  local name=$1 body=$2
  if ! jq -e '.status == "completed"' <<<"$body" >/dev/null; then
    say "$name did not complete: $body" >&2
    return 1
  fi
}
# Downloads the generation's first asset through its published URL and matches its sha256 checksum.
check_asset() {
  local body=$1 url checksum actual
  url=$(jq -er '.assets[0].url' <<<"$body")
  checksum=$(jq -er '.assets[0].checksum' <<<"$body")
  actual=sha256:$(curl -sS --fail "${auth[@]}" "$url" | sha256sum | cut -d' ' -f1)
  [ "$actual" = "$checksum" ] || { say "asset $url: checksum $actual, manifest says $checksum" >&2; return 1; }
  echo "$(jq -r '.assets[0].name' <<<"$body") $checksum"
}
rodin_submits() {
  curl -sS --fail "$sim/_sim/requests?vendor=rodin" | jq '[.[] | select(.method == "POST" and (.path | endswith("/api/v2/rodin")))] | length'
}
rodin_job() { echo '{"tenantId":"ci","vendor":"rodin","kind":"text-to-3d","inputs":{"prompt":"'"$1"'"},"options":{"quality":"medium","outputFormats":["glb"]},"vendorOptions":{"tier":"Regular"}}'; }

# --- 1. one job per vendor ---------------------------------------------------------------------------------------
# Each vendor's sandbox request lives with its adapter's tests (tests/Adapters.<Vendor>.Tests/sandbox-request.json).
# Input URLs are fetched by the adapters inside the compose network: the simulator is http://vendorsim:8080 there.
declare -A jobs
for file in tests/Adapters.*.Tests/sandbox-request.json; do jobs[$(jq -er .vendor "$file")]=$(jq -c . "$file"); done
[ "${#jobs[@]}" -eq "${#adapters[@]}" ] || { say "${#adapters[@]} adapters but ${#jobs[@]} sandbox requests (tests/Adapters.*.Tests/sandbox-request.json)" >&2; exit 1; }
mapfile -t vendors < <(printf '%s\n' "${!jobs[@]}" | sort)
styles=$(curl -sS --fail "${auth[@]}" "http://127.0.0.1:$PORTRAIT_PORT/v1/vendors/portrait/styles" | jq '.styles | length')
say "portrait style catalogue through its published port: $styles styles"
declare -A ids
t=$SECONDS
for vendor in "${vendors[@]}"; do ids[$vendor]=$(submit "${jobs[$vendor]}"); done
completed=0
for vendor in "${vendors[@]}"; do
  body=$(wait_terminal "${ids[$vendor]}" 240)
  expect_completed "$vendor ${ids[$vendor]}" "$body"
  completed=$((completed + 1))
  say "$vendor: completed after $((SECONDS - t)) s, $(jq '.assets | length' <<<"$body") assets; downloaded $(check_asset "$body") (checksum matched)"
done
say "one job per vendor: $completed of ${#jobs[@]} completed in $((SECONDS - t)) s"
say "PostgreSQL max_connections $max_connections: $(pg_connections) client connections open after a job per vendor"

# --- 2. two Rodin adapters share the work ------------------------------------------------------------------------
t=$SECONDS
compose up -d --wait --wait-timeout 300 --no-recreate --scale adapter-rodin=2 adapter-rodin
replicas=($(compose ps -q adapter-rodin))
say "adapter-rodin scaled to ${#replicas[@]} replicas, healthy in $((SECONDS - t)) s"
[ "${#replicas[@]}" -eq 2 ]
submits_before=$(rodin_submits)
scaled=()
for i in $(seq 1 8); do scaled+=("$(submit "$(rodin_job "scaled chair $i")")"); done
for id in "${scaled[@]}"; do expect_completed "rodin $id" "$(wait_terminal "$id" 240)"; done
submits=$(( $(rodin_submits) - submits_before ))
took=()
for replica in "${replicas[@]}"; do
  logs=$(docker logs "$replica" 2>&1)
  n=0
  for id in "${scaled[@]}"; do grep -q "$id" <<<"$logs" && n=$((n + 1)); done
  took+=("$n")
done
say "2 replicas: ${#scaled[@]} jobs completed in $((SECONDS - t)) s, vendor submits ${submits}, jobs each replica worked on (in its log): ${took[*]}"
[ "$submits" -eq "${#scaled[@]}" ] || { say "expected one vendor submit per job" >&2; exit 1; }
for n in "${took[@]}"; do [ "$n" -gt 0 ] || { say "a replica took no work" >&2; exit 1; }; done
say "PostgreSQL max_connections $max_connections: $(pg_connections) client connections open with 2 Rodin replicas"

# --- 3. the replica holding a running job is killed --------------------------------------------------------------
t=$SECONDS
submits_before=$(rodin_submits)
id=$(submit "$(rodin_job "a chair across a killed adapter")")
status=$(wait_vendor_accepted "$id")
victim=
for replica in "${replicas[@]}"; do docker logs "$replica" 2>&1 | grep -q "$id" && victim=$replica; done
victim=${victim:-${replicas[0]}}
docker kill "$victim" >/dev/null
after_kill=$(generation "$id" | jq -r .status)
say "killed adapter-rodin replica $(docker inspect -f '{{.Name}}' "$victim") once the vendor had accepted $id" \
  "(status $status; $after_kill right after the kill)"
case "$after_kill" in completed|failed|cancelled) say "the job had ended before the kill: nothing was proven" >&2; exit 1 ;; esac
body=$(wait_terminal "$id" 240)
expect_completed "rodin $id" "$body"
submits=$(( $(rodin_submits) - submits_before ))
say "killed replica: the job completed after $((SECONDS - t)) s on the other, vendor submits $submits, $(check_asset "$body") (checksum matched)"
[ "$submits" -eq 1 ] || { say "expected exactly one vendor submit" >&2; exit 1; }
say "the killed replica is $(docker inspect -f '{{.State.Status}}, restarted {{.RestartCount}} times' "$victim") (restart: unless-stopped)"

refused=$(compose logs --no-color 2>&1 | grep -c "too many clients" || true)
say "PostgreSQL refused a connection $refused times (\"too many clients\")"
[ "$refused" -eq 0 ] || { say "the deployment does not fit a stock PostgreSQL's connections" >&2; exit 1; }

total=$((completed + ${#scaled[@]} + 1))
say "figures: images built in $build_time s, $healthy s to healthy, $total jobs completed ($completed vendors, ${#scaled[@]} on 2 replicas, 1 across a kill), $((SECONDS - started)) s in all"
