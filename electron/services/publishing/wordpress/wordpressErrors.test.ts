import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../../shared/i18n/createI18n';
import { WordPressClient } from './WordPressClient';
import { restError, retryableCodes } from './wordpressErrors';

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A site that answers every request with this status, type and body. */
async function siteAnswering(status: number, type: string, body: string): Promise<string> {
  server = createServer((_request, response) => response.writeHead(status, { 'Content-Type': type }).end(body));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("the site's answer in plain words", () => {
  it('maps WordPress REST errors to the codes the UI and the CLI translate; only the passing ones are retried', async () => {
    const cases: [number, unknown, string][] = [
      [401, { code: 'incorrect_password', message: 'The provided password is an invalid application password.' }, 'wp_auth_failed'],
      [403, { code: 'rest_cannot_create', message: 'Sorry, you are not allowed to create posts as this user.' }, 'wp_forbidden'],
      [400, { code: 'rest_invalid_param', message: 'Invalid parameter(s): categories', data: { params: { categories: 'categories[0] is not a valid term' } } }, 'wp_unknown_term'],
      [404, { code: 'rest_post_invalid_id', message: 'Invalid post ID.' }, 'wp_post_deleted'],
      [404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.' }, 'wp_not_json'],
      [503, undefined, 'wp_server_error'],
      [400, { code: 'rest_other', message: '<b>Something</b> else' }, 'wp_rejected'],
    ];
    for (const [status, body, code] of cases) expect(restError(status, body).code).toBe(code);
    expect(restError(400, cases[2]![1]).params).toEqual({ term: 'categories: categories[0] is not a valid term' });
    expect(restError(400, { code: 'x', message: '<b>Something</b> else' }).params).toEqual({ message: 'Something else' });
    expect([...retryableCodes].sort()).toEqual(['wp_server_error', 'wp_timeout', 'wp_unreachable']);
  });

  it('a theme page where JSON was expected (permalinks off) is "not JSON", and says so in Arabic', async () => {
    const url = await siteAnswering(200, 'text/html; charset=UTF-8', '<!doctype html><html><body>مدونتي</body></html>');
    const client = new WordPressClient({ url, user: 'admin', password: 'x', restStyle: 'pretty' });
    const error = await client.get('/wp/v2/users/me').catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'wp_not_json' });
    const i18n = await createI18n('ar');
    expect(i18n.t('errors:wp_not_json')).toMatch(/[\u0600-\u06FF]/);
  });

  it('a site that is down is "unreachable", naming the site', async () => {
    const url = await siteAnswering(200, 'application/json', '{}');
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    const client = new WordPressClient({ url, user: 'admin', password: 'x', restStyle: 'pretty', timeoutMs: 5_000 });
    await expect(client.get('/wp/v2/users/me')).rejects.toMatchObject({ code: 'wp_unreachable', params: { url } });
  });
});
