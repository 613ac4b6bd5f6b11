import type { ReactNode } from 'react';
import { UpdateBanner } from '../components/update-banner';
import { AppHeader } from './app-header';
import type { AppServices } from './app-services';
import { useAppUpdateStore } from './app-update-store';

type AppShellProps = { services: Promise<AppServices>; children: ReactNode };

/** The frame around every screen: skip link, header, update banner and the main landmark. */
export function AppShell({ services, children }: AppShellProps) {
  const isUpdateWaiting = useAppUpdateStore((state) => state.isUpdateWaiting);
  const applyUpdate = useAppUpdateStore((state) => state.applyUpdate);
  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <AppHeader services={services} />
      <div className="nhsuk-width-container">
        {/* tabIndex -1 lets the skip link move focus here, not only scroll. */}
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
          <UpdateBanner isUpdateWaiting={isUpdateWaiting} onUpdate={applyUpdate} />
          {children}
        </main>
      </div>
    </>
  );
}
