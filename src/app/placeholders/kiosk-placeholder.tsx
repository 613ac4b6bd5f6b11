import { ComingSoon } from '../../components/coming-soon';

/** `/kiosk` until the kiosk feature lands. */
export function KioskPlaceholder() {
  return (
    <ComingSoon
      title="Kiosk"
      description="Patients, carers and visitors will answer the Friends and Family Test here."
    />
  );
}
