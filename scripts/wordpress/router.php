<?php
// Router for PHP's built-in server: what Apache's rewrite rules do for WordPress,
// so pretty permalinks and /wp-json/ reach index.php while real files are served as is.
$root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$target = $root . $path;
if ($path !== '/' && is_file($target)) {
    return false;
}
if (is_dir($target) && is_file(rtrim($target, '/') . '/index.php')) {
    if (substr($path, -1) !== '/') {
        header('Location: ' . $path . '/', true, 301);
        exit;
    }
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
chdir($root);
require $root . '/index.php';
