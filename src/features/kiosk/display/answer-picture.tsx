import type { FftRating } from '../../../domain/feedback/feedback-response';

/**
 * What sets each picture apart besides colour: the mouth (an open grin, a smile, a straight
 * line, a frown, an open frown under sad eyebrows) or, for "Don't know", a question mark instead of a
 * face. Drawn with `currentColor` so high contrast and forced colours recolour it.
 */
const FEATURES: Record<FftRating, { mouth: string; isFilled?: boolean; brows?: string }> = {
  1: { mouth: 'M18 37 Q32 55 46 37 Z', isFilled: true },
  2: { mouth: 'M20 39 Q32 50 44 39' },
  3: { mouth: 'M21 43 H43' },
  4: { mouth: 'M20 47 Q32 36 44 47' },
  5: { mouth: 'M19 50 Q32 33 45 50 Z', isFilled: true, brows: 'M15 21 L27 16 M49 21 L37 16' },
  6: { mouth: '' },
};

/**
 * A decorative picture beside an FFT answer in easy-read mode: a face from very happy
 * (rating 1) to very sad (5), or a question mark for "Don't know" (6). Hidden from assistive
 * technology: the answer's text already names it.
 */
export function AnswerPicture({ rating }: { rating: FftRating }) {
  const { mouth, isFilled = false, brows } = FEATURES[rating];
  return (
    <svg
      className={`app-answer-picture app-answer-picture--${rating}`}
      viewBox="0 0 64 64"
      width="64"
      height="64"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="4"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <circle className="app-answer-picture__face" cx="32" cy="32" r="29" />
      {rating === 6 ? (
        <>
          <path d="M23 24 Q23 14 32 14 Q41 14 41 23 Q41 30 32 33 V40" />
          <circle cx="32" cy="49" r="3" fill="currentColor" />
        </>
      ) : (
        <>
          <circle cx="22" cy="26" r="3.5" fill="currentColor" />
          <circle cx="42" cy="26" r="3.5" fill="currentColor" />
          {brows && <path d={brows} />}
          <path d={mouth} fill={isFilled ? 'currentColor' : 'none'} />
        </>
      )}
    </svg>
  );
}
