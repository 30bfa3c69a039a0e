import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks TextEncoder/TextDecoder, which react-router (through react-admin) needs at import time.
Object.assign(globalThis, { TextEncoder, TextDecoder });
