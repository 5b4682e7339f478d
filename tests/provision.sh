#!/usr/bin/env bash
# Installs (Debian packages) and starts the real services the test suite runs against:
# RabbitMQ on 127.0.0.1:5672 (guest/guest) and PostgreSQL 15 on 127.0.0.1:5432 (role gateway/gateway).
# Idempotent: safe to run on a machine where they are already up.
set -euo pipefail

need=()
command -v rabbitmq-server >/dev/null 2>&1 || need+=(rabbitmq-server)
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
if [ ${#need[@]} -gt 0 ]; then
  echo "provision: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

if ! rabbitmqctl ping >/dev/null 2>&1; then
  echo "provision: starting RabbitMQ"
  rabbitmq-server -detached
  # -detached returns before the node registers with epmd; await_startup fails at once on a node
  # that is not registered yet, so wait for the node to answer first.
  for _ in $(seq 1 240); do
    rabbitmqctl ping >/dev/null 2>&1 && break
    sleep 0.5
  done
  if ! rabbitmqctl ping >/dev/null 2>&1; then
    echo "provision: RabbitMQ did not start; last log lines:" >&2
    tail -n 40 /var/log/rabbitmq/*.log >&2 || true
    exit 1
  fi
fi
rabbitmqctl await_startup --timeout 120 >/dev/null
echo "provision: RabbitMQ $(rabbitmqctl version 2>/dev/null) is up"

cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  pg_createcluster 15 main >/dev/null
  cluster="15 main"
fi
# shellcheck disable=SC2086
pg_ctlcluster $cluster start >/dev/null 2>&1 || true
for _ in $(seq 1 60); do
  pg_isready -h 127.0.0.1 -q && break
  sleep 0.5
done
pg_isready -h 127.0.0.1 -q
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='gateway'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE gateway LOGIN SUPERUSER PASSWORD 'gateway'\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='gateway'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE DATABASE gateway OWNER gateway\""
echo "provision: PostgreSQL $(su postgres -c 'psql -qtAc "SHOW server_version"') is up (role gateway)"
