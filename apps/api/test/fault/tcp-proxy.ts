import net from 'node:net';

export type ProxyMode = 'pass' | 'blackhole' | 'refuse';

export interface TcpProxy {
  /** host:port of the proxy on loopback. */
  address: string;
  /**
   * pass: forward bytes; blackhole: accept and hold connections, keeping their bytes until the mode
   * is pass again (a database that hangs); refuse: cut every connection and close new ones at once
   * (a database that is gone).
   */
  setMode(mode: ProxyMode): void;
  close(): Promise<void>;
}

/** A loopback TCP proxy in front of a server, to put network faults between the API and its database. */
export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  let mode: ProxyMode = 'pass';
  const pairs = new Set<[net.Socket, net.Socket]>();
  const held: (() => void)[] = [];
  const server = net.createServer((client) => {
    if (mode === 'refuse') {
      client.destroy();
      return;
    }
    const upstream = net.connect(targetPort, targetHost);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    const forward = (from: net.Socket, to: net.Socket) =>
      from.on('data', (chunk: Buffer) => {
        if (mode === 'pass') to.write(chunk);
        else held.push(() => to.write(chunk));
      });
    forward(client, upstream);
    forward(upstream, client);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    setMode(next) {
      mode = next;
      if (next === 'pass') for (const release of held.splice(0)) release();
      if (next === 'refuse') {
        held.length = 0;
        // Connections made before the fault would otherwise keep working (or keep their bytes).
        for (const [client, upstream] of pairs) {
          client.destroy();
          upstream.destroy();
        }
        pairs.clear();
      }
    },
    async close() {
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
