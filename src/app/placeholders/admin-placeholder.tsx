import { ComingSoon } from '../../components/coming-soon';

/** `/admin` until the admin feature lands. */
export function AdminPlaceholder() {
  return (
    <ComingSoon
      title="Admin"
      description="Ward managers will enrol devices, set PINs and download the monthly return here."
    />
  );
}
