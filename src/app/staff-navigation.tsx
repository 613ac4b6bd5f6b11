import { Link, useLocation } from 'wouter';
import { useStaffLockStore } from '../features/staff-lock/staff-lock-store';

/** The staff routes, in the order the header lists them. */
const navigationItems = [
  { href: '/capture', label: 'Capture' },
  { href: '/board', label: 'Board' },
  { href: '/huddle', label: 'Huddle' },
  { href: '/kiosk', label: 'Kiosk' },
  { href: '/admin', label: 'Admin' },
] as const;

/**
 * The header's menu on a staff tablet, only while unlocked: behind the PIN screen it would show
 * what the tablet holds and invite a tap that only meets the PIN again.
 */
export function StaffNavigation() {
  const [location] = useLocation();
  const isUnlocked = useStaffLockStore((state) => state.isUnlocked);
  if (!isUnlocked) return null;
  return (
    <nav className="nhsuk-header__navigation" aria-label="Menu">
      <div className="nhsuk-header__navigation-container nhsuk-width-container">
        <ul className="nhsuk-header__navigation-list">
          {navigationItems.map((item) => (
            <li className="nhsuk-header__navigation-item" key={item.href}>
              <Link
                className="nhsuk-header__navigation-link"
                href={item.href}
                aria-current={location === item.href ? 'page' : undefined}
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
