import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface RunningServer {
  readonly server: Server;
  readonly port: number;
  /** Stops accepting, lets in-flight requests finish, then drops idle keep-alive sockets. */
  close(): Promise<void>;
}

export function listen(app: Express, port: number, host = '0.0.0.0'): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => {
      if (error) return reject(error);
      const close = () =>
        new Promise<void>((done, fail) => {
          server.close((e) => (e ? fail(e) : done()));
          server.closeIdleConnections();
        });
      resolve({ server, port: (server.address() as AddressInfo).port, close });
    });
  });
}
