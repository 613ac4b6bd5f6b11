import { describe, expect, it } from 'vitest';
import { findEmails } from './find-emails';

const written = (text: string): string[] =>
  findEmails(text).map((found) => text.slice(found.start, found.end));

describe('findEmails', () => {
  it('finds everyday, plus-tagged, apostrophe, subdomain and internationalised addresses', () => {
    expect(
      written(
        "jo@example.org, first.last+ward7@mail.nhs.uk; o'neil@example.co.uk (zoë@exämple.de) user@xn--80ak6aa92e.com.",
      ),
    ).toEqual([
      'jo@example.org',
      'first.last+ward7@mail.nhs.uk',
      "o'neil@example.co.uk",
      'zoë@exämple.de',
      'user@xn--80ak6aa92e.com',
    ]);
  });

  it('leaves an @ that is not an address', () => {
    expect(written('meet @ 10, info@presidio., @home, a@b, a@b.c, x@.com')).toEqual([]);
  });
});
