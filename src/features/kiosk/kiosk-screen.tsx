import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { AnonymityLine } from './anonymity-line';
import { KioskDisplayControls } from './display/kiosk-display-controls';
import {
  kioskDisplayClassName,
  resetKioskDisplay,
  useKioskDisplayStore,
} from './display/kiosk-display-store';
import { FftForm } from './fft-form';
import { LanguageControl } from './i18n/language-control';
import { resetKioskLanguage, useMessages } from './i18n/kiosk-i18n';
import { kioskMessages } from './kiosk-messages';
import type { KioskFeedbackDraft, LoadKioskServices } from './kiosk-services';
import { StillThereDialog } from './still-there-dialog';
import { useIdleReset, type IdleResetTiming } from './use-idle-reset';
import { usePageRestoreReset } from './use-page-restore-reset';

// The first screen is the question; every other step is its own chunk, fetched when first needed
// (the thank-you step as soon as someone starts answering), to keep the kiosk's first load small.
const loadThankYouStep = () => import('./thank-you-step');
const ThankYouStep = lazy(() => loadThankYouStep().then((module) => ({ default: module.ThankYouStep })));
const StaffPinStep = lazy(() =>
  import('./staff-pin-step').then((module) => ({ default: module.StaffPinStep })),
);
const StaffOptionsStep = lazy(() =>
  import('./staff-options-step').then((module) => ({ default: module.StaffOptionsStep })),
);

/** How long the kiosk waits, from the last tap or key press. */
export const KIOSK_TIMINGS = {
  /** With answers in the form: "Still there?" at 70 s, everything cleared at 90 s. */
  idleWarningMs: 70_000,
  idleResetMs: 90_000,
  /** The thank-you step goes back to a blank start by itself after 20 s. */
  thankYouResetMs: 20_000,
} as const;

type Step = 'question' | 'thank-you' | 'staff' | 'staff-options';

const timingOf = (step: Step, hasInput: boolean): IdleResetTiming => {
  switch (step) {
    case 'question':
      return {
        isActive: hasInput,
        warnAfterMs: KIOSK_TIMINGS.idleWarningMs,
        resetAfterMs: KIOSK_TIMINGS.idleResetMs,
      };
    case 'thank-you':
      return { isActive: true, resetAfterMs: KIOSK_TIMINGS.thankYouResetMs };
    case 'staff':
    case 'staff-options':
      // A kiosk is never left on a staff step; answers kept behind the PIN step still get the warning.
      return {
        isActive: true,
        warnAfterMs: hasInput ? KIOSK_TIMINGS.idleWarningMs : undefined,
        resetAfterMs: KIOSK_TIMINGS.idleResetMs,
      };
  }
};

/** The ward's escalation text: `undefined` until read, re-read at every reset (sync may change it). */
function useEscalationText(loadServices: LoadKioskServices, resetCount: number): string | null | undefined {
  const [read, setRead] = useState<{ resetCount: number; escalationText: string | null }>();
  useEffect(() => {
    let isCurrent = true;
    loadServices()
      .then((services) => services.readWardSettings())
      .then((settings) => {
        if (isCurrent) setRead({ resetCount, escalationText: settings.escalationText });
      })
      .catch(() => {
        if (isCurrent) setRead({ resetCount, escalationText: null });
      });
    return () => {
      isCurrent = false;
    };
  }, [loadServices, resetCount]);
  return read?.escalationText;
}

type KioskScreenProps = {
  /** The kiosk's data and sync, loaded after the first paint; the same promise on every call. */
  loadServices: LoadKioskServices;
};

/**
 * `/kiosk`: the Friends and Family Test for patients, carers and visitors. Steps are state, never
 * routes, so the back button cannot return to an earlier person's answers, and every reset
 * (after the thank-you, after idling, after staff options, on a back/forward cache restore)
 * forgets all answers and puts language and display back to their defaults.
 */
export function KioskScreen({ loadServices }: KioskScreenProps) {
  const t = useMessages(kioskMessages);
  const display = useKioskDisplayStore();
  const [step, setStep] = useState<Step>('question');
  /** A new value remounts the form, which drops every answer it held. */
  const [resetCount, setResetCount] = useState(0);
  const [hasInput, setHasInput] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const escalationText = useEscalationText(loadServices, resetCount);

  const reset = useCallback(() => {
    setStep('question');
    setResetCount((count) => count + 1);
    setHasInput(false);
    setAnnouncement('');
    resetKioskLanguage();
    resetKioskDisplay();
    document.documentElement.scrollTop = 0;
  }, []);

  usePageRestoreReset(reset);
  const idle = useIdleReset(timingOf(step, hasInput), reset);

  useEffect(() => {
    // Someone has started: fetch what sending needs, so "Thank you" follows the tap at once.
    if (hasInput) void loadThankYouStep().catch(() => undefined);
  }, [hasInput]);

  const send = useCallback(
    async (draft: KioskFeedbackDraft): Promise<boolean> => {
      const services = await loadServices();
      const result = await services.saveResponse(draft);
      try {
        performance.measure('kiosk:send-commit', 'kiosk:send-tap');
      } catch {
        // No tap was marked (the form was sent some other way): nothing to measure.
      }
      if (!result.isOk) return false;
      setHasInput(false);
      setStep('thank-you');
      setAnnouncement(kioskMessages.get().thankYou);
      return true;
    },
    [loadServices],
  );

  const openStaff = () =>
    setStep((current) => (current === 'question' || current === 'thank-you' ? 'staff' : current));
  // Back without the PIN: answers being given are kept; otherwise the next person starts clean.
  const leaveStaff = () => (hasInput ? setStep('question') : reset());

  return (
    <div className={kioskDisplayClassName(display)}>
      <nav className="app-kiosk-settings" aria-label={t.settingsLabel}>
        <LanguageControl />
        <KioskDisplayControls />
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={openStaff}>
          {t.staff}
        </button>
      </nav>
      <div className="nhsuk-u-visually-hidden" role="status">
        {announcement}
      </div>
      {idle.isWarning && (
        <StillThereDialog
          secondsLeft={(KIOSK_TIMINGS.idleResetMs - KIOSK_TIMINGS.idleWarningMs) / 1000}
          onStillHere={idle.restart}
        />
      )}
      {(step === 'question' || step === 'staff') && (
        <div hidden={step !== 'question'}>
          <FftForm key={resetCount} onSend={send} onHasInputChange={setHasInput} />
        </div>
      )}
      <Suspense fallback={null}>
        {step === 'thank-you' && <ThankYouStep loadServices={loadServices} onStartAgain={reset} />}
        {step === 'staff' && (
          <StaffPinStep
            loadServices={loadServices}
            onUnlocked={() => setStep('staff-options')}
            onBack={leaveStaff}
          />
        )}
        {step === 'staff-options' && <StaffOptionsStep loadServices={loadServices} onReturn={reset} />}
      </Suspense>
      {(step === 'question' || step === 'thank-you') && <AnonymityLine escalationText={escalationText} />}
    </div>
  );
}
