#!/usr/bin/env bash
# README command 2: provisions Docker (and the local images) and an S3 server, builds the solution in Release, runs
# every test (RabbitMQ and PostgreSQL in containers, through Testcontainers), then brings docker-compose.yml up for real
# and exercises it (tests/compose-exercise.sh). GATEWAY_TEST_RABBITMQ / GATEWAY_TEST_POSTGRES, when set, point the tests
# at running services instead of containers (quick local loops; CI leaves them unset). GATEWAY_SKIP_COMPOSE=1 skips
# the compose run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/provision-docker.sh
. tests/.containers.env
bash tests/provision.sh s3 chromium

export GATEWAY_TEST_S3="${GATEWAY_TEST_S3:-http://127.0.0.1:4568/}"
# Labels this run's test containers; without the resource reaper (TESTCONTAINERS_RYUK_DISABLED) this script removes them.
export GATEWAY_TEST_RUN="run-$$-$(date +%s)"
remove_test_containers() {
  local containers
  containers=$(docker ps -aq --filter "label=gateway.test-run=$GATEWAY_TEST_RUN")
  [ -z "$containers" ] || docker rm -f $containers >/dev/null
}
trap remove_test_containers EXIT

log=$(mktemp)
status=0
run() { "$@" 2>&1 | tee -a "$log" || status=1; }

dotnet build Microservices.sln -c Release

# 1. Every test project but the end-to-end one, in parallel.
run dotnet test Microservices.sln -c Release --no-build --logger "console;verbosity=normal" \
  --filter "FullyQualifiedName!~GenerationGateway.EndToEnd.Tests"
remove_test_containers
# 2. End to end: services as separate processes on RabbitMQ and PostgreSQL; detailed, so the fault points
#    and the counts each crash test checked are printed.
run dotnet test tests/EndToEnd.Tests -c Release --no-build --logger "console;verbosity=detailed" \
  --filter "Category!=BrokerRestart&Category!=BrokerCluster"
remove_test_containers
# 3. Alone: restarting RabbitMQ (its container) would disturb any other test using it.
run dotnet test tests/EndToEnd.Tests -c Release --no-build --logger "console;verbosity=detailed" \
  --filter "Category=BrokerRestart"
remove_test_containers
# 3b. Alone, and only with GATEWAY_CLUSTER_TEST=1: a three-node RabbitMQ cluster of its own (tests/rabbitmq-cluster.sh,
#     AMQP 5681-5683), one node lost mid-run (frozen); detailed, so the queue types, leaders and counts it checked are
#     printed. GATEWAY_CLUSTER_TEST=0 skips it.
if [ "${GATEWAY_CLUSTER_TEST:-1}" = 1 ]; then
  # Every line of every service process is kept, and printed when the test fails (a failure message has the tail only).
  export GATEWAY_TEST_PROCESS_LOGS; GATEWAY_TEST_PROCESS_LOGS=$(mktemp -d)
  before=$status; status=0
  run dotnet test tests/EndToEnd.Tests -c Release --no-build --logger "console;verbosity=detailed" \
    --filter "Category=BrokerCluster"
  if [ "$status" != 0 ]; then
    for f in "$GATEWAY_TEST_PROCESS_LOGS"/*.log; do echo "===== $(basename "$f") ====="; cat "$f"; done 2>&1 | tee -a "$log"
  else
    status=$before
  fi
  rm -rf "$GATEWAY_TEST_PROCESS_LOGS"; unset GATEWAY_TEST_PROCESS_LOGS
  bash tests/rabbitmq-cluster.sh down
fi

# 4. The benchmarks, short and not enforced: the figures land in the log (see tests/Benchmarks/README.md); the
#    inflight scenario's short pass fills and holds 300 generations and a 40-job burst for about a minute and a half;
#    statuschecks (part of the default "all") holds 300 seeded checks for 30 s more.
run dotnet run -c Release --no-build --project tests/Benchmarks -- --generations 150 --messages 500 \
  --inflight 300 --job-seconds 6 --interval-seconds 2 --window-seconds 30 \
  --fair-burst 40 --capacity 4 --fair-job-seconds 2 --fair-interval-seconds 1 --fair-window-seconds 25
remove_test_containers

# 5. docker-compose.yml for real: images built, sandbox up, a job per vendor, two Rodin replicas, a killed adapter.
if [ "${GATEWAY_SKIP_COMPOSE:-0}" != 1 ]; then
  bash tests/compose-exercise.sh || status=1
fi
echo "run.sh: $((SECONDS / 60)) min $((SECONDS % 60)) s in all"

# awk, not grep: grep finds no "Failed:" line in a green run and exits 1, which would end this script here.
passed=$(awk '/^[[:space:]]+Passed:[[:space:]]+[0-9]+/ {s+=$2} END {print s+0}' "$log")
failed=$(awk '/^[[:space:]]+Failed:[[:space:]]+[0-9]+/ {s+=$2} END {print s+0}' "$log")
rm -f "$log"
[ "$failed" -eq 0 ] || status=1
[ "$passed" -gt 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status
