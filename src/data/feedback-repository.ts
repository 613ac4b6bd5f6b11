/**
 * Feedback responses on this device: saving one from the kiosk's draft together with its outbox
 * entry, and reading them back parsed through the domain schema. The ward's mode of collection comes
 * from the stored ward settings, so the form never has to know it.
 */
import { createFeedbackResponse, type FeedbackDraft } from '../domain/feedback/create-feedback-response';
import { feedbackResponseSchema, type FeedbackResponse } from '../domain/feedback/feedback-response';
import { KIOSK_DEFAULT_MODE_OF_COLLECTION } from '../domain/feedback/modes-of-collection';
import { createUuidV7, UUID_V7_RANDOM_BYTE_COUNT } from '../domain/shared/ids';
import type { Result } from '../domain/shared/result';
import type { WardsideDatabase } from './db';
import { getDeviceIdentity, type DeviceEnvironment } from './device-repository';
import { queueCreate } from './outbox';
import { readEnrolment } from './sync-state-repository';

/** A draft as the kiosk gives it; without a mode of collection, the ward's setting is used. */
export type FeedbackRepositoryDraft = Omit<FeedbackDraft, 'modeOfCollection'> &
  Partial<Pick<FeedbackDraft, 'modeOfCollection'>>;

export type FeedbackRepositoryOptions = DeviceEnvironment & {
  /** Told the id (only: the row holds patient text) of a stored response that no longer parses. */
  onCorruptRecord?: (id: string) => void;
};

export type FeedbackRepository = {
  /**
   * Saves a response, its texts redacted, with its outbox entry. Resolves to an error in plain words
   * when the draft is refused (nothing is written then); rejects only when IndexedDB itself fails
   * (nothing is written then either).
   */
  save: (draft: FeedbackRepositoryDraft) => Promise<Result<FeedbackResponse>>;
  /** Up to `limit` responses, newest `createdAt` first. */
  listNewestFirst: (limit: number) => Promise<FeedbackResponse[]>;
};

export const createFeedbackRepository = (
  db: WardsideDatabase,
  options: FeedbackRepositoryOptions,
): FeedbackRepository => {
  const save = (draft: FeedbackRepositoryDraft): Promise<Result<FeedbackResponse>> =>
    // One transaction reads who this device is and the ward's mode, then writes the response and its
    // outbox entry (SPEC ENG-1): both commit or neither does, and a tap costs one transaction.
    db.transaction('rw', db.feedbackResponses, db.outbox, db.deviceState, async () => {
      const now = options.now();
      const identity = await getDeviceIdentity(db, options);
      const enrolment = await readEnrolment(db);
      const id = createUuidV7(now.getTime(), options.randomBytes(UUID_V7_RANDOM_BYTE_COUNT));
      const modeOfCollection =
        draft.modeOfCollection ?? enrolment?.modeOfCollection ?? KIOSK_DEFAULT_MODE_OF_COLLECTION;
      const created = createFeedbackResponse({ ...draft, modeOfCollection }, { id, ...identity, now });
      if (!created.isOk) return created;
      // `add`, not `put`: a reused id must fail loudly, never overwrite a response.
      await db.feedbackResponses.add(created.value);
      await queueCreate(db, 'feedbackResponse', created.value, now);
      return created;
    });

  const listNewestFirst = async (limit: number): Promise<FeedbackResponse[]> => {
    const responses: FeedbackResponse[] = [];
    if (limit <= 0) return responses;
    await db.feedbackResponses
      .orderBy('createdAt')
      .reverse()
      .until(() => responses.length >= limit)
      .each((row, cursor) => {
        const parsed = feedbackResponseSchema.safeParse(row);
        if (parsed.success) responses.push(parsed.data);
        else options.onCorruptRecord?.(String(cursor.primaryKey));
      });
    return responses;
  };

  return { save, listNewestFirst };
};
