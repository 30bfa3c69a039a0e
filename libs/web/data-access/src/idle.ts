import { activity as appActivity, type Activity } from './activity';

/**
 * The API writes a session's last-seen time at most every 30 s, so it may end the session up to
 * 30 s before "last request + idle minutes": the app signs out then, and warns a minute earlier.
 */
const SERVER_TOUCH_MS = 30_000;
const WARNING_MS = 60_000;

export interface IdleDeadlines {
  /** When the warning shows. */
  warnAt: number;
  /** When the app signs out. */
  endAt: number;
}

export function idleDeadlines(lastRequestAt: number, idleMinutes: number): IdleDeadlines {
  const endAt = lastRequestAt + idleMinutes * 60_000 - SERVER_TOUCH_MS;
  return { warnAt: endAt - WARNING_MS, endAt };
}

export interface IdleWatch {
  idleMinutes: number;
  /** The warning is due; the session ends at `endAt` unless a request is made before. */
  onWarn(endAt: number): void;
  /** A request after the warning: the session goes on. */
  onResume(): void;
  /** No request came: sign out. */
  onEnd(): void;
  activity?: Pick<Activity, 'lastRequestAt' | 'subscribe'>;
  now?: () => number;
}

/**
 * Follows the requests of the browser and calls back when a warning is due, when a request made
 * after it lets the session go on, and when the session has ended. Timers are re-armed on every
 * request, and a timer that fires late (a sleeping laptop, a throttled background tab) sees the
 * time that has really passed. Answers a function that stops watching.
 */
export function watchIdle({ idleMinutes, onWarn, onResume, onEnd, activity = appActivity, now = Date.now }: IdleWatch): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let warned = false;
  let ended = false;

  const check = () => {
    clearTimeout(timer);
    if (ended) return;
    const { warnAt, endAt } = idleDeadlines(activity.lastRequestAt(), idleMinutes);
    const at = now();
    if (at >= endAt) {
      ended = true;
      onEnd();
      return;
    }
    if (at >= warnAt) {
      if (!warned) {
        warned = true;
        onWarn(endAt);
      }
      timer = setTimeout(check, endAt - at);
      return;
    }
    if (warned) {
      warned = false;
      onResume();
    }
    timer = setTimeout(check, warnAt - at);
  };

  const unsubscribe = activity.subscribe(check);
  check();
  return () => {
    ended = true;
    clearTimeout(timer);
    unsubscribe();
  };
}
