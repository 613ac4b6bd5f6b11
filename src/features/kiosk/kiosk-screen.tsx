import { ComingSoon } from '../../components/coming-soon';

/** `/kiosk`: the Friends and Family Test for patients, carers and visitors (a later issue). */
export function KioskScreen() {
  return (
    <ComingSoon
      title="Kiosk"
      description="Patients, carers and visitors will answer the Friends and Family Test here."
    />
  );
}
