import dgram from 'node:dgram';
import dns from 'node:dns';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { censusMark, installSocketCensus, isLocal, since } from '../bridge/socket-census';

/**
 * The census that the end-to-end fixture runs around the main-process core: it must see
 * every way a Node client reaches the network, and tell loopback from the rest. Nothing
 * here sends a packet: connections go nowhere (a lookup that never answers, a closed
 * socket) or to numeric addresses that need no name server.
 */
installSocketCensus();

describe('the socket census', () => {
  it('records a TCP connection by name before anything is looked up', () => {
    const mark = censusMark();
    const socket = new net.Socket();
    // A lookup that never answers: the connection never starts.
    socket.connect({ host: 'updates.example.invalid', port: 443, lookup: () => undefined });
    socket.destroy();
    expect(since(mark)).toEqual([{ api: 'net.Socket#connect', to: 'updates.example.invalid', local: false }]);
  });

  it('records name lookups, callback and promise styles, and named ESM imports see the same wrappers', async () => {
    const mark = censusMark();
    await new Promise<void>((done) => dns.lookup('192.0.2.7', () => done()));
    await dns.promises.lookup('::1');
    const { lookup } = await import('node:dns');
    await new Promise<void>((done) => lookup('127.0.0.1', () => done()));
    expect(since(mark)).toEqual([
      { api: 'dns.lookup', to: '192.0.2.7', local: false },
      { api: 'dns.promises.lookup', to: '::1', local: true },
      { api: 'dns.lookup', to: '127.0.0.1', local: true },
    ]);
  });

  it('records UDP datagrams with their address', () => {
    const socket = dgram.createSocket('udp4');
    socket.close();
    const mark = censusMark();
    // Closed: Node refuses to send, after the census has seen the attempt.
    expect(() => socket.send('hello', 53, '192.0.2.53')).toThrow();
    expect(since(mark)).toEqual([{ api: 'dgram.Socket#send', to: '192.0.2.53', local: false }]);
  });

  it('tells loopback and local sockets from everything else', () => {
    for (const to of ['127.0.0.1', '127.8.9.10', 'localhost', 'app.localhost', '::1', '[::1]', '::ffff:127.0.0.1', '/tmp/app.sock', '\\\\.\\pipe\\app']) expect(isLocal(to), to).toBe(true);
    for (const to of ['10.0.0.1', '192.168.1.1', '8.8.8.8', 'example.com', 'localhost.example.com', '::2', '128.0.0.1']) expect(isLocal(to), to).toBe(false);
  });
});
