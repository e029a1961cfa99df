// A tiny HTTPS forward proxy for the Firefox lane (Node, built-in `net` only): Firefox is told to use it for
// every request (network.proxy.* prefs in ./launch.ts), it answers `CONNECT <auth0-host>:443` by opening a TCP
// tunnel to the emulator's random port, and refuses everything else. This replaces the old port-443 listener
// (network.dns.localDomains maps names, not ports, so it needed root): now the lane runs as a normal user.
// The tunnel carries TLS end to end (the emulator's self-signed certificate for the real host names), so the
// page, the extension pages and the event page's fetches all see `https://demo.us.auth0.com/...` as in real
// life. Requests to any other host (Mozilla's telemetry, safe-browsing, ...) get 403 and never leave the machine.
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ForwardProxy {
  port: number;
  /** Every CONNECT target seen, in order, allowed or not ("host:port"). */
  seen: string[];
  close(): Promise<void>;
}

/** Starts the proxy on 127.0.0.1:<random>, sending CONNECTs for `hosts` (port 443) to 127.0.0.1:`targetPort`. */
export async function startForwardProxy(hosts: readonly string[], targetPort: number): Promise<ForwardProxy> {
  const allowed = new Set(hosts.map((h) => h.toLowerCase()));
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > 16_384) client.destroy(); // no request head is that long
        return;
      }
      client.off('data', onData);
      const [method, target] = head.subarray(0, end).toString('latin1').split('\r\n')[0]!.split(' ');
      const rest = head.subarray(end + 4); // bytes the client sent after the head (normally none before 200)
      seen.push(target ?? '');
      const match = /^([a-z0-9.-]+):(\d+)$/i.exec(target ?? '');
      if (method !== 'CONNECT' || !match || match[2] !== '443' || !allowed.has(match[1]!.toLowerCase())) {
        client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
        return;
      }
      const upstream = connect(targetPort, '127.0.0.1');
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.once('connect', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (rest.length) upstream.write(rest);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => {
        if (client.writable) client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
        client.destroy();
      });
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    };
    client.on('data', onData);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy(); // keep-alive tunnels would hold close() open
        server.close(() => resolve());
      }),
  };
}
