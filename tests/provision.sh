#!/usr/bin/env bash
# Installs (Debian packages) and starts the real services the test suite runs against:
# RabbitMQ on 127.0.0.1:5672 (guest/guest), PostgreSQL 15 on 127.0.0.1:5432 (role gateway/gateway) and, from npm,
# an S3-compatible server (s3rver) on 127.0.0.1:4568; Debian's chromium for the web console's browser tests.
# Idempotent: safe to run on a machine where they are already up.
#
#   bash tests/provision.sh            # all of them, for quick local loops with GATEWAY_TEST_RABBITMQ / GATEWAY_TEST_POSTGRES
#   bash tests/provision.sh s3         # s3rver only: tests/run.sh (the tests run RabbitMQ and PostgreSQL in containers)
#   bash tests/provision.sh chromium   # Debian's chromium for the web console's browser tests (tests/WebConsole.Tests)
#
# docker-compose (v1, Deploy.Tests reads `docker-compose config`) is installed either way.
set -euo pipefail

wanted=("${@:-rabbitmq postgres s3 chromium}")
want() { [[ " ${wanted[*]} " == *" $1 "* ]]; }

need=()
want rabbitmq && { command -v rabbitmq-server >/dev/null 2>&1 || need+=(rabbitmq-server); }
want postgres && { command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql); }
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
# Playwright cannot download browsers here: the console's tests drive the distribution's chromium (/usr/bin/chromium).
want chromium && { command -v chromium >/dev/null 2>&1 || need+=(chromium); }
if [ ${#need[@]} -gt 0 ]; then
  echo "provision: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

if want rabbitmq; then
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
fi

if want postgres; then
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
fi

# The schema validation of the Kubernetes manifests (tests/Deploy.Tests/Schemas): npm's kubernetes-models and
# @kubernetes-models/keda, at the versions its lock file pins.
# Node.js and npm also serve s3rver below.
command -v npm >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq; apt-get install -y -qq nodejs npm >/dev/null; }
schemas="$(dirname "$0")/Deploy.Tests/Schemas"
if ! [ "$schemas/node_modules/.installed" -nt "$schemas/package-lock.json" ]; then
  echo "provision: installing the Kubernetes and KEDA schema packages (npm ci)"
  npm ci --prefix "$schemas" --no-audit --no-fund --loglevel=error >/dev/null
  touch "$schemas/node_modules/.installed"
fi

# The OpenAPI document's validation (tests/Standalone.Tests/OpenApiValidator): @readme/openapi-parser and Ajv.
validator="$(dirname "$0")/Standalone.Tests/OpenApiValidator"
if ! [ "$validator/node_modules/.installed" -nt "$validator/package-lock.json" ]; then
  echo "provision: installing the OpenAPI validator packages (npm ci)"
  npm ci --prefix "$validator" --no-audit --no-fund --loglevel=error >/dev/null
  touch "$validator/node_modules/.installed"
fi

# An S3-compatible server for the S3 asset store's tests (tests/AssetStore.Tests): s3rver on 127.0.0.1:4568,
# account S3RVER / S3RVER, bucket gateway-assets-test. The @20minutes fork, because the original s3rver accepts any
# Signature V4 without checking it. It declares Node.js >= 24 but runs on 20 (npm only warns). It has no command
# of its own, so node starts it as a library. Data is thrown away at each start: tests use keys of their own.
if want s3; then
s3rver_version=5.0.0
s3rver_prefix=/opt/gateway-test-s3rver
s3rver_data=/var/tmp/gateway-test-s3rver
s3rver_up() { (exec 3<>/dev/tcp/127.0.0.1/4568) 2>/dev/null; }
if ! grep -qs "\"version\": \"$s3rver_version\"" "$s3rver_prefix/node_modules/@20minutes/s3rver/package.json"; then
  echo "provision: installing s3rver $s3rver_version"
  npm install --prefix "$s3rver_prefix" --no-audit --no-fund --loglevel=error "@20minutes/s3rver@$s3rver_version" >/dev/null
fi
if ! s3rver_up; then
  echo "provision: starting s3rver"
  rm -rf "$s3rver_data" && mkdir -p "$s3rver_data"
  # cd first, on its own: "(cd ... && node ... &)" would put the whole list, and a shell holding this script's
  # output open, in the background.
  (cd "$s3rver_prefix"; setsid nohup node -e "
    const S3rver = require('@20minutes/s3rver');
    new S3rver({ directory: '$s3rver_data', address: '127.0.0.1', port: 4568, silent: true,
                 configureBuckets: [{ name: 'gateway-assets-test', configs: [] }] })
      .run().catch(error => { console.error(error); process.exit(1); });
  " >/var/log/gateway-test-s3rver.log 2>&1 </dev/null &)
  for _ in $(seq 1 60); do
    s3rver_up && break
    sleep 0.5
  done
  if ! s3rver_up; then
    echo "provision: s3rver did not start:" >&2
    cat /var/log/gateway-test-s3rver.log >&2 || true
    exit 1
  fi
fi
echo "provision: s3rver $s3rver_version is up on 127.0.0.1:4568 (bucket gateway-assets-test)"
fi
