import type { DeviceRole } from '../sync/protocol';

/** What the screens need to know about this tablet's enrolment. */
export type EnrolledDevice = { deviceId: string; role: DeviceRole; wardName: string };

/** `enrolment` is null until the tablet is enrolled through /setup. */
export type DeviceState = { enrolment: EnrolledDevice | null };

/** Where each kind of tablet starts. */
export const homePathOf = (role: DeviceRole): string => (role === 'kiosk' ? '/kiosk' : '/capture');
