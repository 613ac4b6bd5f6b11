import type { PinCheckOutcome } from '../../components/pin-form';
import type { Subscribe } from '../../components/use-subscription';
import type { FeedbackDraft } from '../../domain/feedback/create-feedback-response';
import type { FeedbackResponse } from '../../domain/feedback/feedback-response';
import type { Result } from '../../domain/shared/result';

/** What the kiosk's form gives; the ward's mode of collection is added where it is saved. */
export type KioskFeedbackDraft = Omit<FeedbackDraft, 'modeOfCollection'>;

/** One "You said, we did" item the ward published for patients. */
export type KioskPublishedIdea = { id: string; title: string | null; youSaidWeDid: string | null };

/** What the kiosk shows of its ward's settings. */
export type KioskWardSettings = {
  wardName: string;
  /** Where to go with an urgent concern, in the ward's words; `null` when the ward set none. */
  escalationText: string | null;
};

/** What checking a typed staff PIN found; `no-pin`: the ward has no staff PIN on this tablet yet. */
export type KioskPinOutcome = PinCheckOutcome;

/** What the kiosk needs from the data layer and sync; the app composes it (src/app/workspace.ts). */
export type KioskServices = {
  /** Saves a response (texts redacted) with its outbox entry in one transaction, then asks sync to send it. */
  saveResponse: (draft: KioskFeedbackDraft) => Promise<Result<FeedbackResponse>>;
  /** The ward's published "You said, we did" items, now and after each change. */
  watchPublishedIdeas: Subscribe<readonly KioskPublishedIdea[]>;
  readWardSettings: () => Promise<KioskWardSettings>;
  /** Checks a staff PIN against the ward's verifier on this tablet, counting wrong tries. */
  checkStaffPin: (pin: string) => Promise<KioskPinOutcome>;
  /** When a lockout from earlier (before a reload) still runs, as an ISO date-time, else `null`. */
  readStaffLockout: () => Promise<string | null>;
  /** How many saved changes wait to be sent, now and after each change. */
  watchWaitingCount: Subscribe<number>;
  syncNow: () => void;
};

/**
 * Loads the kiosk's services (the workspace chunk) on the first call. It must return the same
 * promise on every call: components read it with React's `use`.
 */
export type LoadKioskServices = () => Promise<KioskServices>;
