import { describe, expect, it } from 'vitest';
import { parseHybridTimestamp } from '../domain/shared/hybrid-logical-clock';
import { createIdeaRepository } from './idea-repository';
import { readIdeaBase } from './idea-copies';
import { listOutbox } from './outbox';
import { readHybridClock, saveEnrolment } from './sync-state-repository';
import { createTestEnvironment, openTestDatabase, testEnrolment } from './testing/test-database';

const setUp = async () => {
  const db = openTestDatabase('idea-repository');
  const enrolment = testEnrolment(1);
  await saveEnrolment(db, enrolment, 'epoch-1');
  const environment = createTestEnvironment();
  return { db, enrolment, environment, repository: createIdeaRepository(db, environment) };
};

describe('createIdeaRepository', () => {
  it('ENG-1: creates an idea with every field stamped, as its own base, queued in the same transaction', async () => {
    const { db, enrolment, repository } = await setUp();
    const created = await repository.create({ title: '  Quieter nights  ' });
    if (!created.isOk) throw new Error(created.error);
    const idea = created.value;

    expect(idea).toMatchObject({
      title: 'Quieter nights',
      status: 'idea',
      deviceId: enrolment.deviceId,
      wardId: 'ward-7b',
    });
    expect(new Set(Object.values(idea.fieldStamps)).size).toBe(1);
    expect(await readIdeaBase(db, idea.id)).toEqual(idea);
    expect(await listOutbox(db, 5)).toMatchObject([
      { operation: 'create', recordType: 'idea', payload: idea },
    ]);
  });

  it('refuses a draft without a title, writing nothing', async () => {
    const { db, repository } = await setUp();
    const result = await repository.create({ title: '   ' });
    expect(result.isOk).toBe(false);
    expect(await db.ideas.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('IDEA-1: queues an edit with a fresh stamp and the stamp the person saw, and shows it at once', async () => {
    const { db, environment, repository } = await setUp();
    const created = await repository.create({ title: 'Quieter nights' });
    if (!created.isOk) throw new Error(created.error);
    environment.advance(5000);

    const changed = await repository.changeFields(created.value.id, {
      status: 'trying',
      title: 'Quieter nights',
    });
    if (!changed.isOk) throw new Error(changed.error);

    expect(changed.value.status).toBe('trying');
    expect(await repository.get(created.value.id)).toEqual(changed.value);
    const entries = await listOutbox(db, 5);
    expect(entries).toHaveLength(2);
    const edit = entries[1];
    if (edit?.operation !== 'change-idea') throw new Error('expected an idea edit');
    expect(Object.keys(edit.changes)).toEqual(['status']);
    expect(edit.changes.status?.baseStamp).toBe(created.value.fieldStamps.status);
    expect(edit.changes.status?.stamp).toBe(changed.value.fieldStamps.status);
    expect((edit.changes.status?.stamp ?? '') > created.value.fieldStamps.status).toBe(true);
    // The base stays the copy the server will answer for; the edit is shown over it.
    expect((await readIdeaBase(db, created.value.id))?.status).toBe('idea');
  });

  it('stamps edits above each other even when the tablet clock goes backwards', async () => {
    const { db, enrolment, environment, repository } = await setUp();
    const created = await repository.create({ title: 'A' });
    if (!created.isOk) throw new Error(created.error);
    environment.advance(-60_000);
    const first = await repository.changeFields(created.value.id, { title: 'B' });
    const second = await repository.changeFields(created.value.id, { title: 'C' });
    if (!first.isOk || !second.isOk) throw new Error('edit failed');

    expect(second.value.fieldStamps.title > first.value.fieldStamps.title).toBe(true);
    expect(first.value.fieldStamps.title > created.value.fieldStamps.title).toBe(true);
    const clock = await readHybridClock(db, enrolment.deviceId);
    const lastStamp = parseHybridTimestamp(second.value.fieldStamps.title);
    expect(lastStamp.isOk && lastStamp.value).toEqual(clock);
  });

  it('refuses a value that does not fit its field and an idea that is not here, writing nothing', async () => {
    const { db, repository } = await setUp();
    const created = await repository.create({ title: 'A' });
    if (!created.isOk) throw new Error(created.error);

    expect((await repository.changeFields(created.value.id, { nextStepDue: 'soon' })).isOk).toBe(false);
    expect(await repository.changeFields('0190a000-0000-7000-8000-000000000000', { title: 'B' })).toEqual({
      isOk: false,
      error: 'This idea is not on this tablet.',
    });
    expect(await db.outbox.count()).toBe(1);
  });

  it("lists ideas as shown, and an idea's history from its events", async () => {
    const { repository } = await setUp();
    const first = await repository.create({ title: 'First' });
    const second = await repository.create({ title: 'Second' });
    if (!first.isOk || !second.isOk) throw new Error('create failed');

    expect((await repository.list()).map((idea) => idea.title)).toEqual(['First', 'Second']);
    expect(await repository.listHistory(first.value.id)).toEqual([]);
    expect(await repository.listOpenConflicts(first.value.id)).toEqual([]);
  });
});

describe('baseStamp', () => {
  it("IDEA-2: is the field's stamp as the server last sent it, not this tablet's own edit shown over it", async () => {
    const { db, environment, repository } = await setUp();
    const created = await repository.create({ title: 'A' });
    if (!created.isOk) throw new Error(created.error);
    environment.advance(1000);
    const first = await repository.changeFields(created.value.id, { title: 'B' });
    environment.advance(1000);
    const second = await repository.changeFields(created.value.id, { title: 'C' });
    if (!first.isOk || !second.isOk) throw new Error('edit failed');

    const edits = (await listOutbox(db, 5)).filter((entry) => entry.operation === 'change-idea');
    const baseStamps = edits.map((entry) =>
      entry.operation === 'change-idea' ? entry.changes.title?.baseStamp : null,
    );
    expect(baseStamps).toEqual([created.value.fieldStamps.title, created.value.fieldStamps.title]);
    expect(second.value.title).toBe('C');
  });
});
