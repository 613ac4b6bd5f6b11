import { useSyncExternalStore } from 'react';
import type { DeviceRole } from '../sync/protocol';

/** What the screens need to know about this tablet's enrolment. */
export type EnrolledDevice = { deviceId: string; role: DeviceRole; wardName: string };

/** `enrolment` is null until the tablet is enrolled through /setup. */
export type DeviceState = { enrolment: EnrolledDevice | null };

/**
 * This tablet's enrolment as the routes and header follow it. A few lines rather than a zustand
 * store: it is made in the data layer's chunk and read in the entry, and a shared library chunk
 * between the two would cost the kiosk's first load more than this does.
 */
export type DeviceStore = {
  getState: () => DeviceState;
  setState: (state: DeviceState) => void;
  subscribe: (listener: () => void) => () => void;
};

export const createDeviceStore = (initial: DeviceState): DeviceStore => {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    setState: (next) => {
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

/** The enrolment, re-rendering when it changes. */
export const useEnrolment = (store: DeviceStore): EnrolledDevice | null =>
  useSyncExternalStore(store.subscribe, () => store.getState().enrolment);

/** Where each kind of tablet starts. */
export const homePathOf = (role: DeviceRole): string => (role === 'kiosk' ? '/kiosk' : '/capture');
