// Generated notes for the recent-entries benchmark: varied, realistic-sounding ward notes made from
// a fixed vocabulary by a seeded generator, so every run stores the same 50,000 notes. Not patient
// data: every sentence is assembled from the lists below. Runs in the bench page (browser).
import { createNote, NOTE_KINDS, SENTIMENTS, type Note } from '../../src/domain/notes/note';
import { createUuidV7, UUID_V7_RANDOM_BYTE_COUNT } from '../../src/domain/shared/ids';
import { DEFAULT_THEME_FRAME } from '../../src/domain/theme-frame/theme-frame';
import { createSeededRandom } from '../../scripts/themes/seeded-random';

const ROLES = ['Nurse', 'HCA', 'Doctor', 'Ward manager', 'Ward clerk', 'Housekeeper', 'Therapist', 'Student'];
const WHO = [
  'The patient in bay 2',
  'A relative',
  'Her daughter',
  'His wife',
  'The man in the side room',
  'A visitor',
  'The lady by the window',
  'Night staff',
  'A carer',
  'Bay 4',
];
const SAID = [
  'said',
  'told us',
  'mentioned',
  'felt',
  'complained that',
  'was pleased that',
  'asked why',
  'noticed that',
  'wrote that',
  'thanked us because',
];
const WHAT = [
  'the food was cold at lunch',
  'the call bell took a long time to be answered',
  'the nurses were kind and explained everything',
  'discharge was delayed waiting for medicines',
  'it was too noisy at night to sleep',
  'the toilets were not clean this morning',
  'nobody told them about the scan',
  'the physio helped her walk again',
  'visiting times were hard for working families',
  'the doctor listened and answered every question',
  'pain relief came late after the operation',
  'the day room was a calm place to sit',
  'parking cost too much for daily visits',
  'the menu had nothing suitable for a diabetic diet',
  'staff introduced themselves by name',
  'the ward felt short staffed over the weekend',
  'the porter was cheerful and gentle',
  'hearing aids were lost during the transfer',
  'the leaflet about wound care was clear',
  'the lights stayed on too late in the corridor',
];
const EXTRA = [
  '',
  '',
  ' again',
  ' today',
  ' on the late shift',
  ' after tea',
  ' during the drug round',
  ' before the ward round',
];
const CLOSE = [
  '',
  '',
  '',
  ' They would like someone to call them.',
  ' It made a real difference.',
  ' This has happened before.',
  ' Thank you to everyone.',
];

const pick = <Value>(random: () => number, values: readonly Value[]): Value =>
  values[Math.floor(random() * values.length)] as Value;

/** `count` notes over the year before `endMs`, oldest first, the same for the same seed. */
export const generateNotes = (count: number, endMs: number, seed = 20_251_125): Note[] => {
  const random = createSeededRandom(seed);
  const yearMs = 365 * 24 * 60 * 60 * 1000;
  const deviceId = createUuidV7(endMs - yearMs, new Uint8Array(UUID_V7_RANDOM_BYTE_COUNT).fill(7));
  const notes: Note[] = [];
  for (let index = 0; index < count; index += 1) {
    const createdMs = endMs - yearMs + Math.floor(((index + random()) * yearMs) / count);
    const bytes = Uint8Array.from({ length: UUID_V7_RANDOM_BYTE_COUNT }, () => Math.floor(random() * 256));
    const text = `${pick(random, WHO)} ${pick(random, SAID)} ${pick(random, WHAT)}${pick(random, EXTRA)}.${pick(random, CLOSE)}`;
    const themeCount = Math.floor(random() * 3);
    const made = createNote(
      {
        text,
        kind: pick(random, NOTE_KINDS),
        sentiment: random() < 0.1 ? null : pick(random, SENTIMENTS),
        themes: Array.from({ length: themeCount }, () => pick(random, DEFAULT_THEME_FRAME).code),
        isUrgent: random() < 0.05,
        capturedByRole: random() < 0.2 ? null : pick(random, ROLES),
      },
      { id: createUuidV7(createdMs, bytes), wardId: 'bench-ward', deviceId, now: new Date(createdMs) },
    );
    if (!made.isOk) throw new Error(made.error);
    notes.push(made.value);
  }
  return notes;
};
