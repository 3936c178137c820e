/// <reference lib="dom" />
/**
 * Installed into the page by Playwright's addInitScript before the app's scripts run:
 * gives the page the same `window.mentorVault` the preload gives it in Electron, but
 * forwarding each call to the bridge over fetch. Self-contained: it is serialised.
 */
export function installBridgeClient(args: { token?: string; methods: string[]; runtime?: 'browser-development' }): void {
  const { methods, runtime } = args;
  // Browser mode: the token comes in the address the server printed (`?token=`), is kept for
  // this tab only, and leaves the address bar at once.
  let token = args.token ?? sessionStorage.getItem('mentor-vault-bridge-token') ?? '';
  const fromAddress = new URLSearchParams(location.search).get('token');
  if (args.token === undefined && fromAddress) {
    token = fromAddress;
    sessionStorage.setItem('mentor-vault-bridge-token', token);
    history.replaceState(null, '', location.pathname + location.hash);
  }
  const listeners = new Set<(event: unknown) => void>();
  let source: EventSource | undefined;
  const api: Record<string, unknown> = {
    ...(runtime ? { runtime } : {}),
    onEvent(listener: (event: unknown) => void) {
      listeners.add(listener);
      if (!source) {
        source = new EventSource(`/__bridge/events?token=${encodeURIComponent(token)}`);
        source.onmessage = (message) => {
          const event = JSON.parse(message.data) as unknown;
          for (const l of listeners) l(event);
        };
      }
      return () => listeners.delete(listener);
    },
  };
  for (const method of methods) {
    api[method] = async (input: unknown) => {
      const response = await fetch('/__bridge/rpc', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-bridge-token': token },
        body: JSON.stringify({ method, input: input ?? {} }),
      });
      return response.json() as Promise<unknown>;
    };
  }
  Object.defineProperty(window, 'mentorVault', { value: Object.freeze(api), configurable: false, writable: false });
}
