import { ComingSoon } from '../../components/coming-soon';

/** `/board`: the ward's improvement ideas. */
export function BoardScreen() {
  return (
    <ComingSoon
      title="Improvement board"
      description="The ward's improvement ideas, from first idea to adopted change, will be tracked here."
    />
  );
}
