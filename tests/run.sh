#!/usr/bin/env bash
# README command 2: provisions RabbitMQ, PostgreSQL and an S3 server, builds the solution in Release and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/provision.sh

export GATEWAY_TEST_RABBITMQ="${GATEWAY_TEST_RABBITMQ:-amqp://guest:guest@127.0.0.1:5672/}"
export GATEWAY_TEST_POSTGRES="${GATEWAY_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=gateway;Password=gateway}"
export GATEWAY_TEST_S3="${GATEWAY_TEST_S3:-http://127.0.0.1:4568/}"

log=$(mktemp)
status=0
run() { "$@" 2>&1 | tee -a "$log" || status=1; }

dotnet build Microservices.sln -c Release

# 1. Every test project but the end-to-end one, in parallel.
run dotnet test Microservices.sln -c Release --no-build --logger "console;verbosity=normal" \
  --filter "FullyQualifiedName!~GenerationGateway.EndToEnd.Tests"
# 2. End to end: services as separate processes on RabbitMQ and PostgreSQL; detailed, so the fault points
#    and the counts each crash test checked are printed.
run dotnet test tests/EndToEnd.Tests -c Release --no-build --logger "console;verbosity=detailed" \
  --filter "Category!=BrokerRestart"
# 3. Last and alone: restarting RabbitMQ would disturb any other test using it.
run dotnet test tests/EndToEnd.Tests -c Release --no-build --logger "console;verbosity=detailed" \
  --filter "Category=BrokerRestart"

# 4. The benchmarks, short and not enforced: the figures land in the log (see tests/Benchmarks/README.md).
run dotnet run -c Release --no-build --project tests/Benchmarks -- --generations 150 --messages 500

# awk, not grep: grep finds no "Failed:" line in a green run and exits 1, which would end this script here.
passed=$(awk '/^[[:space:]]+Passed:[[:space:]]+[0-9]+/ {s+=$2} END {print s+0}' "$log")
failed=$(awk '/^[[:space:]]+Failed:[[:space:]]+[0-9]+/ {s+=$2} END {print s+0}' "$log")
rm -f "$log"
[ "$failed" -eq 0 ] || status=1
[ "$passed" -gt 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status
