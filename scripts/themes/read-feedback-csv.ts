/**
 * Reads a feedback CSV in the layout of `../shared/data/feedback-themes/train.csv`
 * (`id, fft_question, fft_rating, text, sentiment, themes`) into examples for training and scoring.
 * Errors name the file, row and column, never the comment text.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/domain/redaction/fixtures/parse-csv';
import type { FeatureContext, QuestionKind } from '../../src/domain/themes/extract-features';

/** The columns a feedback CSV must have (others are ignored). */
export const FEEDBACK_CSV_COLUMNS = [
  'id',
  'fft_question',
  'fft_rating',
  'text',
  'sentiment',
  'themes',
] as const;

/** One labelled comment. */
export type FeedbackExample = {
  id: string;
  /**
   * The respondent: `NHFT 45 - Q1` and `NHFT 45 - Q2` are one person's two answers, which often
   * repeat each other, so cross-validation keeps them in the same fold.
   */
  group: string;
  text: string;
  context: FeatureContext;
  /** 1 very positive … 5 very negative; undefined when the file leaves it empty. */
  sentiment: number | undefined;
  /** QDC v7 sub-category names as the file gives them. */
  themes: string[];
};

/** A file that cannot be read as feedback; the message is safe to print. */
export class FeedbackCsvError extends Error {
  override readonly name = 'FeedbackCsvError';
}

/**
 * The question wordings in the data set, by what they ask. A question not listed here gives no
 * question feature, as on a device that does not know the question.
 */
const questionKindOf = (question: string): QuestionKind | undefined => {
  const words = question.toLowerCase().replace(/\s+/g, ' ').trim();
  if (words.startsWith('what was good')) return 'what-was-good';
  if (words.startsWith('what could we do better') || words.startsWith('how could we improve')) {
    return 'what-could-be-better';
  }
  if (words.startsWith('fft why') || words.startsWith('please describe any things')) return 'why';
  return undefined;
};

const parseWholeNumber = (value: string, minimum: number, maximum: number): number | undefined => {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const number = Number(trimmed);
  return number >= minimum && number <= maximum ? number : undefined;
};

/** Parses CSV text; `source` only names the file in error messages. */
export const parseFeedbackCsv = (csv: string, source: string): FeedbackExample[] => {
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
  const header = rows[0] === undefined ? [] : Object.keys(rows[0]);
  const missing = FEEDBACK_CSV_COLUMNS.filter((column) => !header.includes(column));
  if (rows.length === 0) throw new FeedbackCsvError(`${source} has no data rows.`);
  if (missing.length > 0) {
    throw new FeedbackCsvError(
      `${source} is missing the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}; ` +
        `expected ${FEEDBACK_CSV_COLUMNS.join(', ')}.`,
    );
  }
  return rows.map((row, index) => {
    const sentimentText = (row.sentiment ?? '').trim();
    const sentiment = parseWholeNumber(sentimentText, 1, 5);
    if (sentimentText !== '' && sentiment === undefined) {
      throw new FeedbackCsvError(
        `${source} row ${index + 2}: sentiment must be empty or a whole number 1-5.`,
      );
    }
    const id = (row.id ?? '').trim();
    const question = questionKindOf(row.fft_question ?? '');
    const rating = parseWholeNumber(row.fft_rating ?? '', 1, 7);
    return {
      id,
      group: id.replace(/\s*-\s*Q\d+$/i, '') || `row ${index + 2}`,
      text: row.text ?? '',
      context: {
        ...(question === undefined ? {} : { question }),
        ...(rating === undefined ? {} : { rating }),
      },
      sentiment,
      themes: (row.themes ?? '')
        .split('|')
        .map((theme) => theme.trim())
        .filter((theme) => theme !== ''),
    };
  });
};

/** Reads and parses a feedback CSV file. */
export const readFeedbackCsv = (path: string): FeedbackExample[] => {
  let csv: string;
  try {
    csv = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FeedbackCsvError(
      code === 'ENOENT'
        ? `${path} does not exist.`
        : `${path} could not be read (${code ?? 'unknown error'}).`,
    );
  }
  return parseFeedbackCsv(csv, path);
};
