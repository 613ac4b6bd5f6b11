import { ComingSoon } from '../../components/coming-soon';

/** `/huddle` until the huddle feature lands. */
export function HuddlePlaceholder() {
  return (
    <ComingSoon
      title="Huddle"
      description="This week's numbers, with the stories behind them, will be shown here for the ward huddle."
    />
  );
}
