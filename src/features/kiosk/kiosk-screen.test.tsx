// @vitest-environment jsdom
// The kiosk on the real data layer (fake-indexeddb) and the real staff PIN check; only the clock
// is faked, and only where a test waits 20 or 90 seconds.
import { act, cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { selectHasAnyUnsavedInput, useUnsavedInputStore } from '../../components/unsaved-input-store';
import { countOutbox } from '../../data/outbox';
import { saveEnrolment, type StoredEnrolment } from '../../data/sync-state-repository';
import { createTestEnvironment, openTestDatabase, testEnrolment } from '../../data/testing/test-database';
import { createUuidV7 } from '../../domain/shared/ids';
import { resetKioskDisplay, useKioskDisplayStore } from './display/kiosk-display-store';
import { resetKioskLanguage, setKioskLanguage } from './i18n/kiosk-i18n';
import welsh from './i18n/locales/cy.json';
import { KioskScreen } from './kiosk-screen';
import { createTestKioskServices, createTestStaffPinVerifier } from './kiosk-test-services';

const QUESTION = 'Overall, how was your experience of our service?';
const ANSWERS = ['Very good', 'Good', 'Neither good nor poor', 'Poor', 'Very poor', "Don't know"];
const STAFF_PIN = '2468';

/** Clicks inside an awaited act, so that a lazy step that suspends is retried. */
const press = (element: HTMLElement) =>
  act(async () => {
    fireEvent.click(element);
  });

const type = (element: HTMLElement, value: string) =>
  act(async () => {
    fireEvent.change(element, { target: { value } });
  });

const startKiosk = async (enrolment: Partial<StoredEnrolment> = {}) => {
  const db = openTestDatabase('kiosk-screen');
  // The real time: the staff step counts a lockout down on the page's own clock.
  const environment = createTestEnvironment(Date.now());
  await saveEnrolment(db, { ...testEnrolment(1, 'kiosk'), ...enrolment }, 'epoch-1');
  const kiosk = createTestKioskServices(db, environment);
  await act(async () => render(<KioskScreen loadServices={kiosk.loadServices} />));
  return { db, environment, ...kiosk };
};

const questionGroup = () => screen.getByRole('group', { name: QUESTION });
const radioIn = (groupName: string, name: string) =>
  within(screen.getByRole('group', { name: groupName })).getByRole('radio', { name });

/** The group holds exactly these radios, in this order, each named exactly so. */
const expectRadiosInOrder = (groupName: string, names: readonly string[]) => {
  const group = screen.getByRole('group', { name: groupName });
  const radios = within(group).getAllByRole('radio');
  expect(radios).toHaveLength(names.length);
  for (const [index, name] of names.entries()) {
    expect(within(group).getByRole('radio', { name })).toBe(radios[index]);
  }
};

const expectBlankQuestion = () => {
  expect(screen.getByRole('heading', { level: 1, name: QUESTION })).toBeInTheDocument();
  expect(screen.queryAllByRole('radio', { checked: true }).filter((radio) => radio.closest('form'))).toEqual(
    [],
  );
  expect(screen.getByRole('textbox', { name: 'What was good?' })).toHaveValue('');
  expect(screen.getByRole('textbox', { name: 'What could we do better?' })).toHaveValue('');
};

const sendPoorAnswer = async () => {
  await press(radioIn(QUESTION, 'Poor'));
  await press(screen.getByRole('button', { name: 'Send feedback' }));
  return screen.findByRole('heading', { level: 1, name: 'Thank you' });
};

describe('KioskScreen', { timeout: 15_000 }, () => {
  // Lazy steps are transformed on first use under test, which can be slow on a busy machine.
  beforeAll(() => configure({ asyncUtilTimeout: 5_000 }));
  afterAll(() => configure({ asyncUtilTimeout: 1_000 }));

  beforeEach(() => {
    performance.clearMeasures();
  });

  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    act(() => {
      resetKioskLanguage();
      resetKioskDisplay();
    });
  });

  it('asks the exact FFT question with its six answers in order, and nothing that identifies anyone', async () => {
    await startKiosk();

    expect(screen.getByRole('heading', { level: 1, name: QUESTION })).toBeInTheDocument();
    const answers = within(questionGroup()).getAllByRole('radio');
    expect(answers.map((answer) => answer.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5', '6']);
    expectRadiosInOrder(QUESTION, ANSWERS);
    for (const name of ['What was good?', 'What could we do better?']) {
      expect(screen.getByRole('textbox', { name })).toHaveAttribute('autocomplete', 'off');
    }
    expect(screen.getAllByRole('textbox')).toHaveLength(2);
    expectRadiosInOrder('Who is answering?', [
      'Patient',
      'Carer or relative',
      'Visitor',
      'Prefer not to say',
    ]);
    expectRadiosInOrder('Did anyone help you answer?', ['No', 'Staff', 'Carer or relative', 'Interpreter']);
    expect(screen.getByRole('navigation', { name: 'Kiosk settings' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.getByText('Your feedback is anonymous. It is not a complaint.')).toBeInTheDocument();
    expect(
      await screen.findByText('If you have an urgent concern, please speak to a member of staff now.'),
    ).toBeInTheDocument();
  });

  it("shows the ward's escalation text when it has one", async () => {
    await startKiosk({ escalationText: 'ask for the nurse in charge or call 01632 960 001.' });

    expect(
      await screen.findByText(
        'If you have an urgent concern, ask for the nurse in charge or call 01632 960 001.',
      ),
    ).toBeInTheDocument();
  });

  it('says what is wrong when no answer is chosen, links to the first answer, and saves nothing', async () => {
    const { db } = await startKiosk();
    await type(screen.getByRole('textbox', { name: 'What was good?' }), 'The food');

    await press(screen.getByRole('button', { name: 'Send feedback' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', { name: 'Choose an answer to the question' });
    const firstAnswer = within(questionGroup()).getByRole('radio', { name: 'Very good' });
    expect(link).toHaveAttribute('href', `#${firstAnswer.id}`);
    await press(link);
    expect(firstAnswer).toHaveFocus();
    expect(questionGroup()).toHaveAccessibleDescription(/Choose an answer to the question/);
    expect(screen.queryByRole('heading', { name: 'Thank you' })).not.toBeInTheDocument();
    expect(await countOutbox(db)).toBe(0);
  });

  it('previews what will be removed as the person types', async () => {
    await startKiosk();
    const textbox = screen.getByRole('textbox', { name: 'What could we do better?' });

    await type(textbox, 'Ring me on 07700 900123 about Nurse Jane');

    expect(await screen.findByRole('heading', { name: 'We will remove' })).toBeInTheDocument();
    const preview = screen.getByRole('heading', { name: 'We will remove' }).closest('.nhsuk-inset-text');
    if (!(preview instanceof HTMLElement)) throw new Error('no inset text');
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['phone number', 'name']);
    expect(within(preview).getByText('Your words will be saved as:')).toBeInTheDocument();
    expect(
      within(preview).getByText('Ring me on [phone number removed] about Nurse [name removed]'),
    ).toBeInTheDocument();

    await type(textbox, 'All fine');
    expect(screen.queryByRole('heading', { name: 'We will remove' })).not.toBeInTheDocument();
  });

  it('saves a full response, redacted, in the language shown, and says thank you in the live region', async () => {
    const { repository } = await startKiosk();
    await press(radioIn(QUESTION, 'Good'));
    await type(screen.getByRole('textbox', { name: 'What was good?' }), 'Sister Ann Jones was lovely');
    await type(screen.getByRole('textbox', { name: 'What could we do better?' }), 'Email me: jo@example.com');
    await press(radioIn('Who is answering?', 'Visitor'));
    await press(radioIn('Did anyone help you answer?', 'Interpreter'));
    expect(selectHasAnyUnsavedInput(useUnsavedInputStore.getState())).toBe(true);
    const liveRegion = screen.getByRole('status');

    await act(async () => setKioskLanguage('cy'));
    await press(await screen.findByRole('button', { name: welsh.kiosk.send }));

    expect(await screen.findByRole('heading', { level: 1, name: welsh.kiosk.thankYou })).toBeInTheDocument();
    expect(screen.getByRole('status')).toBe(liveRegion);
    expect(liveRegion).toHaveTextContent(welsh.kiosk.thankYou);
    const [saved, ...others] = await repository.listNewestFirst(10);
    expect(others).toEqual([]);
    expect(saved).toMatchObject({
      rating: 2,
      whatWasGood: 'Sister [name removed] was lovely',
      whatCouldBeBetter: 'Email me: [email removed]',
      respondent: 'visitor',
      assistedBy: 'interpreter',
      language: 'cy',
      modeOfCollection: 'electronic-discharge',
      redactions: [
        { kind: 'email', count: 1 },
        { kind: 'name', count: 1 },
      ],
    });
    expect(performance.getEntriesByName('kiosk:send-commit', 'measure')).toHaveLength(1);
    expect(selectHasAnyUnsavedInput(useUnsavedInputStore.getState())).toBe(false);
  });

  it('stores blank optional questions as not answered, with the ward’s mode of collection', async () => {
    const { repository } = await startKiosk({ modeOfCollection: 'paper-discharge' });

    await sendPoorAnswer();

    expect(await repository.listNewestFirst(1)).toMatchObject([
      {
        rating: 4,
        whatWasGood: '',
        whatCouldBeBetter: '',
        respondent: 'not-answered',
        assistedBy: 'not-answered',
        language: 'en',
        modeOfCollection: 'paper-discharge',
        redactions: [],
      },
    ]);
  });

  it('thanks with the empty state while the ward has published nothing', async () => {
    await startKiosk();

    await sendPoorAnswer();

    expect(screen.getByRole('heading', { level: 2, name: 'You said, we did' })).toBeInTheDocument();
    expect(
      await screen.findByText('Our ward team will share here what they change because of feedback.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Your feedback is anonymous. It is not a complaint.')).toBeInTheDocument();
  });

  it('thanks with what the ward published, and not with what it took down', async () => {
    const { db } = await startKiosk();
    const idea = (index: number, isPublished: boolean, title: string, youSaidWeDid: string) => ({
      id: createUuidV7(Date.UTC(2025, 0, index), new Uint8Array(10).fill(index)),
      wardId: 'ward-7b',
      isPublished,
      title,
      youSaidWeDid,
    });
    await db.publishedIdeas.bulkPut([
      idea(1, true, 'Quieter nights', 'You said the bay was noisy at night, so we dim the lights at 10pm.'),
      idea(2, false, 'Taken down', 'Not for patients any more.'),
    ]);

    await sendPoorAnswer();

    expect(await screen.findByRole('heading', { level: 3, name: 'Quieter nights' })).toBeInTheDocument();
    expect(
      screen.getByText('You said the bay was noisy at night, so we dim the lights at 10pm.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Taken down')).not.toBeInTheDocument();
    expect(
      screen.queryByText('Our ward team will share here what they change because of feedback.'),
    ).toBeNull();
  });

  it('"Start again" goes back to a blank question in English with default display settings', async () => {
    await startKiosk();
    act(() => useKioskDisplayStore.getState().setIsHighContrast(true));
    await press(radioIn(QUESTION, 'Very poor'));
    await act(async () => setKioskLanguage('cy'));
    await press(await screen.findByRole('button', { name: welsh.kiosk.send }));
    await screen.findByRole('heading', { level: 1, name: welsh.kiosk.thankYou });

    await press(screen.getByRole('button', { name: welsh.kiosk.startAgain }));

    expectBlankQuestion();
    expect(useKioskDisplayStore.getState().isHighContrast).toBe(false);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('goes back to a blank start by itself 20 s after thanking', async () => {
    vi.useFakeTimers({
      shouldAdvanceTime: true,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
    await startKiosk();
    await type(screen.getByRole('textbox', { name: 'What was good?' }), 'Clean ward');
    await sendPoorAnswer();

    await act(async () => vi.advanceTimersByTime(19_000));
    expect(screen.getByRole('heading', { level: 1, name: 'Thank you' })).toBeInTheDocument();
    await act(async () => vi.advanceTimersByTime(1_000));

    expectBlankQuestion();
    expect(screen.queryByText('Clean ward')).not.toBeInTheDocument();
  });

  it('asks "Still there?" after 70 s idle with answers, and clears everything at 90 s', async () => {
    vi.useFakeTimers({
      shouldAdvanceTime: true,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
    const { db } = await startKiosk();

    // A blank form has nothing to clear: no warning.
    await act(async () => vi.advanceTimersByTime(100_000));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await press(radioIn(QUESTION, 'Good'));
    await type(screen.getByRole('textbox', { name: 'What was good?' }), 'Kind staff');
    act(() => useKioskDisplayStore.getState().setIsEasyRead(true));
    await act(async () => vi.advanceTimersByTime(69_000));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await act(async () => vi.advanceTimersByTime(1_000));
    const dialog = screen.getByRole('alertdialog', { name: 'Still there?' });
    expect(dialog).toHaveAccessibleDescription('Your answers will be cleared in 20 seconds.');
    const stillHere = within(dialog).getByRole('button', { name: "I'm still here" });
    expect(stillHere).toHaveFocus();

    // "I'm still here" keeps the answers and starts the wait again.
    await press(stillHere);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'What was good?' })).toHaveValue('Kind staff');
    await act(async () => vi.advanceTimersByTime(70_000));
    expect(screen.getByRole('alertdialog', { name: 'Still there?' })).toBeInTheDocument();

    await act(async () => vi.advanceTimersByTime(20_000));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expectBlankQuestion();
    expect(useKioskDisplayStore.getState().isEasyRead).toBe(false);
    expect(await countOutbox(db)).toBe(0);
  });

  it('clears the answers when the page comes back from the back/forward cache', async () => {
    await startKiosk();
    await type(screen.getByRole('textbox', { name: 'What was good?' }), 'The tea');

    await act(async () => {
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });

    expectBlankQuestion();
  });

  it('locks the staff PIN after five wrong tries', async () => {
    const staffPin = await createTestStaffPinVerifier(STAFF_PIN);
    await startKiosk({ staffPin });
    await press(screen.getByRole('button', { name: 'Staff' }));
    const pinBox = await screen.findByLabelText('Staff PIN');
    expect(screen.getByRole('heading', { level: 1, name: 'Staff' })).toBeInTheDocument();

    for (const message of [
      'That PIN is not right. 4 tries left.',
      'That PIN is not right. 3 tries left.',
      'That PIN is not right. 2 tries left.',
      'That PIN is not right. 1 try left.',
    ]) {
      await type(pinBox, '1111');
      await press(screen.getByRole('button', { name: 'Unlock' }));
      expect(await screen.findByText(message)).toBeInTheDocument();
      expect(pinBox).toHaveValue('');
    }
    await type(pinBox, '1111');
    await press(screen.getByRole('button', { name: 'Unlock' }));

    expect(await screen.findByText('Too many wrong tries. Try again in 5 minutes.')).toBeInTheDocument();
    // Nothing is disabled during the lockout (see PinForm): a try is refused with the countdown.
    expect(pinBox).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeEnabled();
    expect(screen.queryByRole('heading', { name: 'Staff options' })).not.toBeInTheDocument();

    // The right PIN would not help now; "Back to feedback" still leads back.
    await press(screen.getByRole('button', { name: 'Back to feedback' }));
    expectBlankQuestion();
  }, 30_000);

  it('opens staff options with the right PIN, and returns to a blank start', async () => {
    const staffPin = await createTestStaffPinVerifier(STAFF_PIN);
    const kiosk = await startKiosk({ staffPin });
    await sendPoorAnswer();
    await press(screen.getByRole('button', { name: 'Start again' }));
    await press(screen.getByRole('button', { name: 'Staff' }));

    await type(await screen.findByLabelText('Staff PIN'), STAFF_PIN);
    await press(screen.getByRole('button', { name: 'Unlock' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Staff options' })).toBeInTheDocument();
    expect(await screen.findByText('Ward: Ward 7B')).toBeInTheDocument();
    expect(await screen.findByText('Feedback waiting to send: 1')).toBeInTheDocument();
    await press(screen.getByRole('button', { name: 'Sync now' }));
    expect(kiosk.syncNowCalls()).toBe(1);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();

    await press(screen.getByRole('button', { name: 'Return to feedback' }));
    expectBlankQuestion();
  });

  it('keeps answers being given when staff go back without the PIN', async () => {
    await startKiosk();
    await type(screen.getByRole('textbox', { name: 'What was good?' }), 'Quiet ward');

    await press(screen.getByRole('button', { name: 'Staff' }));
    expect(await screen.findByLabelText('Staff PIN')).toHaveValue('');
    await press(screen.getByRole('button', { name: 'Back to feedback' }));

    expect(screen.getByRole('textbox', { name: 'What was good?' })).toHaveValue('Quiet ward');
  });
});
