import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of the site that, when armed, lets one matching
 * request through and cuts the connection as the answer starts: the site has
 * done the work, the client never hears of it.
 */
export interface DropResponseProxy {
  url: string;
  /** Drops the answer of the next request whose first line starts with `requestLine`. */
  dropNext(requestLine: string): void;
  dropped: number;
  close(): Promise<void>;
}

export async function startDropResponseProxy(upstreamUrl: string): Promise<DropResponseProxy> {
  const upstream = new URL(upstreamUrl);
  let armed: string | undefined;
  const sockets = new Set<Socket>();
  const proxy: DropResponseProxy = {
    url: '',
    dropNext: (requestLine) => void (armed = requestLine),
    dropped: 0,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((client) => {
    sockets.add(client);
    const site = connect(Number(upstream.port), upstream.hostname);
    sockets.add(site);
    let drop = false;
    let first = true;
    client.on('data', (chunk) => {
      if (first) {
        first = false;
        if (armed && chunk.toString('latin1').startsWith(armed)) {
          armed = undefined;
          drop = true;
        }
      }
      site.write(chunk);
    });
    site.on('data', (chunk) => {
      if (drop) {
        proxy.dropped += 1;
        client.destroy();
        site.destroy();
        return;
      }
      client.write(chunk);
    });
    site.on('end', () => client.end());
    client.on('end', () => site.end());
    for (const socket of [client, site]) {
      socket.on('error', () => {
        client.destroy();
        site.destroy();
      });
      socket.on('close', () => sockets.delete(socket));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  proxy.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return proxy;
}
