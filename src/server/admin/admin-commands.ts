// The admin CLI's commands, each given an open SyncStore. They print plain sentences; where a script
// needs one value (a ward id, an enrolment code) it is alone on the last line. A command returns its
// exit code; every failure says what to do about it.
import {
  MODE_OF_COLLECTION_LABELS,
  MODES_OF_COLLECTION,
  type ModeOfCollection,
} from '../../domain/feedback/modes-of-collection';
import { DEVICE_ROLES, type DeviceRole } from '../../sync/protocol';
import type { SyncStore, Ward } from '../storage/sync-store';
import { MAX_ESCALATION_TEXT_LENGTH } from '../storage/ward-queries';
import { formatDeviceTable } from './device-table';
import { formatFlagTable } from './flag-table';

export type AdminIo = {
  out(line: string): void;
  error(line: string): void;
  /** Asks for the PIN (hidden at a terminal); `undefined` when none was given. */
  readPin(prompt: string): Promise<string | undefined>;
  now(): Date;
};

export type AdminCommand = { store: SyncStore; io: AdminIo };

const isRole = (value: string | undefined): value is DeviceRole =>
  (DEVICE_ROLES as readonly (string | undefined)[]).includes(value);

/** A ward by id or exact name, or a message listing the wards there are. */
const resolveWard = async ({ store, io }: AdminCommand, idOrName: string): Promise<Ward | undefined> => {
  const ward = await store.findWard(idOrName);
  if (ward !== undefined) return ward;
  const names = (await store.listWards()).map((known) => `"${known.name}"`);
  io.error(
    `No ward has the id or name "${idOrName}". ` +
      (names.length > 0
        ? `The wards are: ${names.join(', ')}.`
        : 'There are no wards yet: add one with `ward add`.'),
  );
  return undefined;
};

export const addWard = async ({ store, io }: AdminCommand, name: string): Promise<number> => {
  const result = await store.createWard(name, io.now());
  if (!result.isOk) {
    io.error(result.error);
    return 1;
  }
  io.out(`Added the ward "${result.value.name}". Its id:`);
  io.out(result.value.id);
  return 0;
};

export const setWardPin = async (command: AdminCommand, idOrName: string): Promise<number> => {
  const ward = await resolveWard(command, idOrName);
  if (ward === undefined) return 1;
  const pin = await command.io.readPin(`New staff PIN for "${ward.name}" (4 to 8 digits): `);
  if (pin === undefined) {
    command.io.error('No PIN was set.');
    return 1;
  }
  const result = await command.store.setStaffPin(ward.id, pin);
  if (!result.isOk) {
    command.io.error(`${result.error} No PIN was set.`);
    return 1;
  }
  command.io.out(
    `The staff PIN for "${ward.name}" is set. Its staff and kiosk tablets take it up at their next sync.`,
  );
  return 0;
};

export const createCode = async (
  command: AdminCommand,
  idOrName: string,
  role: string | undefined,
): Promise<number> => {
  if (!isRole(role)) {
    command.io.error('Say which kind of tablet the code is for: --role kiosk or --role staff.');
    return 1;
  }
  const ward = await resolveWard(command, idOrName);
  if (ward === undefined) return 1;
  const issued = await command.store.createEnrolmentCode(ward.id, role, command.io.now());
  const localTime = new Date(issued.expiresAt).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  command.io.out(`Enrolment code for a ${role} tablet on "${ward.name}". It works once.`);
  command.io.out(`Expires at ${localTime} (${issued.expiresAt}).`);
  command.io.out(issued.code);
  return 0;
};

export const listDevices = async (command: AdminCommand, idOrName: string): Promise<number> => {
  const ward = await resolveWard(command, idOrName);
  if (ward === undefined) return 1;
  const devices = await command.store.listDevices(ward.id);
  if (devices.length === 0) {
    command.io.out(`No tablets are enrolled on "${ward.name}". Make a code with \`enrol\`.`);
    return 0;
  }
  command.io.out(formatDeviceTable(devices));
  return 0;
};

export const revokeDevice = async ({ store, io }: AdminCommand, deviceId: string): Promise<number> => {
  if (!(await store.revokeDevice(deviceId, io.now()))) {
    io.error(`No device has the id "${deviceId}". The \`devices <ward>\` command lists them.`);
    return 1;
  }
  io.out(`Device ${deviceId} is revoked: it can no longer sync. What it holds stays on the tablet.`);
  return 0;
};

/** What the kiosk says before the ward's escalation text, and instead of it when there is none. */
const ESCALATION_LEAD = 'If you have an urgent concern, ';
const NO_ESCALATION_TEXT = 'please speak to a member of staff now.';

export const setWardEscalation = async (
  command: AdminCommand,
  idOrName: string,
  text: string,
): Promise<number> => {
  const trimmed = text.trim();
  if (trimmed.length > MAX_ESCALATION_TEXT_LENGTH) {
    command.io.error(
      `The escalation text is ${trimmed.length.toLocaleString('en-GB')} characters; the most is ` +
        `${MAX_ESCALATION_TEXT_LENGTH.toLocaleString('en-GB')}. Kiosks show it after "${ESCALATION_LEAD}", ` +
        'so a sentence or two is enough. Nothing was changed.',
    );
    return 1;
  }
  const ward = await resolveWard(command, idOrName);
  if (ward === undefined) return 1;
  const result = await command.store.setEscalationText(ward.id, trimmed);
  if (!result.isOk) {
    command.io.error(`${result.error} Nothing was changed.`);
    return 1;
  }
  command.io.out(
    trimmed.length === 0
      ? `The escalation text for "${ward.name}" is cleared. Kiosks will show:`
      : `The escalation text for "${ward.name}" is set. Kiosks will show:`,
  );
  command.io.out(`  ${ESCALATION_LEAD}${trimmed.length === 0 ? NO_ESCALATION_TEXT : trimmed}`);
  command.io.out("The ward's tablets take it up at their next sync.");
  return 0;
};

/** A mode by its code (`electronic-discharge`) or NHS England's name for it (`Electronic Discharge`), any case. */
const parseModeOfCollection = (value: string): ModeOfCollection | undefined => {
  const wanted = value.trim().toLowerCase();
  return MODES_OF_COLLECTION.find(
    (mode) => mode === wanted || MODE_OF_COLLECTION_LABELS[mode].toLowerCase() === wanted,
  );
};

export const setWardMode = async (
  command: AdminCommand,
  idOrName: string,
  value: string,
): Promise<number> => {
  const mode = parseModeOfCollection(value);
  if (mode === undefined) {
    command.io.error(`"${value}" is not an FFT mode of collection. Use one of:`);
    for (const known of MODES_OF_COLLECTION) {
      command.io.error(`  ${known.padEnd(20)} ${MODE_OF_COLLECTION_LABELS[known]}`);
    }
    return 1;
  }
  const ward = await resolveWard(command, idOrName);
  if (ward === undefined) return 1;
  const result = await command.store.setModeOfCollection(ward.id, mode);
  if (!result.isOk) {
    command.io.error(`${result.error} Nothing was changed.`);
    return 1;
  }
  command.io.out(
    `Kiosk feedback on "${ward.name}" is now recorded as "${MODE_OF_COLLECTION_LABELS[mode]}" (${mode}) ` +
      'from the next sync of each kiosk.',
  );
  return 0;
};

export const listFlags = async (command: AdminCommand, idOrName: string | undefined): Promise<number> => {
  const ward = idOrName === undefined ? undefined : await resolveWard(command, idOrName);
  if (idOrName !== undefined && ward === undefined) return 1;
  const flags = await command.store.listIdentifierFlags(ward?.id);
  if (flags.length === 0) {
    command.io.out(
      ward === undefined
        ? 'No records are flagged: the identifier check found nothing.'
        : `No records on "${ward.name}" are flagged: the identifier check found nothing.`,
    );
    return 0;
  }
  command.io.out(formatFlagTable(flags, await command.store.listWards()));
  return 0;
};
