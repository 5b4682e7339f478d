#!/usr/bin/env bash
# README command 2: provisions RabbitMQ and PostgreSQL, builds the solution and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/provision.sh

export GATEWAY_TEST_RABBITMQ="${GATEWAY_TEST_RABBITMQ:-amqp://guest:guest@127.0.0.1:5672/}"
export GATEWAY_TEST_POSTGRES="${GATEWAY_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=gateway;Password=gateway}"

dotnet build Microservices.sln -c Release
dotnet test Microservices.sln -c Release --no-build --logger "console;verbosity=normal" "$@"
