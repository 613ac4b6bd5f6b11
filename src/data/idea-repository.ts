/**
 * Ideas on this device: creating one, editing its fields, and reading ideas back as shown (the
 * server's copy with this device's pending edits over it, see idea-copies.ts). Each write is one
 * transaction with its outbox entry (SPEC ENG-1) and the hybrid clock that stamped it (IDEA-1), so a
 * stamp is never reused after a crash and an edit is never shown without being queued.
 */
import { liveQuery } from 'dexie';
import {
  IDEA_EDITABLE_FIELDS,
  ideaSchema,
  type Idea,
  type IdeaConflict,
  type IdeaEditableField,
  type IdeaStatus,
} from '../domain/ideas/idea';
import { ideaEventSchema, type IdeaEvent } from '../domain/ideas/idea-event';
import { canonicalIdeaFieldValue } from '../domain/ideas/idea';
import { mergeIdeaChanges, type IdeaChanges } from '../domain/ideas/merge-idea';
import { formatHybridTimestamp, tickClock } from '../domain/shared/hybrid-logical-clock';
import { createUuidV7, UUID_V7_RANDOM_BYTE_COUNT } from '../domain/shared/ids';
import { parseSchema } from '../domain/shared/parse-schema';
import { err, ok, type Result } from '../domain/shared/result';
import { SCHEMA_VERSION } from '../domain/shared/schema-version';
import type { WardsideDatabase } from './db';
import { getDeviceIdentity, type DeviceEnvironment } from './device-repository';
import { readServerFieldStamps, readShownIdea, storeIdeaBase } from './idea-copies';
import { queueCreate, queueIdeaChange } from './outbox';
import { readHybridClock, writeHybridClock } from './sync-state-repository';

/** What a person gives for a new idea; everything but the title has a default. */
export type IdeaDraft = {
  title: string;
  description?: string;
  status?: IdeaStatus;
  ownerRole?: string | null;
  nextStep?: string;
  nextStepDue?: string | null;
  youSaidWeDid?: string | null;
  isPublished?: boolean;
};

/** New values for some of an idea's fields. */
export type IdeaFieldEdits = { [Field in IdeaEditableField]?: Idea[Field] };

export type IdeaRepository = {
  /** Creates an idea; an error in plain words (never repeating the text) when the draft is refused. */
  create: (draft: IdeaDraft) => Promise<Result<Idea>>;
  /**
   * Edits some fields and queues the edit; fields given their current value are left out. Resolves to
   * the idea as shown afterwards, or an error when the idea is not here or a value does not fit.
   */
  changeFields: (ideaId: string, edits: IdeaFieldEdits) => Promise<Result<Idea>>;
  /** One idea as shown, or `null`. */
  get: (ideaId: string) => Promise<Idea | null>;
  /** Every idea as shown, deleted ones included (the board hides them), oldest first. */
  list: () => Promise<Idea[]>;
  /** Calls `onChange` with {@link IdeaRepository.list} now and after each change, until unsubscribed. */
  watch: (onChange: (ideas: Idea[]) => void, onError?: (error: unknown) => void) => () => void;
  /** Values that lost to concurrent edits and no one has looked at yet (IDEA-2). */
  listOpenConflicts: (ideaId: string) => Promise<IdeaConflict[]>;
  /** The idea's events (PDSA cycles, comments, evidence, votes), oldest first. */
  listHistory: (ideaId: string) => Promise<IdeaEvent[]>;
};

const logReadError = (error: unknown): void => {
  console.error('Reading ideas failed:', error instanceof Error ? error.name : 'unknown error');
};

export const createIdeaRepository = (
  db: WardsideDatabase,
  environment: DeviceEnvironment,
): IdeaRepository => {
  const create = async (draft: IdeaDraft): Promise<Result<Idea>> => {
    const now = environment.now();
    const identity = await getDeviceIdentity(db, environment);
    const id = createUuidV7(now.getTime(), environment.randomBytes(UUID_V7_RANDOM_BYTE_COUNT));
    return db.transaction('rw', [db.ideas, db.ideaBases, db.outbox, db.deviceState], async () => {
      const clock = tickClock(await readHybridClock(db, identity.deviceId), now.getTime());
      const stamp = formatHybridTimestamp(clock);
      const idea = parseSchema(ideaSchema, {
        id,
        wardId: identity.wardId,
        deviceId: identity.deviceId,
        createdAt: now.toISOString(),
        schemaVersion: SCHEMA_VERSION,
        title: draft.title,
        description: draft.description ?? '',
        status: draft.status ?? 'idea',
        ownerRole: draft.ownerRole ?? null,
        nextStep: draft.nextStep ?? '',
        nextStepDue: draft.nextStepDue ?? null,
        youSaidWeDid: draft.youSaidWeDid ?? null,
        isPublished: draft.isPublished ?? false,
        isDeleted: false,
        fieldStamps: Object.fromEntries(IDEA_EDITABLE_FIELDS.map((field) => [field, stamp])),
        conflicts: [],
      });
      if (!idea.isOk) return err(`The idea could not be saved: ${idea.error}.`);
      // Until the server answers, the device's own copy is the base.
      await db.ideas.add(idea.value);
      await storeIdeaBase(db, idea.value);
      await queueCreate(db, 'idea', idea.value, now);
      await writeHybridClock(db, clock);
      return idea;
    });
  };

  const changeFields = async (ideaId: string, edits: IdeaFieldEdits): Promise<Result<Idea>> => {
    const now = environment.now();
    const identity = await getDeviceIdentity(db, environment);
    return db.transaction('rw', [db.ideas, db.ideaBases, db.outbox, db.deviceState], async () => {
      const shown = await readShownIdea(db, ideaId);
      if (shown === null) return err('This idea is not on this tablet.');
      const seenStamps = (await readServerFieldStamps(db, ideaId)) ?? shown.fieldStamps;
      const clock = tickClock(await readHybridClock(db, identity.deviceId), now.getTime());
      const stamp = formatHybridTimestamp(clock);
      const changes: IdeaChanges = {};
      for (const field of IDEA_EDITABLE_FIELDS) {
        const value = edits[field];
        if (value === undefined || canonicalIdeaFieldValue(value) === canonicalIdeaFieldValue(shown[field]))
          continue;
        // baseStamp: the stamp of the value the person was looking at, which tells the server this
        // edit replaces it rather than racing it (mergeIdeaChanges); as the server last sent it,
        // see idea-copies.ts for why not the stamp shown.
        changes[field] = { value, stamp, baseStamp: seenStamps[field] };
      }
      if (Object.keys(changes).length === 0) return ok(shown);
      const merged = mergeIdeaChanges(shown, changes);
      if (!merged.isOk) return err(`The change could not be saved: ${merged.error}.`);
      await db.ideas.put(merged.value.idea);
      await queueIdeaChange(db, ideaId, changes, now);
      await writeHybridClock(db, clock);
      return ok(merged.value.idea);
    });
  };

  const get = (ideaId: string): Promise<Idea | null> => readShownIdea(db, ideaId);

  const list = async (): Promise<Idea[]> => {
    const ideas: Idea[] = [];
    for (const row of await db.ideas.toArray()) {
      const parsed = ideaSchema.safeParse(row);
      if (parsed.success) ideas.push(parsed.data);
    }
    return ideas;
  };

  const watch: IdeaRepository['watch'] = (onChange, onError = logReadError) => {
    const subscription = liveQuery(list).subscribe({ next: onChange, error: onError });
    return () => subscription.unsubscribe();
  };

  const listOpenConflicts = async (ideaId: string): Promise<IdeaConflict[]> =>
    ((await get(ideaId))?.conflicts ?? []).filter((conflict) => !conflict.isResolved);

  const listHistory = async (ideaId: string): Promise<IdeaEvent[]> => {
    const events: IdeaEvent[] = [];
    for (const row of await db.ideaEvents.where('ideaId').equals(ideaId).toArray()) {
      const parsed = ideaEventSchema.safeParse(row);
      if (parsed.success) events.push(parsed.data);
    }
    return events.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  };

  return { create, changeFields, get, list, watch, listOpenConflicts, listHistory };
};
