type Listener = (at: number) => void;

const CHANNEL = 'tsunagu.activity';

/**
 * When this browser last sent the API a request, which is what keeps the session alive (it ends
 * after `session.idleMinutes` without one). Every tab of the browser shares one session cookie, so
 * tabs tell one another of their requests: a tab left open beside a busy one is not warned.
 */
export function createActivity(now: () => number = Date.now, channel: BroadcastChannel | null = openChannel()) {
  let last = now();
  const listeners = new Set<Listener>();
  const heard = (at: number) => {
    if (at <= last) return;
    last = at;
    listeners.forEach((listener) => listener(at));
  };
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (typeof event.data === 'number') heard(event.data);
  });
  return {
    lastRequestAt: () => last,
    /** A request is on its way to the API (recorded when sent: the server's time is no earlier). */
    record(): void {
      const at = now();
      heard(at);
      try {
        channel?.postMessage(at);
      } catch {
        /* closed: this tab alone */
      }
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type Activity = ReturnType<typeof createActivity>;

function openChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(CHANNEL);
  // In Node (unit tests) an open channel would keep the process alive; browsers have no unref.
  (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  return channel;
}

/** The app's record of requests, written by the http layer and read by the idle warning. */
export const activity = createActivity();
