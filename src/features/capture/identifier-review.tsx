import { MAX_IDENTIFIER_REASON_LENGTH } from '../../domain/notes/note';
import { IDENTIFIER_KIND_LABELS } from './capture-labels';
import type { IdentifierGroup, IdentifierProblem } from './identifier-groups';

type IdentifierReviewProps = {
  groups: readonly IdentifierGroup[];
  kept: ReadonlyMap<string, string>;
  /** Shown after a save was refused: what is still undecided, or kept without a reason. */
  problems: readonly IdentifierProblem[];
  onRemove: (group: IdentifierGroup) => void;
  onKeep: (key: string) => void;
  onReason: (key: string, reason: string) => void;
};

export const identifierReviewId = 'capture-identifiers';

/**
 * The ids of the controls of the identifier at `index`: a refused save moves focus to the first
 * one that needs fixing (Remove for an undecided identifier, the reason for a kept one).
 */
export const identifierControlIds = (index: number) => ({
  removeId: `${identifierReviewId}-remove-${index + 1}`,
  reasonId: `${identifierReviewId}-reason-${index + 1}`,
});

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Under the words: each identifier the redactor found (the same check the kiosk and the server
 * run), highlighted, with "Remove" (puts the placeholder in the words) and "Keep" (needs a reason,
 * for example a colleague's name in a thank-you). Nothing shows while the words hold none.
 */
export function IdentifierReview({
  groups,
  kept,
  problems,
  onRemove,
  onKeep,
  onReason,
}: IdentifierReviewProps) {
  const problemOf = new Map(problems.map((problem) => [problem.key, problem.problem]));
  const hasUndecided = problems.some((problem) => problem.problem === 'undecided');
  const errorId = `${identifierReviewId}-error`;
  return (
    <>
      <p className="nhsuk-u-visually-hidden" role="status">
        {groups.length === 0 ? '' : `Identifiers found: ${groups.length}`}
      </p>
      {groups.length > 0 && (
        <div
          className={`nhsuk-form-group app-capture-identifiers${hasUndecided ? ' nhsuk-form-group--error' : ''}`}
        >
          <fieldset
            className="nhsuk-fieldset"
            id={identifierReviewId}
            aria-describedby={`${identifierReviewId}-hint${hasUndecided ? ` ${errorId}` : ''}`}
          >
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Identifiers found</legend>
            <div className="nhsuk-hint" id={`${identifierReviewId}-hint`}>
              Remove each one, or keep it and say why (for example a colleague&rsquo;s name in a thank-you).
            </div>
            {hasUndecided && (
              <p className="nhsuk-error-message" id={errorId}>
                <span className="nhsuk-u-visually-hidden">Error: </span>
                Remove each identifier, or keep it and say why
              </p>
            )}
            <ul className="app-capture-identifiers__list">
              {groups.map((group, index) => {
                const kindLabel = IDENTIFIER_KIND_LABELS[group.kind];
                const reason = kept.get(group.key);
                const isKept = reason !== undefined;
                const problem = problemOf.get(group.key);
                const { removeId, reasonId } = identifierControlIds(index);
                const reasonErrorId = `${reasonId}-error`;
                const times = group.ranges.length;
                return (
                  <li key={group.key} className="app-capture-identifier">
                    <p className="app-capture-identifier__found">
                      {sentenceCase(kindLabel)}:{' '}
                      <mark className="app-capture-identifier__value">{group.value}</mark>
                      {times > 1 && ` (${times} times)`}
                      {isKept && <span className="app-capture-identifier__kept"> kept</span>}
                    </p>
                    <div className="app-capture-identifier__actions">
                      <button
                        type="button"
                        id={removeId}
                        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                        onClick={() => onRemove(group)}
                      >
                        Remove
                        <span className="nhsuk-u-visually-hidden">
                          {' '}
                          {kindLabel} {group.value}
                        </span>
                      </button>
                      {!isKept && (
                        <button
                          type="button"
                          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                          onClick={() => onKeep(group.key)}
                        >
                          Keep
                          <span className="nhsuk-u-visually-hidden">
                            {' '}
                            {kindLabel} {group.value}
                          </span>
                        </button>
                      )}
                    </div>
                    {isKept && (
                      <div
                        className={`nhsuk-form-group${problem === 'no-reason' ? ' nhsuk-form-group--error' : ''}`}
                      >
                        <label className="nhsuk-label" htmlFor={reasonId}>
                          Why keep {kindLabel} {group.value}?
                        </label>
                        {problem === 'no-reason' && (
                          <p className="nhsuk-error-message" id={reasonErrorId}>
                            <span className="nhsuk-u-visually-hidden">Error: </span>
                            Say why you are keeping this {kindLabel}
                          </p>
                        )}
                        <input
                          className={`nhsuk-input${problem === 'no-reason' ? ' nhsuk-input--error' : ''}`}
                          id={reasonId}
                          type="text"
                          autoComplete="off"
                          maxLength={MAX_IDENTIFIER_REASON_LENGTH}
                          value={reason}
                          aria-describedby={problem === 'no-reason' ? reasonErrorId : undefined}
                          aria-invalid={problem === 'no-reason' ? true : undefined}
                          // A fresh Keep goes straight to its reason: one tap, then typing.
                          autoFocus={reason === ''}
                          onChange={(event) => onReason(group.key, event.target.value)}
                        />
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        </div>
      )}
    </>
  );
}
