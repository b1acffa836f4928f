#!/usr/bin/env bash
# Starts or stops only the PHP server of a WordPress brought up by up.sh (the
# database keeps running), so a test can take the site away and bring it back.
# Usage: server.sh start|stop STATE_DIR
set -euo pipefail
action=$1
state=$2
port=$(cat "$state/port")
pid_file="$state/run/php.pid"

stop() {
  if [ -f "$pid_file" ]; then
    pid=$(cat "$pid_file")
    # The server runs in its own process group (setsid): its workers go with it.
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$pid_file"
  fi
}

start() {
  stop
  # Workers: the block editor sends several requests at once.
  PHP_CLI_SERVER_WORKERS=4 setsid php -d upload_max_filesize=32M -d post_max_size=40M -d memory_limit=256M \
    -S "127.0.0.1:$port" -t "$state/wordpress" "$(dirname "$0")/router.php" \
    >>"$state/log/php.log" 2>&1 </dev/null &
  echo $! >"$pid_file"
  for _ in $(seq 1 100); do
    if php -r 'exit(@fsockopen("127.0.0.1", (int) $argv[1]) ? 0 : 1);' "$port"; then return 0; fi
    sleep 0.05
  done
  echo "server.sh: PHP server did not start on port $port; see $state/log/php.log" >&2
  exit 1
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: server.sh start|stop STATE_DIR" >&2; exit 2 ;;
esac
