// Serves the built renderer over http://127.0.0.1:<port> with the very resolver
// the Electron protocol uses (bundle files, print images, CSP headers), so the
// E2E run exercises the same refusals and headers as the app.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAppResolver, type PrintMediaSource } from '../../../main/protocol';

export interface AppServer {
  origin: string;
  refused: string[];
  close(): Promise<void>;
}

export async function startAppServer(bundleRoot: string, prints: PrintMediaSource): Promise<AppServer> {
  const refused: string[] = [];
  const resolver = createAppResolver({ bundleRoot, prints, onRefused: (path, reason) => refused.push(`${path}: ${reason}`) });
  const server = http.createServer((request, response) => {
    // Only the path matters; the raw URL keeps its percent-encoding for the resolver to judge.
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    void resolver.handle(request.method ?? 'GET', path).then((answer) => {
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body ?? undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    refused,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
