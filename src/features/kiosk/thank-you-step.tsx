import { use, useEffect, useRef } from 'react';
import { useSubscription } from '../../components/use-subscription';
import { useKioskDisplayStore } from './display/kiosk-display-store';
import { useMessages } from './i18n/kiosk-i18n';
import { kioskEasyReadMessages, kioskMessages } from './kiosk-messages';
import type { KioskPublishedIdea, LoadKioskServices } from './kiosk-services';

type ThankYouStepProps = {
  loadServices: LoadKioskServices;
  onStartAgain: () => void;
};

/** After sending: thanks, what the ward changed because of feedback, and "Start again". */
export function ThankYouStep({ loadServices, onStartAgain }: ThankYouStepProps) {
  const t = useMessages(kioskMessages);
  const easyRead = useMessages(kioskEasyReadMessages);
  const isEasyRead = useKioskDisplayStore((state) => state.isEasyRead);
  const { watchPublishedIdeas } = use(loadServices());
  const ideas = useSubscription(watchPublishedIdeas);
  const heading = useRef<HTMLHeadingElement>(null);

  // Focus follows the step, so keyboard and switch users start at its top.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {t.thankYou}
      </h1>
      {isEasyRead && <p className="app-kiosk-easy-read">{easyRead.thankYou}</p>}
      <h2>{t.youSaidWeDid}</h2>
      {isEasyRead && <p className="app-kiosk-easy-read">{easyRead.youSaidWeDid}</p>}
      {ideas !== undefined && <PublishedIdeas ideas={ideas} emptyText={t.youSaidWeDidEmpty} />}
      {isEasyRead && <p className="app-kiosk-easy-read">{easyRead.startAgain}</p>}
      <button className="nhsuk-button" type="button" onClick={onStartAgain}>
        {t.startAgain}
      </button>
    </>
  );
}

function PublishedIdeas({ ideas, emptyText }: { ideas: readonly KioskPublishedIdea[]; emptyText: string }) {
  const shown = ideas.filter(
    (idea) => (idea.youSaidWeDid ?? '').trim() !== '' || (idea.title ?? '').trim() !== '',
  );
  if (shown.length === 0) return <p>{emptyText}</p>;
  return (
    <ul className="nhsuk-list app-kiosk-you-said-we-did">
      {shown.map((idea) => (
        <li key={idea.id}>
          {idea.title && <h3>{idea.title}</h3>}
          {idea.youSaidWeDid && <p>{idea.youSaidWeDid}</p>}
        </li>
      ))}
    </ul>
  );
}
