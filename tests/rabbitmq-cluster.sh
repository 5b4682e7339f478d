#!/usr/bin/env bash
# A three-node RabbitMQ cluster on this machine for the cluster end-to-end test (Category=BrokerCluster): containers of
# the local RabbitMQ image (tests/provision-docker.sh builds it; RABBITMQ_IMAGE) on a user network of their own, nodes
# rabbit@rmq1..3 sharing one Erlang cookie, AMQP on 127.0.0.1:5681-5683 and management on 127.0.0.1:15681-15683
# (override with GATEWAY_CLUSTER_AMQP_BASE / GATEWAY_CLUSTER_MANAGEMENT_BASE), user gateway/gateway.
#   up        removes a cluster left from before, starts three fresh nodes, joins rmq2 and rmq3 to rmq1, waits
#   lose N    freezes node N (docker pause): its connections stay open and go silent, like a machine lost to a power cut or a
#             partition. Harsher than killing the process, whose kernel still closes its sockets: clients notice only by
#             their AMQP heartbeat (Messaging:RabbitMqHeartbeat), the other nodes by net_ticktime (10 s here, 60 s by default)
#   status    the cluster's status as node 2 sees it
#   down      removes the nodes and the network
# Containers carry the label gateway.test-run=$GATEWAY_TEST_RUN (tests/run.sh removes what a crashed run left).
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f tests/.containers.env ] && . tests/.containers.env
image="${RABBITMQ_IMAGE:?RABBITMQ_IMAGE is not set: run tests/provision-docker.sh first}"
network=gateway-rmq-cluster
amqp_base="${GATEWAY_CLUSTER_AMQP_BASE:-5680}"
management_base="${GATEWAY_CLUSTER_MANAGEMENT_BASE:-15680}"
nodes=(1 2 3)

container() { echo "gateway-rmq-$1"; }
ctl() { docker exec "$(container "$1")" rabbitmqctl "${@:2}"; }

down() {
  for n in "${nodes[@]}"; do
    docker unpause "$(container "$n")" >/dev/null 2>&1 || true
    docker rm -f "$(container "$n")" >/dev/null 2>&1 || true
  done
  docker network rm "$network" >/dev/null 2>&1 || true
}

up() {
  down
  docker network create "$network" >/dev/null
  local cookie
  cookie=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  for n in "${nodes[@]}"; do
    # The cookie is written before the image's own entrypoint runs (it writes rabbitmq.conf and starts the node).
    docker run -d --name "$(container "$n")" --hostname "rmq$n" --network "$network" \
      --label "gateway.test-run=${GATEWAY_TEST_RUN:-local}" \
      -e RABBITMQ_NODENAME="rabbit@rmq$n" -e RABBITMQ_DEFAULT_USER=gateway -e RABBITMQ_DEFAULT_PASS=gateway \
      -e COOKIE="$cookie" -e RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel net_ticktime 10" \
      -p "127.0.0.1:$((amqp_base + n)):5672" -p "127.0.0.1:$((management_base + n)):15672" \
      --entrypoint sh "$image" -c \
      'printf %s "$COOKIE" > /var/lib/rabbitmq/.erlang.cookie && chmod 400 /var/lib/rabbitmq/.erlang.cookie && exec /usr/local/bin/docker-entrypoint.sh rabbitmq-server' \
      >/dev/null
  done
  for n in "${nodes[@]}"; do await "$n"; done
  for n in 2 3; do
    ctl "$n" stop_app >/dev/null
    ctl "$n" join_cluster rabbit@rmq1 >/dev/null
    ctl "$n" start_app >/dev/null
    await "$n"
  done
  local running
  running=$(ctl 1 eval 'length(rabbit_nodes:all_running()).' | tr -d '[:space:]')
  [ "$running" = 3 ] || { echo "rabbitmq-cluster: $running of 3 nodes running" >&2; exit 1; }
  echo "rabbitmq-cluster: rabbit@rmq1..3 running, AMQP 127.0.0.1:$((amqp_base + 1))-$((amqp_base + 3)), management 127.0.0.1:$((management_base + 1))-$((management_base + 3))"
}

await() {
  local deadline=$((SECONDS + 180))
  until ctl "$1" await_startup --timeout 60 >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || { echo "rabbitmq-cluster: node $1 did not start" >&2; docker logs --tail 50 "$(container "$1")" >&2; exit 1; }
    sleep 1
  done
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  lose) docker pause "$(container "${2:?node number}")" >/dev/null; echo "rabbitmq-cluster: lost rabbit@rmq$2 (frozen, its connections silent)" ;;
  status) ctl "${2:-2}" cluster_status ;;
  *) echo "usage: $0 up | lose N | status [N] | down" >&2; exit 2 ;;
esac
