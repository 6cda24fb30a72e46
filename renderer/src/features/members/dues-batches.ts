import { DUES_COLLECT_MAX, type DuesSkipped } from '../../../../shared/schemas/member-activity';

/** Saving the dues grid in batches, each batch one `members.dues.collect` call (one transaction). */

/** About half a second of the core's time per batch: the progress moves and other calls get answered. */
export const DUES_SAVE_BATCH = 1000;

export interface DuesEntry {
  memberId: string;
  amount: number;
}

export interface BatchResult {
  saved: number;
  alreadyPaid: number;
  skipped: DuesSkipped[];
}

export interface BatchOutcome {
  /** Newly recorded by this save. */
  saved: number;
  /** Ticked, but someone had already recorded their dues: left alone, and paid. */
  alreadyPaid: number;
  /** Ticked, but deleted meanwhile or no longer a member during the year: not written, and named. */
  skipped: DuesSkipped[];
  /** Members whose batch was committed (saved, already paid or skipped): no longer to tick. */
  doneIds: string[];
  /** The entries of the failed batch and every batch after it: nothing of them was written. */
  unsaved: DuesEntry[];
  /** Why the save stopped early (the core's message), or null when every batch went through. */
  error: string | null;
  /** The user stopped the save between two batches. */
  stopped: boolean;
}

export interface BatchOptions {
  size?: number;
  onProgress?(done: number, total: number): void;
  shouldStop?(): boolean;
}

/**
 * Sends `entries` in batches of `size` (at most the contract's limit), one after the other. A batch
 * that fails is rolled back whole by the core; the save stops there and the outcome says which
 * entries were committed and which were not, so that nothing ticked is lost.
 */
export async function saveInBatches(entries: readonly DuesEntry[], collect: (batch: DuesEntry[]) => Promise<BatchResult>, options: BatchOptions = {}): Promise<BatchOutcome> {
  const size = Math.min(options.size ?? DUES_SAVE_BATCH, DUES_COLLECT_MAX);
  const outcome: BatchOutcome = { saved: 0, alreadyPaid: 0, skipped: [], doneIds: [], unsaved: [], error: null, stopped: false };
  let done = 0;
  options.onProgress?.(0, entries.length);
  while (done < entries.length) {
    if (options.shouldStop?.()) {
      outcome.stopped = true;
      break;
    }
    const batch = entries.slice(done, done + size);
    try {
      const result = await collect(batch);
      outcome.saved += result.saved;
      outcome.alreadyPaid += result.alreadyPaid;
      outcome.skipped.push(...result.skipped);
    } catch (error) {
      outcome.error = error instanceof Error ? error.message : String(error);
      break;
    }
    outcome.doneIds.push(...batch.map((entry) => entry.memberId));
    done += batch.length;
    options.onProgress?.(done, entries.length);
  }
  outcome.unsaved = entries.slice(done);
  return outcome;
}
