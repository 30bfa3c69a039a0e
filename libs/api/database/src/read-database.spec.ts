import { Logger } from '@nestjs/common';
import type { AppConfig } from '@tsunagu/api-core';
import type { DataSource } from 'typeorm';
import { PrimaryHistory, ReadDatabase, replicaVerdict, walPosition } from './read-database';

describe('walPosition', () => {
  it('orders positions as PostgreSQL does, across the 4 GB boundary of the low word', () => {
    expect(walPosition('0/3025B08')).toBe(0x3025b08n);
    expect(walPosition('1/0')).toBe(0x1_0000_0000n);
    expect(walPosition('0/FFFFFFFF') < walPosition('1/0')).toBe(true);
    expect(walPosition('16/B374D848') > walPosition('16/B374D847')).toBe(true);
  });
});

describe('replicaVerdict', () => {
  const at = (lsn: string) => walPosition(lsn);
  const status = { replayed: at('0/5000'), lastWrite: null, primaryLagAgo: at('0/4000') };

  it('uses a replica that holds what the primary had 30 s ago, for someone who has not written since', () => {
    expect(replicaVerdict(status)).toBe('use');
    expect(replicaVerdict({ ...status, primaryLagAgo: null })).toBe('use');
  });

  it("waits for the reader's own last write, to the byte", () => {
    expect(replicaVerdict({ ...status, lastWrite: at('0/5001') })).toBe('own_write_pending');
    expect(replicaVerdict({ ...status, lastWrite: at('0/5000') })).toBe('use');
  });

  it('leaves a replica that lacks what the primary had 30 s ago', () => {
    expect(replicaVerdict({ ...status, primaryLagAgo: at('0/5001') })).toBe('behind');
  });

  it('leaves a server that is not a standby', () => {
    expect(replicaVerdict({ ...status, replayed: null })).toBe('not_standby');
  });
});

describe('PrimaryHistory', () => {
  it("tells where the primary stood 30 s ago once it has seen that far back, from the newest position that old", () => {
    const history = new PrimaryHistory();
    expect(history.note(0, 100n)).toBeNull();
    expect(history.note(10_000, 200n)).toBeNull();
    expect(history.note(29_999, 300n)).toBeNull();
    expect(history.note(30_000, 400n)).toBe(100n);
    expect(history.note(41_000, 500n)).toBe(200n);
    // After a quiet spell the last position seen is the one to go by, however old.
    expect(history.note(600_000, 900n)).toBe(500n);
  });

  it('keeps one position a second, so a busy instance keeps a short list', () => {
    const history = new PrimaryHistory();
    for (let t = 0; t < 60_000; t += 10) history.note(t, BigInt(t));
    expect(history.note(60_000, 60_000n)).toBe(30_000n);
    expect((history as unknown as { seen: unknown[] }).seen.length).toBeLessThanOrEqual(32);
  });
});

describe('ReadDatabase', () => {
  /** A server that answers the status statements, and `report` for any other. */
  const server = (status: Record<string, unknown>, report: () => unknown) => {
    const query = jest.fn(async (text: string) => (text.includes('wal') ? [status] : report()));
    return { query } as unknown as DataSource & { query: jest.Mock };
  };
  const primary = server({ flushed: '0/100', last_write: null }, () => [{ from: 'primary' }]);
  const reader = { id: 'u1' };

  afterEach(() => jest.restoreAllMocks());

  it('repeats on the primary a read the replica fails during, says so once, and leaves the replica alone for a while', async () => {
    const replica = server({ replayed: '0/100' }, () => {
      throw new Error('canceling statement due to conflict with recovery');
    });
    const reads = new ReadDatabase(primary, { DATABASE_READ_URL: 'postgres://replica/db' } as AppConfig);
    jest.spyOn(reads as unknown as { connect: () => Promise<DataSource> }, 'connect').mockResolvedValue(replica);
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const report = (db: DataSource) => db.query('SELECT report');

    expect(await reads.read(reader, report)).toEqual([{ from: 'primary' }]);
    expect(replica.query).toHaveBeenCalledTimes(2);
    expect(await reads.read(reader, report)).toEqual([{ from: 'primary' }]);
    expect(replica.query).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/read replica failed \(canceling statement/);
  });

  it('asks nothing of either server without DATABASE_READ_URL', async () => {
    const idle = server({}, () => [{ from: 'primary' }]);
    const reads = new ReadDatabase(idle, {} as AppConfig);
    expect(await reads.read(reader, async (db) => (db === idle ? 'primary' : 'replica'))).toBe('primary');
    expect(idle.query).not.toHaveBeenCalled();
  });
});
