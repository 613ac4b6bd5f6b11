// A device environment for tests and benchmarks: a clock moved by hand and random bytes that count
// up (unique and repeatable). Free of Vitest, so the benchmarks can use it too.
import type { DeviceEnvironment } from '../device-repository';

/** A device clock the test moves by hand, and random bytes that count up (unique, not random). */
export type TestEnvironment = DeviceEnvironment & {
  advance: (ms: number) => void;
  set: (ms: number) => void;
};

export const createTestEnvironment = (startMs = Date.UTC(2025, 0, 31, 9, 0), seed = 0): TestEnvironment => {
  let time = startMs;
  let counter = seed * 1_000_000;
  return {
    now: () => new Date(time),
    randomBytes: (length) => {
      counter += 1;
      const bytes = new Uint8Array(length);
      let value = counter;
      for (let index = length - 1; index >= 0; index -= 1) {
        bytes[index] = value % 256;
        value = Math.floor(value / 256);
      }
      return bytes;
    },
    advance: (ms) => {
      time += ms;
    },
    set: (ms) => {
      time = ms;
    },
  };
};
