import { describeCountdown } from '../../components/describe-duration';

/** The words under the PIN box after a wrong PIN. */
export const describeWrongPin = (triesLeft: number): string =>
  `That PIN is not right. ${triesLeft} ${triesLeft === 1 ? 'try' : 'tries'} left before Wardside locks for 5 minutes.`;

/** The words while a lockout runs, counting down. */
export const describeLockout = (remainingMilliseconds: number): string =>
  `Too many wrong PINs. Try again in ${describeCountdown(remainingMilliseconds)}.`;

export const noPinMessage =
  'This ward has no staff PIN on this tablet yet. Ask the ward manager to set one, then connect the tablet to the ward Wi-Fi.';
export const emptyPinMessage = 'Enter the staff PIN';
export const failedCheckMessage = 'The PIN could not be checked. Try again.';
