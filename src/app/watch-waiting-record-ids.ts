import type { Subscribe } from '../components/use-subscription';
import type { WardsideDatabase } from '../data/db';
import { listOutbox } from '../data/outbox';

/** Enough for every record a screen lists; the outbox rarely holds more than a shift's notes. */
const readLimit = 10_000;

/**
 * The ids of records waiting in the outbox, now and each time the outbox may have changed (a save
 * here, an answer from the server, both of which `onOutboxMaybeChanged` reports). Reads that
 * overlap are settled in order, so an older read never overwrites a newer one.
 */
export function watchWaitingRecordIds(
  db: WardsideDatabase,
  onOutboxMaybeChanged: Subscribe<unknown>,
  onChange: (recordIds: ReadonlySet<string>) => void,
): () => void {
  let isWatching = true;
  let latestRead = 0;
  const read = async () => {
    const readNumber = (latestRead += 1);
    try {
      const entries = await listOutbox(db, readLimit);
      if (isWatching && readNumber === latestRead) onChange(new Set(entries.map((entry) => entry.recordId)));
    } catch {
      // A failed read leaves the last answer on screen; the next change reads again.
    }
  };
  const stop = onOutboxMaybeChanged(() => void read());
  void read();
  return () => {
    isWatching = false;
    stop();
  };
}
