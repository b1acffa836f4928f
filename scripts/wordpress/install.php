<?php
// Installs WordPress from the command line (no browser, no network) and prints
// what a test needs as one JSON line: the admin user, an Application Password,
// and the ids of the categories and tags it created.
// Usage: php install.php DOCROOT URL ADMIN_PASSWORD
[$script, $docroot, $url, $adminPassword] = $argv;
$parts = parse_url($url);
$_SERVER['HTTP_HOST'] = $parts['host'] . ':' . $parts['port'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define('WP_INSTALLING', true);
require $docroot . '/wp-load.php';

// Pluggable: the install would otherwise try to send the admin an email.
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$installed = wp_install('Midad test site', 'admin', 'admin@example.com', false, '', wp_slash($adminPassword));
$userId = $installed['user_id'];
update_option('permalink_structure', '/%postname%/');
// The newsroom's site is not in UTC, so scheduling has to convert both ways.
update_option('timezone_string', 'Africa/Casablanca');
update_option('gmt_offset', '');
flush_rewrite_rules(true);

$categories = [];
foreach (['عاجل' => 'breaking', 'سياسة' => 'politics', 'صور' => 'photos'] as $name => $slug) {
    $term = wp_insert_term($name, 'category', ['slug' => $slug]);
    $categories[$slug] = $term['term_id'];
}
$tags = [];
foreach (['عاجل' => 'breaking-tag', 'المغرب' => 'morocco'] as $name => $slug) {
    $term = wp_insert_term($name, 'post_tag', ['slug' => $slug]);
    $tags[$slug] = $term['term_id'];
}
$editor = wp_insert_user(['user_login' => 'contributor', 'user_pass' => wp_generate_password(24), 'role' => 'contributor', 'user_email' => 'contributor@example.com']);

[$applicationPassword] = WP_Application_Passwords::create_new_application_password($userId, ['name' => 'midad-tests']);
[$contributorPassword] = WP_Application_Passwords::create_new_application_password($editor, ['name' => 'midad-tests']);
echo json_encode([
    'url' => $url,
    'user' => 'admin',
    'applicationPassword' => $applicationPassword,
    'contributor' => ['user' => 'contributor', 'applicationPassword' => $contributorPassword],
    'categories' => $categories,
    'tags' => $tags,
    'version' => get_bloginfo('version'),
    'timezone' => get_option('timezone_string'),
], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
