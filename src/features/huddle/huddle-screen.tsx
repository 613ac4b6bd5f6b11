import { ComingSoon } from '../../components/coming-soon';

/** `/huddle`: this week's numbers with the stories behind them (a later issue). */
export function HuddleScreen() {
  return (
    <ComingSoon
      title="Huddle"
      description="This week's numbers, with the stories behind them, will be shown here for the ward huddle."
    />
  );
}
