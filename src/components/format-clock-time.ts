const timeOfDay = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' });
const dayAndTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

const isSameDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/**
 * A moment as a ward reads it: "14:05" today, "24 Nov, 14:05" on another day, in the tablet's
 * time zone.
 */
export function formatClockTime(moment: Date, now: Date): string {
  return isSameDay(moment, now) ? timeOfDay.format(moment) : dayAndTime.format(moment);
}
