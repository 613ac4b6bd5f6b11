// What only a staff tablet shows, as one chunk (lazy-screens.ts): its routes, the PIN lock and
// sync status around each staff screen, and the header's menu, Lock button and idle lock. A kiosk never
// loads it, which keeps the kiosk's first load within its budget.
export { StaffLockControls } from './staff-lock-controls';
export { StaffNavigation } from './staff-navigation';
export { StaffRoutes } from './staff-routes';
