import dgram from 'node:dgram';
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';

/**
 * Counts every outgoing connection and name lookup this process makes: the test bridge
 * runs the real main-process core (router, session, handlers, jobs) in the process that
 * drives the tests, so this is what the desktop app's main process would send. Counted
 * where every Node client ends up: net.Socket#connect (net, tls, http, https, http2,
 * fetch), dns lookups and resolvers, and UDP sockets. Nothing is blocked; each attempt is
 * recorded with its destination, before any packet could leave.
 */
export interface Attempt {
  api: string;
  /** Host or address, or the path of a local (Unix or named pipe) socket. */
  to: string;
  local: boolean;
}

const attempts: Attempt[] = [];
let installed = false;

/** Loopback addresses and names, and local sockets: nothing that leaves the machine. */
export function isLocal(to: string): boolean {
  const host = to.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host.startsWith('/') || host.startsWith('\\\\')) return true;
  if (/^127\.\d+\.\d+\.\d+$/.test(host)) return true;
  return /^::ffff:127\.\d+\.\d+\.\d+$/.test(host);
}

function record(api: string, to: unknown): void {
  const text = typeof to === 'string' && to !== '' ? to : to === undefined ? 'localhost' : String(to);
  attempts.push({ api, to: text, local: isLocal(text) });
}

/** Where a net.Socket#connect call goes: (options), (port, host), (path). */
function destination(args: unknown[]): string | undefined {
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (typeof first === 'object' && first !== null) {
    const o = first as { path?: string; host?: string };
    return o.path ?? o.host;
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return first;
  return typeof args[1] === 'string' ? args[1] : undefined;
}

function wrap<T extends object>(target: T, name: keyof T & string, api: string, to: (args: unknown[]) => unknown): void {
  const original = target[name] as unknown as (...args: unknown[]) => unknown;
  if (typeof original !== 'function') return;
  (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    record(api, to(args));
    return original.apply(this, args);
  };
}

const RESOLVE = ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'resolvePtr', 'resolveNaptr', 'resolveSoa', 'reverse'] as const;

/** Starts counting, once per process. */
export function installSocketCensus(): void {
  if (installed) return;
  installed = true;
  wrap(net.Socket.prototype, 'connect', 'net.Socket#connect', destination);
  wrap(dns, 'lookup', 'dns.lookup', (a) => a[0]);
  wrap(dns.promises, 'lookup', 'dns.promises.lookup', (a) => a[0]);
  wrap(dns, 'lookupService', 'dns.lookupService', (a) => a[0]);
  for (const name of RESOLVE) {
    wrap(dns, name, `dns.${name}`, (a) => a[0]);
    wrap(dns.promises, name, `dns.promises.${name}`, (a) => a[0]);
    wrap(dns.Resolver.prototype, name, `dns.Resolver#${name}`, (a) => a[0]);
    wrap(dns.promises.Resolver.prototype, name, `dns.promises.Resolver#${name}`, (a) => a[0]);
  }
  // send(msg, [offset, length,] port, [address], [callback]): the address is the first string after the message.
  wrap(dgram.Socket.prototype, 'send', 'dgram.Socket#send', (a) => a.slice(1).find((x) => typeof x === 'string'));
  wrap(dgram.Socket.prototype, 'connect', 'dgram.Socket#connect', (a) => (typeof a[1] === 'string' ? a[1] : undefined));
  // Named ESM imports of these modules (import { lookup } from 'node:dns') see the wrappers too.
  syncBuiltinESMExports();
}

/** A mark to count from: `since(mark)` answers the attempts made after it. */
export function censusMark(): number {
  return attempts.length;
}

export function since(mark: number): Attempt[] {
  return attempts.slice(mark);
}
