// Reads the staff PIN for `ward pin` from standard input. At a terminal nothing is echoed (not even
// stars: the length of a PIN is part of it); from a pipe or file the first line is taken, so scripts
// and tests can set a PIN without a terminal.

/** Everything on standard input, when it is not a terminal. */
const readAll = async (input: NodeJS.ReadStream): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
};

/** One line typed at the terminal, without echo. Ctrl-C or Ctrl-D gives `undefined`. */
const readHidden = (input: NodeJS.ReadStream, prompt: string, output: NodeJS.WriteStream) =>
  new Promise<string | undefined>((resolve) => {
    output.write(prompt);
    let typed = '';
    const finish = (value: string | undefined) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      output.write('\n');
      resolve(value);
    };
    const onData = (chunk: Buffer) => {
      for (const character of chunk.toString('utf8')) {
        if (character === '\r' || character === '\n') return finish(typed);
        if (character === '\u0003' || character === '\u0004') return finish(undefined);
        if (character === '\u007f' || character === '\b') typed = typed.slice(0, -1);
        else typed += character;
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });

/**
 * The PIN, asked twice at a terminal so that a slip of the finger does not lock the ward out.
 * `undefined` when the person gave up or the two did not match (the reason goes to `output`).
 */
export const readPin = async (
  input: NodeJS.ReadStream,
  output: NodeJS.WriteStream,
  prompt: string,
): Promise<string | undefined> => {
  if (!input.isTTY) return (await readAll(input)).split(/\r?\n/, 1)[0]?.trim();
  const first = await readHidden(input, prompt, output);
  if (first === undefined) return undefined;
  const second = await readHidden(input, 'Type it again: ', output);
  if (second !== first) {
    output.write('The two PINs were not the same.\n');
    return undefined;
  }
  return first;
};
