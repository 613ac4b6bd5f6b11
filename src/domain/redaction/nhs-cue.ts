/**
 * Whether the words just before a number say it is an NHS number ("NHS number:", "my NHS no. is").
 * Only the words up to the number count: a digit or a removed identifier in between breaks the link.
 */
import { MASK } from './redaction-placeholders';

const LOOK_BACK = 40;
const cuePattern = new RegExp(`(?<![\\p{L}])nhs(?![\\p{L}])[^\\p{N}${MASK}]{0,30}$`, 'iu');

/** Whether "NHS" stands no more than 30 characters, with no digit between, before `position`. */
export const hasNhsCueBefore = (text: string, position: number): boolean =>
  cuePattern.test(text.slice(Math.max(0, position - LOOK_BACK), position));
