import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks TextEncoder/TextDecoder, which react-router (through react-admin) needs at import time.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom lacks ResizeObserver, which recharts' ResponsiveContainer watches its box with.
class NoResizeObserver {
  observe(): void {
    /* jsdom lays nothing out */
  }
  unobserve(): void {
    /* nothing observed */
  }
  disconnect(): void {
    /* nothing observed */
  }
}
Object.assign(globalThis, { ResizeObserver: globalThis.ResizeObserver ?? NoResizeObserver });
