import { ComingSoon } from '../../components/coming-soon';

/** `/board` until the board feature lands. */
export function BoardPlaceholder() {
  return (
    <ComingSoon
      title="Improvement board"
      description="The ward's improvement ideas, from first idea to adopted change, will be tracked here."
    />
  );
}
