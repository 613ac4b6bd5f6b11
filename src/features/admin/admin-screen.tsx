import { ComingSoon } from '../../components/coming-soon';

/** `/admin`: wards, device enrolment, PINs and exports (a later issue; the admin CLI does this now). */
export function AdminScreen() {
  return (
    <ComingSoon
      title="Admin"
      description="Ward managers will enrol devices, set PINs and download the monthly return here."
    />
  );
}
