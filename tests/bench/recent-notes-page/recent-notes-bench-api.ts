// What the recent-entries bench page offers the bench (tests/bench/recent-notes.ts) on
// `window.recentNotesBench`: one set of types for both sides, the page and the Node script.

/** One direct run: asked → rows drawn, of which the read, and until the count is drawn too. */
export type Measured = {
  milliseconds: number;
  readMilliseconds: number;
  countedMilliseconds: number;
  matchingCount: number;
  rows: number;
};

/** One run through the app's hook and live query: asked → rows drawn. */
export type Drawn = { milliseconds: number; rows: number };

export type RecentNotesBench = {
  seed: (count: number, endMs: number) => Promise<number>;
  measure: (searchText: string) => Promise<Measured>;
  measureNewestLive: () => Promise<Drawn>;
  bareNewest: () => Promise<number>;
};

export type BenchWindow = { recentNotesBench: RecentNotesBench };
