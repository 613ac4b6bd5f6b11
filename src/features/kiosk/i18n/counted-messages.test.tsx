// @vitest-environment jsdom
// The kiosk's counted messages as a person reads them: each language's plural form for the number
// on screen (Polish 2 → "few", 5 → "many"; Arabic 2 → its dual), on the real components, catalogues,
// data layer and staff PIN check.
import { act, cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { saveEnrolment } from '../../../data/sync-state-repository';
import { createTestEnvironment, openTestDatabase, testEnrolment } from '../../../data/testing/test-database';
import { createTestKioskServices, createTestStaffPinVerifier } from '../kiosk-test-services';
import { StaffOptionsStep } from '../staff-options-step';
import { StaffPinStep } from '../staff-pin-step';
import { StillThereDialog } from '../still-there-dialog';
import { resetKioskLanguage, setKioskLanguage, type KioskLanguageCode } from './kiosk-i18n';

const STAFF_PIN = '2468';
const WRONG_PIN = '1111';

const renderIn = async (code: KioskLanguageCode, element: ReactNode) => {
  act(() => setKioskLanguage(code));
  return act(async () => render(<Suspense fallback={null}>{element}</Suspense>));
};

/** Services on a fresh database, whose device clock starts `clockOffsetMs` from the real time. */
const startServices = async ({ hasPin = false, clockOffsetMs = 0 } = {}) => {
  const db = openTestDatabase('counted-messages');
  // The PIN form counts a lockout down on the page's own (real) clock.
  const environment = createTestEnvironment(Date.now() + clockOffsetMs);
  const staffPin = hasPin ? await createTestStaffPinVerifier(STAFF_PIN) : null;
  await saveEnrolment(db, { ...testEnrolment(1, 'kiosk'), staffPin }, 'epoch-1');
  return createTestKioskServices(db, environment);
};

/** Types a wrong PIN and waits for its answer (the form empties the box once the PIN is checked). */
const tryWrongPin = async (label: string, submit: string) => {
  const pinBox = screen.getByLabelText(label);
  await act(async () => {
    fireEvent.change(pinBox, { target: { value: WRONG_PIN } });
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: submit }));
  });
  await waitFor(() => expect(pinBox).toHaveValue(''));
};

describe('counted kiosk messages', { timeout: 15_000 }, () => {
  beforeAll(() => configure({ asyncUtilTimeout: 5_000 }));
  afterAll(() => configure({ asyncUtilTimeout: 1_000 }));

  afterEach(() => {
    cleanup();
    act(() => resetKioskLanguage());
  });

  describe('"Still there?" countdown', () => {
    const description = () => screen.getByRole('alertdialog').getAttribute('aria-describedby') ?? '';
    const expectCountdown = async (text: string) =>
      waitFor(() => expect(screen.getByRole('alertdialog')).toHaveAccessibleDescription(text));

    it('says 1 second, 2 seconds and 5 seconds in Polish forms one, few and many', async () => {
      const { rerender } = await renderIn('pl', <StillThereDialog secondsLeft={2} onStillHere={() => {}} />);
      expect(description()).not.toBe('');
      await expectCountdown('Odpowiedzi zostaną usunięte za 2 sekundy.');

      rerender(<StillThereDialog secondsLeft={5} onStillHere={() => {}} />);
      await expectCountdown('Odpowiedzi zostaną usunięte za 5 sekund.');
      rerender(<StillThereDialog secondsLeft={1} onStillHere={() => {}} />);
      await expectCountdown('Odpowiedzi zostaną usunięte za 1 sekundę.');
      rerender(<StillThereDialog secondsLeft={22} onStillHere={() => {}} />);
      await expectCountdown('Odpowiedzi zostaną usunięte za 22 sekundy.');
    });

    it('uses the Arabic dual for 2 and the plural for 3 to 10', async () => {
      const { rerender } = await renderIn('ar', <StillThereDialog secondsLeft={2} onStillHere={() => {}} />);
      await expectCountdown('ستُمسح إجاباتك بعد ثانيتين.');

      rerender(<StillThereDialog secondsLeft={5} onStillHere={() => {}} />);
      await expectCountdown('ستُمسح إجاباتك بعد 5 ثوانٍ.');
      rerender(<StillThereDialog secondsLeft={20} onStillHere={() => {}} />);
      await expectCountdown('ستُمسح إجاباتك بعد 20 ثانية.');
    });

    it('adds "de" from 20 in Romanian', async () => {
      const { rerender } = await renderIn('ro', <StillThereDialog secondsLeft={5} onStillHere={() => {}} />);
      await expectCountdown('Răspunsurile dumneavoastră vor fi șterse peste 5 secunde.');

      rerender(<StillThereDialog secondsLeft={20} onStillHere={() => {}} />);
      await expectCountdown('Răspunsurile dumneavoastră vor fi șterse peste 20 de secunde.');
    });

    it('keeps English "1 second" and "20 seconds"', async () => {
      const { rerender } = await renderIn('en', <StillThereDialog secondsLeft={1} onStillHere={() => {}} />);
      await expectCountdown('Your answers will be cleared in 1 second.');

      rerender(<StillThereDialog secondsLeft={20} onStillHere={() => {}} />);
      await expectCountdown('Your answers will be cleared in 20 seconds.');
    });
  });

  describe('staff PIN', () => {
    it('counts tries left and the lockout in Polish: 2 próby, 1 próba, 5 minut', async () => {
      const kiosk = await startServices({ hasPin: true });
      await renderIn(
        'pl',
        <StaffPinStep loadServices={kiosk.loadServices} onUnlocked={() => {}} onBack={() => {}} />,
      );
      const label = 'PIN personelu';
      await screen.findByLabelText(label);

      for (const message of [
        'Nieprawidłowy PIN. Pozostały 4 próby.',
        'Nieprawidłowy PIN. Pozostały 3 próby.',
        'Nieprawidłowy PIN. Pozostały 2 próby.',
        'Nieprawidłowy PIN. Pozostała 1 próba.',
      ]) {
        await tryWrongPin(label, 'Odblokuj');
        expect(await screen.findByText(message)).toBeInTheDocument();
      }
      await tryWrongPin(label, 'Odblokuj');

      expect(
        await screen.findByText('Zbyt wiele błędnych prób. Proszę spróbować ponownie za 5 minut.'),
      ).toBeInTheDocument();
    });

    it('says 2 minuty for a lockout with two minutes left in Polish', async () => {
      // The device clock runs three minutes behind the page's: five minutes of lockout end in two.
      const kiosk = await startServices({ hasPin: true, clockOffsetMs: -3 * 60_000 });
      await renderIn(
        'pl',
        <StaffPinStep loadServices={kiosk.loadServices} onUnlocked={() => {}} onBack={() => {}} />,
      );
      await screen.findByLabelText('PIN personelu');
      for (let attempt = 0; attempt < 5; attempt += 1) await tryWrongPin('PIN personelu', 'Odblokuj');

      expect(
        await screen.findByText('Zbyt wiele błędnych prób. Proszę spróbować ponownie za 2 minuty.'),
      ).toBeInTheDocument();
    });

    it('uses the Arabic dual for two tries left', async () => {
      const kiosk = await startServices({ hasPin: true });
      await renderIn(
        'ar',
        <StaffPinStep loadServices={kiosk.loadServices} onUnlocked={() => {}} onBack={() => {}} />,
      );
      const label = 'رمز PIN للموظفين';
      await screen.findByLabelText(label);

      for (const message of [
        'رمز PIN غير صحيح. بقيت 4 محاولات.',
        'رمز PIN غير صحيح. بقيت 3 محاولات.',
        'رمز PIN غير صحيح. بقيت محاولتان.',
        'رمز PIN غير صحيح. بقيت محاولة واحدة.',
      ]) {
        await tryWrongPin(label, 'فتح القفل');
        expect(await screen.findByText(message)).toBeInTheDocument();
      }
    });
  });

  describe('feedback waiting to send', () => {
    const saveResponses = async (kiosk: Awaited<ReturnType<typeof startServices>>, count: number) => {
      for (let index = 0; index < count; index += 1) {
        await kiosk.repository.save({
          rating: 4,
          whatWasGood: '',
          whatCouldBeBetter: '',
          respondent: 'not-answered',
          assistedBy: 'not-answered',
          language: 'pl',
        });
      }
    };

    it('says 2 opinie, then 5 opinii, in Polish', async () => {
      const kiosk = await startServices();
      await saveResponses(kiosk, 2);
      await renderIn('pl', <StaffOptionsStep loadServices={kiosk.loadServices} onReturn={() => {}} />);
      // "Loading…" first, until the outbox count arrives.
      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent('2 opinie czekają na wysłanie'),
      );

      await act(async () => saveResponses(kiosk, 3));
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('5 opinii czeka na wysłanie'));
    });

    it('says in words that nothing waits, in Arabic', async () => {
      const kiosk = await startServices();
      await renderIn('ar', <StaffOptionsStep loadServices={kiosk.loadServices} onReturn={() => {}} />);
      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent('لا توجد ملاحظات بانتظار الإرسال.'),
      );
    });
  });
});
