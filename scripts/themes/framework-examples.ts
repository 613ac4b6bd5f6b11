/**
 * Extra training examples from the QDC v7 framework itself: each sub-category's quoted example
 * comments (columns `examples` and `longer_examples` of `qdc-framework-v7.csv`), labelled with that
 * sub-category only. They give rare themes (Parking, Pain management, Discharge) more than a
 * handful of examples. An example whose words equal a comment of the training file is left out,
 * so cross-validation never sees a test comment in training through this door.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/domain/redaction/fixtures/parse-csv';
import { LABELLING_NOT_POSSIBLE } from '../../src/domain/theme-frame/theme-frame';

/** A framework example: its words and its one sub-category. */
export type FrameworkExample = { text: string; theme: string };

/** Quoted phrases separated by commas, in straight or curly single quotes. */
const QUOTED = /[\u2018'](.{3,}?)[\u2019'](?=\s*,|\s*$|\s*\n)/g;

/** Letters and spaces only, lower case: equal keys mean the same comment. */
export const comparableText = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Reads the examples of `frameworkCsvPath`, leaving out any whose text is in `excludedTexts`. */
export const readFrameworkExamples = (
  frameworkCsvPath: string,
  excludedTexts: readonly string[],
): FrameworkExample[] => {
  const excluded = new Set(excludedTexts.map(comparableText));
  const examples: FrameworkExample[] = [];
  for (const row of parseCsv(readFileSync(frameworkCsvPath, 'utf8').replace(/^\uFEFF/, ''))) {
    const theme = row.subcategory ?? '';
    if (theme === '' || theme === LABELLING_NOT_POSSIBLE) continue;
    const texts = new Set<string>();
    for (const field of [row.examples ?? '', row.longer_examples ?? '']) {
      for (const match of field.matchAll(QUOTED)) texts.add((match[1] ?? '').trim());
    }
    for (const text of [...texts].sort()) {
      const key = comparableText(text);
      if (key !== '' && !excluded.has(key)) examples.push({ text, theme });
    }
  }
  return examples;
};
