const minute = 60 * 1000;
const hour = 60 * minute;
const day = 24 * hour;

const count = (amount: number, unit: string) => `${amount} ${unit}${amount === 1 ? '' : 's'}`;

/**
 * A length of time in the words people use on a ward, rounded down to the unit that matters:
 * "less than a minute", "3 minutes", "1 hour 5 minutes", "2 days". Negative lengths (a clock
 * that moved back) read as "less than a minute".
 */
export function describeDuration(milliseconds: number): string {
  if (!Number.isFinite(milliseconds) || milliseconds < minute) return 'less than a minute';
  if (milliseconds < hour) return count(Math.floor(milliseconds / minute), 'minute');
  if (milliseconds < day) {
    const hours = Math.floor(milliseconds / hour);
    const minutes = Math.floor((milliseconds % hour) / minute);
    return minutes === 0 ? count(hours, 'hour') : `${count(hours, 'hour')} ${count(minutes, 'minute')}`;
  }
  return count(Math.floor(milliseconds / day), 'day');
}

/**
 * A wait that counts down, to the second below two minutes ("1 minute 5 seconds", "40 seconds"),
 * so that a lockout visibly ends; longer waits round to the nearest minute ("5 minutes"), so a
 * screen drawn a moment late does not say "6 minutes" for a 5-minute wait.
 */
export function describeCountdown(milliseconds: number): string {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  if (seconds >= 120) return count(Math.round(seconds / 60), 'minute');
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return count(rest, 'second');
  return rest === 0 ? count(minutes, 'minute') : `${count(minutes, 'minute')} ${count(rest, 'second')}`;
}
