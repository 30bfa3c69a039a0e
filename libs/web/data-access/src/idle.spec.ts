import { createActivity } from './activity';
import { idleDeadlines, watchIdle } from './idle';

const MINUTE = 60_000;

describe('idleDeadlines', () => {
  it('signs out 30 s before the API might (it writes last-seen at most every 30 s) and warns a minute earlier', () => {
    expect(idleDeadlines(0, 30)).toEqual({ warnAt: 30 * MINUTE - 90_000, endAt: 30 * MINUTE - 30_000 });
    expect(idleDeadlines(1_000, 2)).toEqual({ warnAt: 1_000 + 30_000, endAt: 1_000 + 90_000 });
  });
});

describe('watchIdle', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-04-01T09:00:00+09:00') }));
  afterEach(() => jest.useRealTimers());

  function watch(idleMinutes = 30) {
    const activity = createActivity(Date.now, null);
    const events: string[] = [];
    const stop = watchIdle({
      idleMinutes,
      activity,
      onWarn: (endAt) => events.push(`warn, ends in ${(endAt - Date.now()) / 1000} s`),
      onResume: () => events.push('resume'),
      onEnd: () => events.push('end'),
    });
    return { activity, events, stop };
  }

  it('warns a minute before the end and signs out at the end when no request comes', () => {
    const { events } = watch();
    jest.advanceTimersByTime(30 * MINUTE - 90_000 - 1);
    expect(events).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(events).toEqual(['warn, ends in 60 s']);
    jest.advanceTimersByTime(59_999);
    expect(events).toEqual(['warn, ends in 60 s']);
    jest.advanceTimersByTime(1);
    expect(events).toEqual(['warn, ends in 60 s', 'end']);
    jest.advanceTimersByTime(60 * MINUTE);
    expect(events).toHaveLength(2);
  });

  it('starts again from each request, and a request during the warning lets the session go on', () => {
    const { activity, events } = watch();
    jest.advanceTimersByTime(20 * MINUTE);
    activity.record();
    jest.advanceTimersByTime(20 * MINUTE);
    expect(events).toEqual([]);
    jest.advanceTimersByTime(9 * MINUTE);
    expect(events).toEqual(['warn, ends in 60 s']);
    activity.record(); // 「ログインを続ける」 asks the API
    expect(events).toEqual(['warn, ends in 60 s', 'resume']);
    jest.advanceTimersByTime(28 * MINUTE);
    expect(events).toEqual(['warn, ends in 60 s', 'resume']);
    jest.advanceTimersByTime(MINUTE);
    expect(events.at(-1)).toBe('warn, ends in 60 s');
  });

  it('signs out at once when the timer fires long after the end (a laptop woken from sleep)', () => {
    const { events } = watch(2);
    jest.setSystemTime(Date.now() + 10 * MINUTE); // the clock moved on while timers were held
    jest.advanceTimersByTime(30_000);
    expect(events).toEqual(['end']);
  });

  it('stops watching when asked', () => {
    const { events, stop } = watch(2);
    stop();
    jest.advanceTimersByTime(10 * MINUTE);
    expect(events).toEqual([]);
  });
});

describe('activity', () => {
  it('hears the requests of the other tabs of the browser', async () => {
    const [here, there] = [new BroadcastChannel('tsunagu.activity.test'), new BroadcastChannel('tsunagu.activity.test')];
    try {
      let clock = 1_000;
      const thisTab = createActivity(() => clock, here);
      const otherTab = createActivity(() => clock, there);
      clock = 5_000;
      const heard = new Promise<number>((resolve) => thisTab.subscribe(resolve));
      otherTab.record();
      await expect(heard).resolves.toBe(5_000);
      expect(thisTab.lastRequestAt()).toBe(5_000);
    } finally {
      here.close();
      there.close();
    }
  });
});
