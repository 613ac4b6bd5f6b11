import { describe, expect, it } from 'vitest';
import { isSubstantive } from './is-substantive';

describe('isSubstantive', () => {
  it.each(['', '   ', '. ', '!!!', '123', 'Did not answer', 'did not answer.', 'No answer'])(
    'finds nothing to theme in %j',
    (text) => {
      expect(isSubstantive(text)).toBe(false);
    },
  );

  it.each(['Nothing.', 'N/A', 'No', 'The nurses were kind', 'Did not answer the phone for hours'])(
    'finds words to theme in %j',
    (text) => {
      expect(isSubstantive(text)).toBe(true);
    },
  );
});
