import { describe, expect, it } from 'vitest';
import { describeCountdown, describeDuration } from './describe-duration';

const seconds = (amount: number) => amount * 1000;
const minutes = (amount: number) => amount * seconds(60);

describe('describeDuration', () => {
  it.each([
    [seconds(-5), 'less than a minute'],
    [seconds(59), 'less than a minute'],
    [minutes(1), '1 minute'],
    [minutes(3) + seconds(59), '3 minutes'],
    [minutes(60), '1 hour'],
    [minutes(65), '1 hour 5 minutes'],
    [minutes(60 * 24 * 2 + 30), '2 days'],
  ])('%i ms reads "%s"', (milliseconds, words) => {
    expect(describeDuration(milliseconds)).toBe(words);
  });
});

describe('describeCountdown', () => {
  it.each([
    [minutes(5), '5 minutes'],
    [minutes(5) + seconds(20), '5 minutes'],
    [minutes(4) + seconds(40), '5 minutes'],
    [minutes(1) + seconds(5), '1 minute 5 seconds'],
    [minutes(1), '1 minute'],
    [seconds(40), '40 seconds'],
    [seconds(0.2), '1 second'],
    [0, '0 seconds'],
  ])('%i ms reads "%s"', (milliseconds, words) => {
    expect(describeCountdown(milliseconds)).toBe(words);
  });
});
