/**
 * `npm run -s redact`: the shared redactor as a filter. Each line of standard input comes out on
 * standard output with its identifiers replaced (`[NHS number removed]` …): one line out for each
 * line in, in order, so the output can be pasted beside the input. Line endings are read as `\n`,
 * `\r\n` or `\r` and written as `\n`; a last line without a newline still gets one. The text itself
 * is never written anywhere else: errors say what went wrong, not what was being read.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { redactText } from '../src/domain/redaction/redact-text';

const main = async (): Promise<void> => {
  // A closed pipe (`npm run -s redact | head`) is a normal way for a filter to end.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!process.stdout.write(`${redactText(line).text}\n`)) await once(process.stdout, 'drain');
  }
};

main().catch((error: unknown) => {
  const name = error instanceof Error ? error.name : 'Error';
  console.error(`redact: could not redact standard input (${name}).`);
  process.exitCode = 1;
});
