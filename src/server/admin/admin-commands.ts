// The admin CLI's commands, each given an open SyncStore. They print plain sentences; where a script
// needs one value (a ward id, an enrolment code) it is alone on the last line. A command returns its
// exit code; every failure says what to do about it.
import { DEVICE_ROLES, type DeviceRole } from '../../sync/protocol';
import type { SyncStore, Ward } from '../storage/sync-store';
import { formatDeviceTable } from './device-table';

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
