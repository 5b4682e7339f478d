#!/bin/sh
# Applies the official image's RABBITMQ_DEFAULT_USER/PASS, lets that user connect from anywhere, logs to stdout.
set -eu
cat > /etc/rabbitmq/rabbitmq.conf <<CONF
default_user = ${RABBITMQ_DEFAULT_USER:-guest}
default_pass = ${RABBITMQ_DEFAULT_PASS:-guest}
loopback_users = none
log.console = true
log.console.level = info
log.file = false
CONF
chown -R rabbitmq:rabbitmq /var/lib/rabbitmq
if [ "$1" = rabbitmq-server ]; then
  # The server itself as PID 1 (Debian's wrapper would stay in between and not pass on docker stop's SIGTERM).
  shift
  export HOME=/var/lib/rabbitmq
  exec setpriv --reuid=rabbitmq --regid=rabbitmq --init-groups /usr/lib/rabbitmq/bin/rabbitmq-server "$@"
fi
exec "$@"
