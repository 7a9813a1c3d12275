#!/usr/bin/env bash
# Starts or stops a throw-away InfluxDB 1.x (Debian's influxdb package) on loopback, with auth enabled,
# for the integration tests.
#
#   scripts/influxdb1.sh start   # prints the exports to use, e.g.: eval "$(scripts/influxdb1.sh start)"
#   scripts/influxdb1.sh stop
#
# Environment: INFLUXDB1_HTTP_PORT (18086; "auto" picks a free one), INFLUXDB1_RPC_PORT (18088, or the
# HTTP port + 2 with "auto"), INFLUXDB1_HOME (a folder for
# its data, config, log and pid; default /tmp/influx-check-influxdb1), INFLUXDB1_START_TIMEOUT (30 s).
# `start` wipes INFLUXDB1_HOME first: the server starts with no users, so the first user created
# (by the integration tests) becomes the admin.
set -euo pipefail

home="${INFLUXDB1_HOME:-/tmp/influx-check-influxdb1}"
timeout_s="${INFLUXDB1_START_TIMEOUT:-30}"

fail() { echo "influxdb1.sh: $*" >&2; exit 1; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port_pair() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 30000))
    if ! port_busy "$port" && ! port_busy "$((port + 2))"; then
      echo "$port"
      return
    fi
  done
  fail "no free loopback port found"
}

http_port="${INFLUXDB1_HTTP_PORT:-18086}"
if [[ "$http_port" == auto ]]; then
  http_port="$(free_port_pair)"
  rpc_port="${INFLUXDB1_RPC_PORT:-$((http_port + 2))}"
else
  rpc_port="${INFLUXDB1_RPC_PORT:-18088}"
fi
url="http://127.0.0.1:${http_port}"

stop() {
  if [[ -f "$home/influxd.pid" ]]; then
    local pid
    pid="$(cat "$home/influxd.pid")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$home/influxd.pid"
  fi
}

ping_ok() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url/ping" 2>/dev/null | grep -q '^204$'
}

start() {
  command -v influxd >/dev/null || fail "influxd is not installed (apt-get install -y influxdb)"
  stop
  if port_busy "$http_port" || port_busy "$rpc_port"; then
    fail "port $http_port or $rpc_port on 127.0.0.1 is in use; stop what uses it or set INFLUXDB1_HTTP_PORT (or auto)"
  fi
  rm -rf "$home"
  mkdir -p "$home"/{meta,data,wal}
  cat >"$home/influxdb.conf" <<CONF
reporting-disabled = true
bind-address = "127.0.0.1:${rpc_port}"

[meta]
  dir = "$home/meta"

[data]
  dir = "$home/data"
  wal-dir = "$home/wal"
  query-log-enabled = false

[http]
  enabled = true
  bind-address = "127.0.0.1:${http_port}"
  auth-enabled = true
  log-enabled = false

[monitor]
  store-enabled = false

[continuous_queries]
  enabled = false

[subscriber]
  enabled = false
CONF
  nohup influxd -config "$home/influxdb.conf" >"$home/influxd.log" 2>&1 </dev/null &
  echo $! >"$home/influxd.pid"
  local deadline=$((SECONDS + timeout_s))
  until ping_ok; do
    if ! kill -0 "$(cat "$home/influxd.pid")" 2>/dev/null; then
      tail -n 20 "$home/influxd.log" >&2 || true
      fail "influxd exited during start (log: $home/influxd.log)"
    fi
    if ((SECONDS >= deadline)); then
      tail -n 20 "$home/influxd.log" >&2 || true
      stop
      fail "influxd did not answer $url/ping within ${timeout_s}s (log: $home/influxd.log)"
    fi
    sleep 0.3
  done
  echo "export INFLUXDB1_URL=$url"
  echo "influxd $(influxd version 2>/dev/null | head -n1) answers on $url (log: $home/influxd.log)" >&2
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
