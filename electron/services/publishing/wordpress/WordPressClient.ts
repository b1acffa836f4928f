import { MidadError } from '../../../../shared/api/errors';
import { networkError, restError } from './wordpressErrors';

export interface WordPressConnection {
  /** The site's address, e.g. https://news.example (no /wp-json). */
  url: string;
  user: string;
  /** An Application Password (spaces allowed, as WordPress shows it). */
  password: string;
  restStyle: 'pretty' | 'query';
  timeoutMs?: number;
}

type Query = Record<string, string | number | undefined>;

interface RequestOptions {
  query?: Query;
  json?: unknown;
  body?: Uint8Array;
  headers?: Record<string, string>;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The few WordPress REST calls Midad makes, over `fetch`, authenticated with
 * an Application Password. Every failure is a `MidadError` in plain words.
 */
export class WordPressClient {
  constructor(private readonly connection: WordPressConnection) {}

  /** The URL of a REST route in the site's style (pretty `/wp-json/…` or `?rest_route=…`). */
  routeUrl(route: string, query: Query = {}, style = this.connection.restStyle): string {
    const base = this.connection.url.replace(/\/+$/, '');
    const url = style === 'pretty' ? new URL(`${base}/wp-json${route}`) : new URL(`${base}/`);
    if (style === 'query') url.searchParams.set('rest_route', route);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url.toString();
  }

  async request<T>(method: string, route: string, options: RequestOptions = {}, style = this.connection.restStyle): Promise<T> {
    const url = this.routeUrl(route, options.query, style);
    const headers: Record<string, string> = {
      Authorization: `Basic ${Buffer.from(`${this.connection.user}:${this.connection.password}`).toString('base64')}`,
      Accept: 'application/json',
      ...options.headers,
    };
    // A copy in a plain ArrayBuffer: what fetch's types accept for bytes.
    let body: string | ArrayBuffer | undefined = options.body ? new Uint8Array(options.body).buffer : undefined;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        headers,
        body,
        redirect: 'follow',
        signal: AbortSignal.timeout(this.connection.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
      text = await response.text();
    } catch (error) {
      throw networkError(error, url);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      if (response.status >= 500) throw restError(response.status, undefined);
      // A theme's page where JSON was expected: permalinks are off, or this is not the API.
      throw new MidadError('wp_not_json', {}, `HTTP ${response.status} ${response.headers.get('content-type') ?? ''} from ${url}`);
    }
    if (!response.ok) throw restError(response.status, parsed);
    return parsed as T;
  }

  get<T>(route: string, query?: Query): Promise<T> {
    return this.request<T>('GET', route, { query });
  }

  post<T>(route: string, json: unknown, query?: Query): Promise<T> {
    return this.request<T>('POST', route, { json, query });
  }

  /** Every page of a collection (categories, tags), 100 at a time. */
  async all<T>(route: string, query: Query = {}): Promise<T[]> {
    const items: T[] = [];
    for (let page = 1; page <= 50; page += 1) {
      const batch = await this.get<T[]>(route, { ...query, per_page: 100, page });
      items.push(...batch);
      if (batch.length < 100) break;
    }
    return items;
  }

  /**
   * A file of the site (an uploaded picture), or undefined when it cannot be
   * had. Only the site's own addresses are asked, so the password never leaves for another host.
   */
  async download(address: string): Promise<Uint8Array | undefined> {
    let url: URL;
    try {
      url = new URL(address, this.connection.url);
    } catch {
      return undefined;
    }
    if (url.origin !== new URL(this.connection.url).origin) return undefined;
    try {
      const response = await fetch(url, {
        headers: { Authorization: `Basic ${Buffer.from(`${this.connection.user}:${this.connection.password}`).toString('base64')}` },
        signal: AbortSignal.timeout(this.connection.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
      return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
    } catch {
      return undefined;
    }
  }

  uploadMedia<T>(data: Uint8Array, fileName: string, mimeType: string): Promise<T> {
    return this.request<T>('POST', '/wp/v2/media', {
      body: data,
      headers: {
        'Content-Type': mimeType,
        // RFC 6266: the ASCII name for old parsers, the real one UTF-8 encoded.
        'Content-Disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      },
    });
  }
}
