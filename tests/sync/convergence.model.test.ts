// Seeded model test of convergence: several tablets (real IndexedDB code on fake-indexeddb, real sync
// engines) and one real server (the in-memory network over buildApp on SQLite). fast-check draws
// interleavings of saves, idea edits, sync cycles and deliveries, with requests and answers lost,
// replayed and reordered. Then everything is delivered, every tablet syncs until nothing is left to
// send, and all tablets must hold the same records as the server, with nothing lost and nothing twice.
//
// A failing run prints its seed; every seed that ever failed is kept below as a named test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEnrolment } from '../../src/data/sync-state-repository';
import { IDEA_STATUSES, MAX_IDEA_CONFLICTS, type IdeaConflict } from '../../src/domain/ideas/idea';
import { createInMemoryNetwork, type Fault, type InMemoryNetwork } from '../support/in-memory-transport';
import { createTestDevice, syncAndFlush, type TestDevice } from './support/test-device';

const DEVICE_COUNT = 3;
/** Runs per `fc.assert`; tuned so the file stays under about a minute on two cores. */
const NUM_RUNS = Number(process.env.CONVERGENCE_RUNS ?? 25);
/** The seed CI replays every run. */
const CI_SEED = 20_261_125;

const TITLES = ['Quieter nights', 'Quiet nights', 'Night lights off', 'Earplugs on request'] as const;
const NEXT_STEPS = ['', 'Ask night staff', 'Order earplugs'] as const;

type Command =
  | { kind: 'create-note'; device: number }
  | { kind: 'create-idea'; device: number; title: number }
  | { kind: 'edit-idea'; device: number; idea: number; field: 'title' | 'status' | 'nextStep'; value: number }
  | { kind: 'sync'; device: number }
  | { kind: 'deliver'; pick: number; fault: 'none' | Exclude<Fault, object> }
  | { kind: 'tick'; device: number; ms: number }
  /** One tablet's clock jumps ahead of the server's by more than CLOCK-2's 10 minutes. */
  | { kind: 'clock-jump'; device: number };

const device = fc.nat({ max: DEVICE_COUNT - 1 });
const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('create-note' as const), device }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('create-idea' as const),
      device,
      title: fc.nat(TITLES.length - 1),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit-idea' as const),
      device,
      // Mostly the two ideas every tablet holds, so that edits meet.
      idea: fc.oneof(fc.nat(1), fc.nat(20)),
      field: fc.constantFrom('title' as const, 'title' as const, 'status' as const, 'nextStep' as const),
      value: fc.nat(10),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), device }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      pick: fc.nat(10),
      fault: fc.constantFrom(
        'none' as const,
        'none' as const,
        'none' as const,
        'drop-request' as const,
        'drop-response' as const,
        'duplicate' as const,
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('tick' as const),
      device,
      ms: fc.integer({ min: 0, max: 5000 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clock-jump' as const), device }) },
);

/** An edit that changed a field, with the value its author saw there (for the IDEA-2 check). */
type Edit = { device: number; ideaId: string; field: string; value: unknown; seenValue: unknown };

type World = {
  network: InMemoryNetwork;
  devices: TestDevice[];
  wardId: string;
  createdIds: Set<string>;
  syncing: Promise<void>[];
  edits: Edit[];
};

const runCommand = async (world: World, command: Command): Promise<void> => {
  const { network, devices } = world;
  switch (command.kind) {
    case 'create-note': {
      const saved = await devices[command.device]?.notes.save({ text: `Note ${world.createdIds.size}` });
      if (saved?.isOk) world.createdIds.add(saved.value.id);
      return;
    }
    case 'create-idea': {
      const created = await devices[command.device]?.ideas.create({ title: TITLES[command.title] ?? 'Idea' });
      if (created?.isOk) world.createdIds.add(created.value.id);
      return;
    }
    case 'edit-idea': {
      const tablet = devices[command.device];
      if (tablet === undefined) return;
      const edits =
        command.field === 'title'
          ? { title: TITLES[command.value % TITLES.length] }
          : command.field === 'status'
            ? { status: IDEA_STATUSES[command.value % IDEA_STATUSES.length] }
            : { nextStep: NEXT_STEPS[command.value % NEXT_STEPS.length] };
      // The value the author saw must be the one the edit replaced: the idea is read and edited in one
      // transaction, because a pulled page applied in between (sync runs alongside these commands)
      // would otherwise change the idea under the edit, and the check below would blame the merge
      // for a value the author had in fact seen and replaced (seed 353603554).
      const { db } = tablet;
      const outcome = await db.transaction(
        'rw',
        [db.ideas, db.ideaBases, db.outbox, db.deviceState],
        async () => {
          const ideas = await tablet.ideas.list();
          const seen = ideas[command.idea % Math.max(1, ideas.length)];
          if (seen === undefined) return undefined;
          return { idea: seen, changed: await tablet.ideas.changeFields(seen.id, edits) };
        },
      );
      if (outcome === undefined) return;
      const { idea, changed } = outcome;
      if (!changed.isOk) throw new Error(`An edit of a held idea was refused: ${changed.error}`);
      const field = command.field;
      if (changed.value.fieldStamps[field] !== idea.fieldStamps[field]) {
        world.edits.push({
          device: command.device,
          ideaId: idea.id,
          field,
          value: changed.value[field],
          seenValue: idea[field],
        });
      }
      return;
    }
    case 'sync': {
      const tablet = devices[command.device];
      if (tablet !== undefined) world.syncing.push(tablet.engine.syncNow());
      return;
    }
    case 'deliver': {
      const waiting = network.pending().length;
      if (waiting === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        return;
      }
      await network.deliver(command.pick % waiting, command.fault === 'none' ? undefined : command.fault);
      return;
    }
    case 'tick':
      devices[command.device]?.environment.advance(command.ms);
      network.serverClock.advance(command.ms);
      return;
    case 'clock-jump':
      devices[command.device]?.environment.advance(30 * 60 * 1000);
      return;
  }
};

const sortById = <Row extends { id: string }>(rows: Row[]): Row[] =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Delivers everything, then syncs every tablet until none has anything left to send. */
const syncToQuiescence = async (world: World): Promise<void> => {
  await world.network.deliverUntil(Promise.all(world.syncing));
  await world.network.flush();
  for (let round = 0; round < 6; round += 1) {
    for (const tablet of world.devices) await syncAndFlush(world.network, tablet);
    const pending = await Promise.all(world.devices.map((tablet) => tablet.db.outbox.count()));
    // One more full round after the outboxes empty, so every tablet pulls what the last one sent.
    if (pending.every((count) => count === 0)) {
      for (const tablet of world.devices) await syncAndFlush(world.network, tablet);
      return;
    }
  }
  throw new Error('The tablets did not settle: outboxes still hold mutations after six rounds.');
};

const checkConvergence = async (world: World): Promise<void> => {
  const { network, devices } = world;
  const first = devices[0];
  if (first === undefined) throw new Error('no tablets');
  const enrolment = await readEnrolment(first.db);
  if (enrolment === null) throw new Error('not enrolled');
  const page = await network.store.pullChanges(
    { id: enrolment.deviceId, wardId: world.wardId, role: 'staff' },
    0,
    500,
  );
  const serverIds = page.changes.map((change) => (change.record as { id: string }).id);
  const quarantinedIds = (await network.store.listQuarantine(world.wardId)).map((entry) => entry.recordId);

  // No record twice on the server.
  expect(new Set(serverIds).size).toBe(serverIds.length);
  // Nothing lost: every record ever made is on the server or in its quarantine.
  const kept = new Set([...serverIds, ...quarantinedIds]);
  expect([...world.createdIds].filter((id) => !kept.has(id))).toEqual([]);
  // Nothing was refused in these runs: every record made is on the server itself.
  expect(quarantinedIds).toEqual([]);

  const serverRecords = (type: string) =>
    sortById(
      page.changes
        .filter((change) => change.recordType === type)
        .map((change) => change.record as { id: string }),
    );
  const serverNotes = serverRecords('note');
  const serverIdeas = serverRecords('idea');
  expect(serverNotes.length + serverIdeas.length).toBe(serverIds.length);
  for (const tablet of devices) {
    expect(await tablet.db.outbox.count()).toBe(0);
    // Every tablet holds every record exactly as the server does: for ideas, the same fields, stamps
    // and kept conflicts.
    expect(sortById(await tablet.notes.listNewestFirst(Number.MAX_SAFE_INTEGER))).toEqual(serverNotes);
    expect(sortById(await tablet.ideas.list())).toEqual(serverIdeas);
  }

  // IDEA-2: an edited value disappears only when someone replaced it knowingly: a later edit made
  // while that value was shown, or a later edit by the same tablet. Otherwise it still stands or is
  // kept among the idea's conflicts (unless the idea is at its conflict limit).
  const ideasById = new Map(
    serverIdeas.map((idea) => [
      idea.id,
      idea as unknown as Record<string, unknown> & { conflicts: IdeaConflict[] },
    ]),
  );
  const lost = world.edits.filter((edit, index) => {
    const idea = ideasById.get(edit.ideaId);
    if (idea === undefined) return true;
    if (idea[edit.field] === edit.value || idea.conflicts.length >= MAX_IDEA_CONFLICTS) return false;
    if (
      idea.conflicts.some((conflict) => conflict.field === edit.field && conflict.losingValue === edit.value)
    )
      return false;
    return !world.edits.some(
      (later, laterIndex) =>
        laterIndex > index &&
        later.ideaId === edit.ideaId &&
        later.field === edit.field &&
        (later.seenValue === edit.value || later.device === edit.device),
    );
  });
  expect(lost).toEqual([]);
};

const runScenario = async (commands: readonly Command[]): Promise<void> => {
  const network = await createInMemoryNetwork();
  try {
    const ward = await network.createWard();
    const devices: TestDevice[] = [];
    for (let index = 0; index < DEVICE_COUNT; index += 1) {
      devices.push(
        await createTestDevice(network, {
          seed: index + 1,
          wardId: ward.id,
          clockOffsetMs: (index - 1) * 1500,
        }),
      );
    }
    const world: World = { network, devices, wardId: ward.id, createdIds: new Set(), syncing: [], edits: [] };
    // Two ideas every tablet already holds, so that edits made apart meet each other.
    for (const title of TITLES.slice(0, 2))
      await runCommand(world, { kind: 'create-idea', device: 0, title: TITLES.indexOf(title) });
    for (const tablet of devices) await syncAndFlush(network, tablet);
    network.setMode('manual');
    for (const command of commands) await runCommand(world, command);
    network.setMode('auto');
    await syncToQuiescence(world);
    await checkConvergence(world);
  } finally {
    await network.close();
  }
};

const commandsArbitrary = fc.array(commandArbitrary, { minLength: 5, maxLength: 120, size: 'max' });

const convergenceProperty = fc.asyncProperty(commandsArbitrary, (commands) => runScenario(commands));

/**
 * Seeds that once failed, with fast-check's path to the failing run, replayed first on every run.
 * A path holds only while the arbitraries above stay as they are; after changing them, keep the seed
 * and replace the path by running it with `numRuns` instead.
 */
const FAILED_SEEDS = [
  // A tablet with a fast clock sent its own (future) stamp as `baseStamp`; the server, having
  // re-stamped the tablet's earlier edit, took it as having seen a later edit from another tablet
  // and replaced that value without keeping it (IDEA-2). Fixed: baseStamp is the server's stamp.
  { seed: 12, path: '29', why: 'fast clock: baseStamp hid a later edit (IDEA-2)' },
  { seed: 13, path: '66', why: 'fast clock: baseStamp hid a later edit (IDEA-2)' },
  // Not a sync fault: the test read the idea, a pulled page then brought another tablet's title,
  // and the edit replaced that title knowingly, while the check took the older title as the one
  // seen. Fixed in the test: read and edit in one transaction.
  { seed: 353603554, path: '6', why: 'a pull between reading and editing an idea (test race)' },
] as const;

describe('convergence of tablets through one server', () => {
  it('PUSH-2, PUSH-5, PULL-3, IDEA-1, IDEA-2: random interleavings with lost, replayed and reordered messages converge', async () => {
    // CI replays one fixed seed so that a red run always means a change broke it; locally each run
    // explores a new seed.
    const defaultSeed = process.env.CI ? CI_SEED : Date.now() % 2_147_483_647;
    const seed = Number(process.env.CONVERGENCE_SEED ?? defaultSeed);
    try {
      await fc.assert(convergenceProperty, { seed, numRuns: NUM_RUNS, endOnFailure: true });
    } catch (error) {
      console.error(`Convergence failed with seed ${seed}: keep it as a named test below.`);
      throw error;
    }
  }, 120_000);

  for (const { seed, path, why } of FAILED_SEEDS) {
    it(`seed ${seed} (${why})`, async () => {
      await fc.assert(convergenceProperty, { seed, path, numRuns: 1, endOnFailure: true });
    }, 30_000);
  }
});
