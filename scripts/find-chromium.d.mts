// Types for find-chromium.mjs, which stays plain JavaScript so that scripts/test.mjs can run
// it with Node alone, before anything is compiled.
export declare const missingChromiumMessage: string;
export declare class ChromiumNotFoundError extends Error {
  constructor(message?: string);
}
export declare function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
export declare function requireChromium(env?: NodeJS.ProcessEnv): string;
export declare function ensureChromium(options?: {
  env?: NodeJS.ProcessEnv;
  log?: (message: string) => void;
}): string;
