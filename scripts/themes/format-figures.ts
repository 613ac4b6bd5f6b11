/** One line of figures for people to read, for example in the output of `themes:train -- --cv`. */
import type { ThemeMetrics } from './theme-metrics';

/** `name  n=…  micro-F1 0.712  macro-F1 0.603  recall@3 0.874  sentiment(3) 0.851`. */
export const formatFigures = (name: string, metrics: ThemeMetrics): string =>
  `  ${name.padEnd(26)} n=${metrics.n}  micro-F1 ${metrics.microF1.toFixed(3)}  macro-F1 ${metrics.macroF1.toFixed(3)}  ` +
  `recall@3 ${metrics.recallAt3.toFixed(3)}  sentiment(3) ${metrics.sentimentAccuracy3.toFixed(3)}`;
