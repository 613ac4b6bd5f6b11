// The admin CLI run as a real process, as an admin would run it, against SQLite in a temp DATA_DIR.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../storage/database';
import { createSyncStore } from '../storage/kysely-sync-store';
import { createMutation, makeNote, pushOf } from '../../../tests/contract/sync-fixtures';
import { verifyStaffPin } from '../storage/staff-pin-verifier';
import { createTemporaryDirectory, type TemporaryDirectory } from '../testing/temporary-directory';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

type Run = { code: number | null; stdout: string; stderr: string; lastLine: string };

/**
 * Each run of the CLI is a fresh Node process that transforms TypeScript with tsx: a few seconds on a
 * quiet machine, ten or more while other test files share two cores.
 */
const CLI_TEST_TIMEOUT_MS = 180_000;

describe('admin CLI', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  let dataDirectory: TemporaryDirectory;
  const opened: Database[] = [];
  beforeEach(async () => {
    dataDirectory = await createTemporaryDirectory('admin');
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((database) => database.close()));
    await dataDirectory.remove();
  });

  const admin = (args: string[], input = ''): Promise<Run> =>
    new Promise((resolve, reject) => {
      const { DATABASE_URL: _ignored, ...inherited } = process.env;
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/admin/cli.ts', ...args], {
        cwd: repositoryRoot,
        env: { ...inherited, DATA_DIR: dataDirectory.path },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) =>
        resolve({ code, stdout, stderr, lastLine: stdout.trimEnd().split('\n').at(-1) ?? '' }),
      );
      child.stdin.end(input);
    });

  const openStore = () => {
    const database = openDatabase({ dataDirectory: dataDirectory.path, databaseUrl: undefined });
    opened.push(database);
    return createSyncStore(database);
  };

  it('prints its usage with --help, and refuses unknown commands with exit code 1', async () => {
    const help = await admin(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('enrol <ward> --role kiosk|staff');
    const unknown = await admin(['wards', 'list']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('"wards list" is not a command I know.');
  });

  it('adds a ward, printing its id last, and refuses a second ward of the same name', async () => {
    const added = await admin(['ward', 'add', 'Ward 7B']);
    expect(added.code).toBe(0);
    const ward = await openStore().findWard('Ward 7B');
    expect(added.lastLine).toBe(ward?.id);
    const again = await admin(['ward', 'add', 'Ward 7B']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('There is already a ward called "Ward 7B".');
  });

  it('sets the staff PIN from standard input, refusing one that is not 4 to 8 digits', async () => {
    const { lastLine: wardId } = await admin(['ward', 'add', 'Ward 7B']);
    const bad = await admin(['ward', 'pin', 'Ward 7B'], '12a4\n');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('4 to 8 digits');
    const good = await admin(['ward', 'pin', wardId], '480516\n');
    expect(good.code).toBe(0);
    expect(good.stdout).not.toContain('480516');
    const verifier = (await openStore().findWard(wardId))?.staffPin;
    expect(verifier && (await verifyStaffPin('480516', verifier))).toBe(true);
  });

  it('makes a single-use code, with its expiry before it, that enrols a tablet of that role', async () => {
    await admin(['ward', 'add', 'Ward 7B']);
    const made = await admin(['enrol', 'Ward 7B', '--role', 'kiosk']);
    expect(made.code).toBe(0);
    expect(made.stdout.trimEnd().split('\n').at(-2)).toMatch(/^Expires at \d\d:\d\d \(.+Z\)\.$/);
    expect(made.lastLine).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    const enrolment = await openStore().enrolDevice(made.lastLine, new Date());
    expect(enrolment?.device.role).toBe('kiosk');

    expect((await admin(['enrol', 'Ward 7B'])).stderr).toContain('--role kiosk or --role staff');
    const unknownWard = await admin(['enrol', 'Ward 9', '--role', 'staff']);
    expect(unknownWard.code).toBe(1);
    expect(unknownWard.stderr).toContain('The wards are: "Ward 7B".');
  });

  it('lists devices in a table and revokes one', async () => {
    const { lastLine: wardId } = await admin(['ward', 'add', 'Ward 7B']);
    const store = openStore();
    const { code } = await store.createEnrolmentCode(wardId, 'staff', new Date());
    const enrolment = await store.enrolDevice(code, new Date());
    const deviceId = enrolment?.device.id ?? '';

    const listed = await admin(['devices', 'Ward 7B']);
    expect(listed.code).toBe(0);
    const [header, row] = listed.stdout.trimEnd().split('\n');
    expect(header?.split(/\s{2,}/)).toEqual(['DEVICE ID', 'ROLE', 'ENROLLED', 'LAST SEEN', 'REVOKED']);
    expect(row).toMatch(new RegExp(`^${deviceId}\\s+staff\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC.*-$`));

    expect((await admin(['revoke', deviceId])).code).toBe(0);
    expect(await store.authenticateDevice(enrolment?.token ?? '', new Date())).toBeUndefined();
    expect((await admin(['devices', wardId])).stdout).not.toMatch(/-\s*$/);
    const unknown = await admin(['revoke', 'no-such-device']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No device has the id "no-such-device"');
  });

  it('sets the escalation text kiosks show, refusing one over 1,000 characters, and clears it with ""', async () => {
    const { lastLine: wardId } = await admin(['ward', 'add', 'Ward 7B']);
    const set = await admin(['ward', 'escalation', 'Ward 7B', ' ask for the nurse in charge, bleep 4455. ']);
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('If you have an urgent concern, ask for the nurse in charge, bleep 4455.');
    expect((await openStore().findWard(wardId))?.escalationText).toBe(
      'ask for the nurse in charge, bleep 4455.',
    );

    const long = await admin(['ward', 'escalation', wardId, 'x'.repeat(1001)]);
    expect(long.code).toBe(1);
    expect(long.stderr).toContain('The escalation text is 1,001 characters; the most is 1,000.');
    const unquoted = await admin(['ward', 'escalation', 'Ward 7B', 'ask', 'the', 'nurse']);
    expect(unquoted.code).toBe(1);
    expect(unquoted.stderr).toContain('Put the escalation text in quotes');
    expect((await openStore().findWard(wardId))?.escalationText).toBe(
      'ask for the nurse in charge, bleep 4455.',
    );

    const cleared = await admin(['ward', 'escalation', 'Ward 7B', '']);
    expect(cleared.code).toBe(0);
    expect(cleared.stdout).toContain('If you have an urgent concern, please speak to a member of staff now.');
    expect((await openStore().findWard(wardId))?.escalationText).toBeNull();
  });

  it('sets the mode of collection by code or NHS England name, and lists the modes when it is not one', async () => {
    const { lastLine: wardId } = await admin(['ward', 'add', 'Ward 7B']);
    const set = await admin(['ward', 'mode', 'Ward 7B', 'paper-discharge']);
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('"Paper Discharge" (paper-discharge)');
    expect((await openStore().findWard(wardId))?.modeOfCollection).toBe('paper-discharge');
    expect((await admin(['ward', 'mode', wardId, 'Electronic Discharge'])).code).toBe(0);
    expect((await openStore().findWard(wardId))?.modeOfCollection).toBe('electronic-discharge');

    const wrong = await admin(['ward', 'mode', 'Ward 7B', 'kiosk']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('"kiosk" is not an FFT mode of collection. Use one of:');
    for (const mode of ['sms', 'electronic-discharge', 'paper-home', 'telephone', 'online', 'other']) {
      expect(wrong.stderr).toContain(mode);
    }
    expect((await openStore().findWard(wardId))?.modeOfCollection).toBe('electronic-discharge');
  });

  it('lists flagged records with kinds and counts only, for one ward or all', async () => {
    const { lastLine: wardId } = await admin(['ward', 'add', 'Ward 7B']);
    await admin(['ward', 'add', 'Ward 2A']);
    expect((await admin(['flags'])).stdout).toContain('No records are flagged');
    const store = openStore();
    const enrolment = await store.enrolDevice(
      (await store.createEnrolmentCode(wardId, 'staff', new Date())).code,
      new Date(),
    );
    if (enrolment === undefined) throw new Error('enrolment');
    const { device } = enrolment;
    const note = makeNote(
      { wardId, deviceId: device.id },
      { text: 'Nurse Jane asked us to ring her son on 07700 900123 or jo@example.com' },
    );
    await store.applyPushBatch(device, pushOf([createMutation(1, 'note', note)]), new Date());

    const listed = await admin(['flags']);
    expect(listed.code).toBe(0);
    const [header, row, ...others] = listed.stdout.trimEnd().split('\n');
    expect(header?.split(/\s{2,}/)).toEqual(['RECORD ID', 'TYPE', 'WARD', 'FOUND', 'FLAGGED']);
    expect(row?.split(/\s{2,}/)).toEqual([
      note.id,
      'note',
      'Ward 7B',
      'phone number: 1, email address: 1, name: 1',
      expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/),
    ]);
    expect(others).toEqual([]);
    for (const secret of ['Jane', '07700', 'example', 'ring']) expect(listed.stdout).not.toContain(secret);

    expect((await admin(['flags', '--ward', 'Ward 7B'])).stdout).toContain(note.id);
    expect((await admin(['flags', '--ward', 'Ward 2A'])).stdout).toContain(
      'No records on "Ward 2A" are flagged',
    );
    const unknown = await admin(['flags', '--ward', 'Ward 9']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('The wards are: "Ward 2A", "Ward 7B".');
    expect((await admin(['devices', 'Ward 7B', '--ward', 'Ward 7B'])).stderr).toContain(
      '--ward goes with the flags command only.',
    );
  });
});
