#!/usr/bin/env bash
# Stops what up.sh started (the PHP server and MariaDB) and removes its folder.
# Usage: down.sh [--keep-dir] STATE_DIR
set -uo pipefail
keep=false
if [ "${1:-}" = --keep-dir ]; then keep=true; shift; fi
state=${1:?usage: down.sh [--keep-dir] STATE_DIR}
here=$(cd "$(dirname "$0")" && pwd)
[ -d "$state" ] || exit 0

[ -f "$state/port" ] && "$here/server.sh" stop "$state"
pid_file="$state/run/mariadbd.pid"
if [ -f "$pid_file" ]; then
  pid=$(cat "$pid_file")
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null
  rm -f "$pid_file"
fi
if $keep; then
  find "$state" -mindepth 1 -delete
else
  rm -rf "$state"
fi
