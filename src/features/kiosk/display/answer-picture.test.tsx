// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AnswerPicture } from './answer-picture';

const RATINGS = [1, 2, 3, 4, 5, 6] as const;

describe('AnswerPicture', () => {
  it.each(RATINGS)(
    'is decorative for rating %i: hidden from assistive technology and never focused',
    (rating) => {
      const { container } = render(<AnswerPicture rating={rating} />);
      const svg = container.querySelector('svg');
      expect(svg).toHaveAttribute('aria-hidden', 'true');
      expect(svg).toHaveAttribute('focusable', 'false');
      expect(svg?.textContent).toBe('');
    },
  );

  it('draws a different shape for every answer, not just a different colour', () => {
    const shapes = RATINGS.map((rating) => {
      const { container } = render(<AnswerPicture rating={rating} />);
      const svg = container.querySelector('svg');
      return svg?.innerHTML;
    });
    expect(new Set(shapes).size).toBe(RATINGS.length);
  });
});
