import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

type Run = { stdout: string; stderr: string; code: number | null };

/** Runs `npx tsx scripts/redact.ts` with `input` on standard input, written in `chunks` pieces. */
const runRedact = (input: string, chunks = 1): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/redact.ts'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (data: string) => (stdout += data));
    child.stderr.setEncoding('utf8').on('data', (data: string) => (stderr += data));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    const size = Math.ceil(input.length / chunks);
    for (let start = 0; start < input.length; start += size)
      child.stdin.write(input.slice(start, start + size));
    child.stdin.end();
  });

describe('npm run -s redact', () => {
  it('writes one redacted line for each line read, keeping empty lines and a last line without a newline', async () => {
    const input = [
      'Nurse Jane was lovely',
      '',
      'My NHS number is 943 476 5919, DOB 01/02/1950',
      'Ring 07700 900000 or write to jo@example.org, LS1 4AP',
      'Nothing to remove here',
    ].join('\r\n');
    const { stdout, stderr, code } = await runRedact(input);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'Nurse [name removed] was lovely',
        '',
        'My NHS number is [NHS number removed], DOB [date of birth removed]',
        'Ring [phone number removed] or write to [email removed], [postcode removed]',
        'Nothing to remove here',
        '',
      ].join('\n'),
    );
  }, 30_000);

  it('writes nothing for no input', async () => {
    expect(await runRedact('')).toEqual({ stdout: '', stderr: '', code: 0 });
  }, 30_000);

  it('keeps line for line on a large input read in pieces that split lines and \\r\\n pairs', async () => {
    const lines = Array.from({ length: 20_000 }, (_, index) =>
      index % 3 === 0 ? `line ${index}: NHS 943\u00a0476\u00a05919` : index % 3 === 1 ? '' : `line ${index}`,
    );
    const { stdout, code } = await runRedact(`${lines.join('\r\n')}\r\n`, 997);
    expect(code).toBe(0);
    const output = stdout.split('\n');
    expect(output.pop()).toBe('');
    expect(output).toHaveLength(lines.length);
    expect(output[0]).toBe('line 0: NHS [NHS number removed]');
    expect(output[1]).toBe('');
    expect(output[19_998]).toBe('line 19998: NHS [NHS number removed]');
    expect(output[19_999]).toBe('');
    expect(output.some((line) => line.includes('476\u00a05919'))).toBe(false);
  }, 60_000);
});
