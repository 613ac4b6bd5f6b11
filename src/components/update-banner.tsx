import { useId, useState } from 'react';
import { selectHasAnyUnsavedInput, useUnsavedInputStore } from './unsaved-input-store';

type UpdateBannerProps = {
  /** A new version is installed and waiting to take over. */
  isUpdateWaiting: boolean;
  /** Activates the waiting version; the page reloads once it is in control. */
  onUpdate: () => void;
};

/**
 * Offers a waiting app update. Updates ask, never surprise: the app never reloads by
 * itself, and while any form holds unsaved input the button stays disabled, so an update
 * can never throw away what someone typed.
 */
export function UpdateBanner({ isUpdateWaiting, onUpdate }: UpdateBannerProps) {
  const hasUnsavedInput = useUnsavedInputStore(selectHasAnyUnsavedInput);
  const [isUpdating, setIsUpdating] = useState(false);
  const titleId = useId();
  const adviceId = useId();

  if (!isUpdateWaiting) return null;

  const update = () => {
    setIsUpdating(true);
    onUpdate();
  };

  return (
    <div className="nhsuk-notification-banner" role="region" aria-labelledby={titleId}>
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id={titleId}>
          Update available
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">A new version of Wardside is ready</p>
        <p id={adviceId}>
          {hasUnsavedInput
            ? 'Save or clear what you have typed before you update.'
            : 'Updating reloads the page. What is saved on this tablet is kept.'}
        </p>
        <button
          className="nhsuk-button"
          type="button"
          disabled={hasUnsavedInput || isUpdating}
          aria-describedby={adviceId}
          onClick={update}
        >
          {isUpdating ? 'Updating…' : 'Update'}
        </button>
      </div>
    </div>
  );
}
