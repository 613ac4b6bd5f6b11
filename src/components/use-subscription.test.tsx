// @vitest-environment jsdom
// Types for the DOM matchers that tests/support/setup.ts registers.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSubscription, type Subscribe } from './use-subscription';

/** A source the test pushes values into by hand. */
function createSource<Value>() {
  const listeners = new Set<(value: Value) => void>();
  const subscribe: Subscribe<Value> = (onValue) => {
    listeners.add(onValue);
    return () => listeners.delete(onValue);
  };
  const push = (value: Value) => listeners.forEach((listener) => listener(value));
  return { subscribe, push, listenerCount: () => listeners.size };
}

function Shown({ subscribe }: { subscribe: Subscribe<string> }) {
  const value = useSubscription(subscribe);
  return <p>{value ?? 'Waiting'}</p>;
}

describe('useSubscription', () => {
  it('is undefined until the first value, then follows each value', () => {
    const source = createSource<string>();
    render(<Shown subscribe={source.subscribe} />);
    expect(screen.getByText('Waiting')).toBeInTheDocument();

    act(() => source.push('first'));
    expect(screen.getByText('first')).toBeInTheDocument();

    act(() => source.push('second'));
    expect(screen.getByText('second')).toBeInTheDocument();
  });

  it('drops the old value and listener when the subscription changes', () => {
    const first = createSource<string>();
    const second = createSource<string>();
    const { rerender } = render(<Shown subscribe={first.subscribe} />);
    act(() => first.push('from the first'));

    rerender(<Shown subscribe={second.subscribe} />);

    expect(screen.getByText('Waiting')).toBeInTheDocument();
    expect(first.listenerCount()).toBe(0);
    expect(second.listenerCount()).toBe(1);
  });

  it('stops listening on unmount', () => {
    const source = createSource<string>();
    const { unmount } = render(<Shown subscribe={source.subscribe} />);

    unmount();

    expect(source.listenerCount()).toBe(0);
  });
});
