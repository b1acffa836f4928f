#!/usr/bin/env bash
# Brings up Debian's WordPress for the tests, from scratch and offline: MariaDB
# with its own data folder on a unix socket (no TCP at all), PHP's built-in
# server on 127.0.0.1, WordPress installed from the command line with pretty
# permalinks and an Application Password. Prints one JSON line (url, user,
# applicationPassword, stateDir, …). Tear down with down.sh STATE_DIR.
# Usage: up.sh [STATE_DIR]   (default: a new folder under $TMPDIR)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
state=${1:-$(mktemp -d "${TMPDIR:-/tmp}/midad-wp.XXXXXX")}
mkdir -p "$state"
state=$(cd "$state" && pwd)
"$here/down.sh" --keep-dir "$state" >/dev/null 2>&1 || true
mkdir -p "$state/db" "$state/run" "$state/log"

fail() {
  echo "up.sh: $1" >&2
  for log in "$state"/log/*.log; do echo "--- $log" >&2; tail -n 20 "$log" >&2; done
  exit 1
}

for tool in mariadb-install-db mariadbd mariadb php; do
  command -v "$tool" >/dev/null || fail "$tool is missing: apt-get install wordpress mariadb-server php php-mysql php-cli php-xml php-mbstring php-curl"
done
[ -f /usr/share/wordpress/wp-settings.php ] || fail "Debian's wordpress package is not installed"

socket="$state/run/mysql.sock"
user=$(id -un)
mariadb-install-db --no-defaults --datadir="$state/db" --user="$user" --auth-root-authentication-method=socket \
  --skip-test-db >"$state/log/install-db.log" 2>&1 || fail "mariadb-install-db failed"
setsid mariadbd --no-defaults --datadir="$state/db" --socket="$socket" --skip-networking --user="$user" \
  --pid-file="$state/run/mariadb.pid" --log-error="$state/log/mariadb.log" \
  --innodb-buffer-pool-size=32M --innodb-flush-log-at-trx-commit=0 --skip-log-bin </dev/null >/dev/null 2>&1 &
echo $! >"$state/run/mariadbd.pid"
for _ in $(seq 1 200); do
  mariadb-admin --no-defaults --socket="$socket" -uroot ping >/dev/null 2>&1 && break
  sleep 0.05
done
mariadb-admin --no-defaults --socket="$socket" -uroot ping >/dev/null 2>&1 || fail "MariaDB did not start"

db_password=$(php -r 'echo bin2hex(random_bytes(12));')
mariadb --no-defaults --socket="$socket" -uroot <<SQL || fail "could not create the database"
CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$db_password';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
SQL

port=$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s, false), ":"), 1);')
echo "$port" >"$state/port"
url="http://127.0.0.1:$port"

# Debian's wp-config.php picks /etc/wordpress/config-<host>.php; a hard-linked
# copy of the tree with our own wp-config.php keeps /etc untouched (and makes
# __DIR__ in wp-admin point here, which a symlinked tree would not).
cp -al /usr/share/wordpress "$state/wordpress" 2>/dev/null || cp -r /usr/share/wordpress "$state/wordpress"
rm -f "$state/wordpress/wp-config.php" "$state/wordpress/.htaccess"
salt=$(php -r 'echo bin2hex(random_bytes(32));')
cat >"$state/wordpress/wp-config.php" <<PHP
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$db_password');
define('DB_HOST', 'localhost:$socket');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as \$name) {
    define(\$name, '$salt' . \$name);
}
\$table_prefix = 'wp_';
define('WP_HOME', '$url');
define('WP_SITEURL', '$url');
// Application Passwords over plain http are allowed only on a local site.
define('WP_ENVIRONMENT_TYPE', 'local');
// Nothing may wait on the network: no update checks, no cron calling itself.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_DEBUG', false);
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('FS_METHOD', 'direct');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
PHP

admin_password=$(php -r 'echo bin2hex(random_bytes(12));')
php "$here/install.php" "$state/wordpress" "$url" "$admin_password" >"$state/install.json" 2>"$state/log/install.log" \
  || fail "WordPress install failed"
"$here/server.sh" start "$state" || fail "PHP server did not start"

php -r '$state = $argv[1]; $info = json_decode(file_get_contents("$state/install.json"), true);
  $info["stateDir"] = $state; $info["adminPassword"] = $argv[2];
  echo json_encode($info, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";' "$state" "$admin_password" | tee "$state/site.json"
