import type { EnrolFailure } from './enrol-tablet';

/** Plain words for each failure: what happened and what to do next. */
export const enrolFailureMessages: Record<EnrolFailure | 'empty', string> = {
  empty: 'Enter the enrolment code',
  'invalid-code':
    'This code is not right, has already been used or has expired. Check the code, or ask the ward manager for a new one.',
  'no-connection':
    'Wardside could not reach the server. Check this tablet is connected to the ward Wi-Fi, then try again.',
  'needs-update': 'This version of Wardside is too old to enrol. Reload the page to update, then try again.',
  'server-problem': 'Something went wrong on the server. Try again in a few minutes.',
};
