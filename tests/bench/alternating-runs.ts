// Runs two measurements in turn, swapping which goes first on every run, so that a busy machine
// (2 cores, a browser, two servers) weighs on both alike rather than on whichever always goes second.

export type AlternatingRuns<Measured> = { subject: Measured[]; baseline: Measured[] };

/** `runCount` counted runs of each, after one uncounted run of each (first requests, JIT, caches). */
export const alternatingRuns = async <Measured>(
  runCount: number,
  subject: () => Promise<Measured>,
  baseline: () => Promise<Measured>,
): Promise<AlternatingRuns<Measured>> => {
  await subject();
  await baseline();
  const runs: AlternatingRuns<Measured> = { subject: [], baseline: [] };
  for (let run = 0; run < runCount; run += 1) {
    if (run % 2 === 0) {
      runs.subject.push(await subject());
      runs.baseline.push(await baseline());
    } else {
      runs.baseline.push(await baseline());
      runs.subject.push(await subject());
    }
  }
  return runs;
};
