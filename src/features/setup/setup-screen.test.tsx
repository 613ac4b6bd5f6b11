// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../domain/shared/result';
import type { EnrolFailure, EnrolledTablet, EnrolTablet } from './enrol-tablet';
import { SetupScreen } from './setup-screen';

const staffTablet: EnrolledTablet = { role: 'staff', wardName: 'Ward 7B', isStoragePersisted: true };

const codeBox = () => screen.getByRole('textbox', { name: 'Enrolment code' });
const enrolButton = () => screen.getByRole('button', { name: 'Enrol this tablet' });

const failingWith =
  (failure: EnrolFailure): EnrolTablet =>
  async () =>
    err(failure);

describe('SetupScreen', () => {
  it('asks for the enrolment code with a hint', () => {
    render(<SetupScreen enrol={vi.fn()} onEnrolled={vi.fn()} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Set up this tablet' })).toBeInTheDocument();
    expect(codeBox()).toHaveAccessibleDescription(expect.stringContaining('ward manager gives you'));
    expect(document.title).toBe('Set up this tablet – Wardside');
  });

  it('sends the trimmed code and hands over the enrolled tablet', async () => {
    const user = userEvent.setup();
    const enrol = vi.fn<EnrolTablet>(async () => ok(staffTablet));
    const onEnrolled = vi.fn();
    render(<SetupScreen enrol={enrol} onEnrolled={onEnrolled} />);

    await user.type(codeBox(), '  ABCD-2345  ');
    await user.click(enrolButton());

    expect(enrol).toHaveBeenCalledWith('ABCD-2345');
    expect(onEnrolled).toHaveBeenCalledWith(staffTablet);
  });

  it('asks for a code when the box is empty, without calling the server', async () => {
    const user = userEvent.setup();
    const enrol = vi.fn<EnrolTablet>();
    render(<SetupScreen enrol={enrol} onEnrolled={vi.fn()} />);

    await user.click(enrolButton());

    expect(codeBox()).toHaveAccessibleDescription(expect.stringContaining('Error: Enter the enrolment code'));
    expect(codeBox()).toHaveFocus();
    expect(enrol).not.toHaveBeenCalled();
  });

  it.each([
    ['invalid-code', 'This code is not right, has already been used or has expired'],
    ['no-connection', 'Wardside could not reach the server'],
    ['needs-update', 'This version of Wardside is too old to enrol'],
    ['server-problem', 'Something went wrong on the server'],
  ] as const)('says in plain words when enrolment fails (%s) and keeps the code', async (failure, words) => {
    const user = userEvent.setup();
    const onEnrolled = vi.fn();
    render(<SetupScreen enrol={failingWith(failure)} onEnrolled={onEnrolled} />);

    await user.type(codeBox(), 'WXYZ-6789');
    await user.click(enrolButton());

    expect(await screen.findByText(new RegExp(words))).toBeInTheDocument();
    expect(codeBox()).toHaveValue('WXYZ-6789');
    expect(codeBox()).toHaveAttribute('aria-invalid', 'true');
    expect(codeBox()).toHaveAccessibleDescription(expect.stringContaining(words));
    expect(codeBox()).toHaveFocus();
    expect(onEnrolled).not.toHaveBeenCalled();
  });

  it('treats an exception like a server problem, not a blank screen', async () => {
    const user = userEvent.setup();
    render(<SetupScreen enrol={() => Promise.reject(new Error('boom'))} onEnrolled={vi.fn()} />);

    await user.type(codeBox(), 'WXYZ-6789');
    await user.click(enrolButton());

    expect(await screen.findByText(/Something went wrong on the server/)).toBeInTheDocument();
  });

  it('sends one request for a double tap', async () => {
    const user = userEvent.setup();
    let finish: (value: Awaited<ReturnType<EnrolTablet>>) => void = () => {};
    const enrol = vi.fn<EnrolTablet>(() => new Promise((resolve) => (finish = resolve)));
    render(<SetupScreen enrol={enrol} onEnrolled={vi.fn()} />);

    await user.type(codeBox(), 'WXYZ-6789');
    await user.click(enrolButton());
    expect(screen.getByRole('status')).toHaveTextContent('Enrolling this tablet…');
    await user.click(enrolButton());
    finish(ok(staffTablet));

    expect(enrol).toHaveBeenCalledTimes(1);
  });

  it('warns, and waits for Continue, when the browser may clear saved data', async () => {
    const user = userEvent.setup();
    const kiosk: EnrolledTablet = { role: 'kiosk', wardName: 'Ward 7B', isStoragePersisted: false };
    const onEnrolled = vi.fn();
    render(<SetupScreen enrol={async () => ok(kiosk)} onEnrolled={onEnrolled} />);

    await user.type(codeBox(), 'KIOS-K234');
    await user.click(enrolButton());

    const heading = await screen.findByRole('heading', { name: 'This tablet is enrolled' });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/a kiosk for patients and visitors for Ward 7B/)).toBeInTheDocument();
    expect(screen.getByText(/This tablet may clear saved data when storage runs low/)).toBeInTheDocument();
    expect(onEnrolled).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onEnrolled).toHaveBeenCalledWith(kiosk);
  });
});
