// One table printer for every benchmark, so that `npm run bench` reads as one report.

export type Table = {
  title: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  notes?: readonly string[];
};

const isNumeric = (cell: string) => /^[-+]?[\d.,]+( ?[a-zA-Z%]+)?$/.test(cell);

/** Renders a table with numbers right-aligned and text left-aligned. */
export function formatTable({ title, columns, rows, notes = [] }: Table): string {
  const widths = columns.map((column, index) =>
    Math.max(column.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) =>
        isNumeric(cell) ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [
    title,
    line(columns),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
    ...notes.map((note) => `  ${note}`),
  ].join('\n');
}
