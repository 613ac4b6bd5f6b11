// The admin CLI: `npm run admin -- <command>`. Uses the server's own configuration (DATA_DIR or
// DATABASE_URL) and brings the database up to date first, so it works before the server has ever run
// and beside a running server (SQLite transactions wait for each other; see immediate-sqlite-dialect).
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { migrateToLatest } from '../migrations/migrate-to-latest';
import { openDatabase } from '../storage/database';
import { createSyncStore } from '../storage/kysely-sync-store';
import { ensureServerEpoch } from '../storage/server-epoch';
import {
  addWard,
  createCode,
  listDevices,
  listFlags,
  revokeDevice,
  setWardEscalation,
  setWardMode,
  setWardPin,
  type AdminCommand,
  type AdminIo,
} from './admin-commands';
import { readPin } from './read-pin';

const usage = `Usage: npm run admin -- <command>

Commands:
  ward add "<name>"                 Add a ward. Prints its id on the last line.
  ward pin <ward>                   Set the ward's staff PIN (4 to 8 digits), read from standard input.
  ward escalation <ward> "<text>"   Set what kiosks show after "If you have an urgent concern, "
                                    (at most 1,000 characters; "" clears it).
  ward mode <ward> <mode>           Set the FFT mode of collection kiosks record: sms,
                                    electronic-discharge, electronic-home, paper-discharge,
                                    paper-home, telephone, online or other.
  enrol <ward> --role kiosk|staff   Make a single-use code that enrols one tablet, valid 15 minutes.
                                    Prints the code on the last line.
  devices <ward>                    List the ward's tablets: id, role, enrolled, last seen, revoked.
  revoke <deviceId>                 Stop a tablet from syncing, for good.
  flags [--ward <ward>]             List records in which the server's identifier check found
                                    something, for review: id, type, ward, kinds and counts, date.

<ward> is a ward's id or its exact name. The database is the server's: SQLite in DATA_DIR
(default ./data) or PostgreSQL at DATABASE_URL.`;

type Run = (command: AdminCommand) => Promise<number>;

/** The command to run, or a message saying what is wrong with the arguments. */
const chooseCommand = (
  positionals: string[],
  { role, ward }: { role?: string; ward?: string },
): Run | string => {
  const [first, second, third, fourth, ...rest] = positionals;
  const exactly = (count: number, run: Run) =>
    positionals.length === count
      ? run
      : `"${positionals.slice(0, count - 1).join(' ')}" takes ${count - 1} value(s).`;
  if (role !== undefined && first !== 'enrol') return '--role goes with the enrol command only.';
  if (ward !== undefined && first !== 'flags') return '--ward goes with the flags command only.';
  if (first === 'flags') return exactly(1, (command) => listFlags(command, ward));
  if (first === 'ward' && second === 'add' && third !== undefined && fourth === undefined) {
    return (command) => addWard(command, third);
  }
  if (first === 'ward' && second === 'add' && fourth !== undefined) {
    return 'Put a ward name with spaces in quotes: ward add "Ward 7B".';
  }
  if (first === 'ward' && second === 'escalation' && third !== undefined && fourth !== undefined) {
    return rest.length === 0
      ? (command) => setWardEscalation(command, third, fourth)
      : 'Put the escalation text in quotes: ward escalation "Ward 7B" "ask for the nurse in charge."';
  }
  if (first === 'ward' && second === 'escalation') {
    return 'Say which ward and the text: ward escalation "Ward 7B" "ask for the nurse in charge."';
  }
  if (first === 'ward' && second === 'mode' && third !== undefined && fourth !== undefined) {
    return exactly(4, (command) => setWardMode(command, third, fourth));
  }
  if (first === 'ward' && second === 'mode') {
    return 'Say which ward and the mode: ward mode "Ward 7B" electronic-discharge.';
  }
  if (first === 'ward' && second === 'pin' && third !== undefined) {
    return exactly(3, (command) => setWardPin(command, third));
  }
  if (first === 'enrol' && second !== undefined)
    return exactly(2, (command) => createCode(command, second, role));
  if (first === 'devices' && second !== undefined)
    return exactly(2, (command) => listDevices(command, second));
  if (first === 'revoke' && second !== undefined)
    return exactly(2, (command) => revokeDevice(command, second));
  return first === undefined
    ? 'Say which command to run.'
    : `"${positionals.join(' ')}" is not a command I know.`;
};

const main = async (): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        role: { type: 'string' },
        ward: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 1;
  }
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  const run = chooseCommand(parsed.positionals, parsed.values);
  if (typeof run === 'string') {
    console.error(`${run}\n\n${usage}`);
    return 1;
  }

  const config = loadConfig(process.env);
  if (!config.isOk) {
    console.error('Fix these environment variables and try again:');
    for (const message of config.error) console.error(`  - ${message}`);
    return 1;
  }
  const database = openDatabase(config.value);
  try {
    await migrateToLatest(database);
    await ensureServerEpoch(database.db, randomUUID);
    const io: AdminIo = {
      out: (line) => console.log(line),
      error: (line) => console.error(line),
      readPin: (prompt) => readPin(process.stdin, process.stderr, prompt),
      now: () => new Date(),
    };
    return await run({ store: createSyncStore(database), io });
  } catch (error) {
    console.error(`The database failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await database.close();
  }
};

process.exitCode = await main();
