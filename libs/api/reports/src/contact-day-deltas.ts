import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** How often the contact counts' deltas are folded into them. */
const FOLD_INTERVAL_MS = 60_000;

/**
 * Folds the deltas of the contact counts (appended by every write of an interview or visit, see
 * migration 1765843200000) into the counts once a minute, so that the report of every center reads
 * one row per day, center and kind of contact, plus the last minute's deltas. The figures are the
 * same before and after: a report sums both. One instance folds at a time (the function takes an
 * advisory lock; another instance's run returns at once).
 */
@Injectable()
export class ContactDayDeltas {
  private readonly logger = new Logger(ContactDayDeltas.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Interval(FOLD_INTERVAL_MS)
  async fold(): Promise<void> {
    try {
      await this.db.query('SELECT fold_contact_day_deltas()');
    } catch (err) {
      // (A database briefly away: the deltas stay, counted as they are, and the next run folds them.)
      this.logger.warn(`Folding the contact counts failed: ${(err as Error).message}`);
    }
  }
}
