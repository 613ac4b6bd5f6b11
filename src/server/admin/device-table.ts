// The `devices` command's table: one row per device, columns padded to line up in a terminal.
import type { DeviceSummary } from '../storage/sync-store';

/** `2026-03-02T09:00:12.345Z` → `2026-03-02 09:00 UTC`: minutes are enough to recognise a tablet. */
export const formatTime = (iso: string | null): string =>
  iso === null ? '-' : `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** Rows of cells as lines, each column padded to its widest cell and two spaces between columns. */
export const formatColumns = (rows: readonly (readonly string[])[]): string => {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
};

export const formatDeviceTable = (devices: readonly DeviceSummary[]): string =>
  formatColumns([
    ['DEVICE ID', 'ROLE', 'ENROLLED', 'LAST SEEN', 'REVOKED'],
    ...devices.map((device) => [
      device.id,
      device.role,
      formatTime(device.createdAt),
      formatTime(device.lastSeenAt),
      formatTime(device.revokedAt),
    ]),
  ]);
