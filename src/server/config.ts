// Server configuration: the environment is parsed once at start, and every bad variable is reported in
// plain words so that whoever runs the server can fix all of them in one go.
import path from 'node:path';
import { z } from 'zod';
import { err, ok, type Result } from '../domain/shared/result';

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** An unset and an empty variable mean the same: use the default. */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const withDefault = <Output>(schema: z.ZodType<Output, string>, fallback: NoInfer<Output>) =>
  z.preprocess(unsetIfEmpty, schema.optional()).transform((value) => value ?? fallback);

const portSchema = z
  .string()
  .regex(/^\d{1,5}$/)
  .transform(Number)
  .pipe(z.number().min(1).max(65535));

const hostSchema = z.string().regex(/^[^\s/]+$/);

const pathSchema = z.string().trim().min(1);

const databaseUrlSchema = z.string().regex(/^postgres(ql)?:\/\/\S+$/);

const environmentSchema = z.object({
  PORT: withDefault(portSchema, 8080),
  HOST: withDefault(hostSchema, '0.0.0.0'),
  DATA_DIR: withDefault(pathSchema, './data'),
  DATABASE_URL: z.preprocess(unsetIfEmpty, databaseUrlSchema.optional()),
  LOG_LEVEL: withDefault(z.enum(logLevels), 'info'),
  STATIC_DIR: withDefault(pathSchema, 'dist/client'),
});

type EnvironmentVariable = keyof typeof environmentSchema.shape;

const environmentVariables = Object.keys(environmentSchema.shape) as EnvironmentVariable[];

/** What each variable must be, as the sentence that follows its name in an error message. */
const requirements: Record<EnvironmentVariable, string> = {
  PORT: 'must be a whole number from 1 to 65535',
  HOST: 'must be a host name or IP address to listen on',
  DATA_DIR: 'must be a folder path',
  DATABASE_URL: 'must start with postgres:// or postgresql://',
  LOG_LEVEL: `must be one of ${logLevels.join(', ')}`,
  STATIC_DIR: 'must be a folder path',
};

/**
 * DATABASE_URL usually holds a password, so a bad one is described by its scheme alone; every other
 * value is echoed so the mistake is easy to spot.
 */
const describeValue = (variable: EnvironmentVariable, value: string): string => {
  if (variable !== 'DATABASE_URL') return JSON.stringify(value);
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(value)?.[0];
  return scheme ? `a value starting with ${JSON.stringify(scheme)}` : 'a value that is not a URL';
};

const configSchema = (workingDirectory: string) =>
  environmentSchema.transform((environment) => ({
    port: environment.PORT,
    host: environment.HOST,
    dataDirectory: path.resolve(workingDirectory, environment.DATA_DIR),
    databaseUrl: environment.DATABASE_URL,
    logLevel: environment.LOG_LEVEL,
    staticDirectory: path.resolve(workingDirectory, environment.STATIC_DIR),
  }));

/** The server's settings; folders are absolute paths. */
export type Config = z.output<ReturnType<typeof configSchema>>;

export type LogLevel = Config['logLevel'];

/**
 * Reads the server's settings from environment variables. Relative folders are resolved against
 * `workingDirectory`. On failure, returns one message per bad variable, e.g.
 * `PORT must be a whole number from 1 to 65535 (got "abc")`.
 */
export const loadConfig = (
  environment: Record<string, string | undefined>,
  workingDirectory: string = process.cwd(),
): Result<Config, string[]> => {
  const parsed = configSchema(workingDirectory).safeParse(environment);
  if (parsed.success) return ok(parsed.data);
  const badVariables = environmentVariables.filter((variable) =>
    parsed.error.issues.some((issue) => issue.path[0] === variable),
  );
  return err(
    badVariables.map(
      (variable) =>
        `${variable} ${requirements[variable]} (got ${describeValue(variable, environment[variable] ?? '')})`,
    ),
  );
};
