import type { ReactNode } from 'react';
import { UpdateBanner } from '../components/update-banner';
import { AppHeader } from './app-header';
import { useAppUpdateStore } from './app-update-store';

type AppShellProps = { children: ReactNode };

/** The frame around every screen: skip link, header, update banner and the main landmark. */
export function AppShell({ children }: AppShellProps) {
  const isUpdateWaiting = useAppUpdateStore((state) => state.isUpdateWaiting);
  const applyUpdate = useAppUpdateStore((state) => state.applyUpdate);
  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <AppHeader />
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
