import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Socket } from 'node:net';
import type { AddressInfo, Server as NetServer } from 'node:net';

/**
 * Test support: servers on 127.0.0.1, port 0, that the test closes. `startHttpServer`
 * answers through a handler; `startRawServer` writes raw bytes for answers no HTTP
 * library would produce (wrong Content-Length, garbage).
 */
export interface TestServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Listens on a free loopback port; close() drops the open sockets so no test waits on keep-alive. */
async function listenOnLoopback(server: NetServer, sockets: Set<Socket>): Promise<TestServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export async function startHttpServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    req.resume();
    handler(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  return listenOnLoopback(server, sockets);
}

export async function startRawServer(onRequest: (socket: Socket) => void): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.once('data', () => onRequest(socket));
  });
  return listenOnLoopback(server, sockets);
}

/** A URL where nothing listens: a port that was free a moment ago. */
export async function refusedUrl(): Promise<string> {
  const server = await startRawServer(() => undefined);
  await server.close();
  return server.url;
}

/**
 * Streams `total` bytes (a reused buffer, so the server itself uses no memory) with
 * backpressure, stopping early when the client goes away.
 */
export function streamBytes(res: ServerResponse, total: number, chunk: Buffer): void {
  let sent = 0;
  const pump = () => {
    while (sent < total && !res.destroyed) {
      const slice = total - sent >= chunk.length ? chunk : chunk.subarray(0, total - sent);
      sent += slice.length;
      if (!res.write(slice)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  res.on('close', () => {
    sent = total;
  });
  pump();
}
