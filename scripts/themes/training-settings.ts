/**
 * The choices behind the committed theme model, made by grouped 5-fold cross-validation on
 * train.csv alone (nested for everything tuned on out-of-fold predictions). What decided them,
 * in micro-F1 / macro-F1 counted "themes only": squared-hinge SVMs beat logistic regression (+0.01) and
 * beat an ensemble of both; character 3–5-grams beat 2–5; C 0.12–0.3 and class-weight powers
 * 0.3–0.75 were within ±0.005; the framework's examples added +0.012 / +0.06; stacking a second
 * model over all theme scores lost 0.04; context dropout 0.5 kept figures with context and raised
 * text-only micro-F1 from 0.62 to 0.69; threshold shrinkage 10 and a 0.2 probability floor each
 * added about +0.005 micro-F1 for −0.003 macro-F1; 3,000 weights per output matched 4,000.
 */
import type { FeatureSettings } from '../../src/domain/themes/extract-features';

export type TrainingSettings = {
  features: FeatureSettings;
  /** Train with the question kind and the FFT rating as features (the kiosk knows both). */
  hasContext: boolean;
  /** Share of training rows whose context is hidden, so the model also works without it. */
  contextDropout: number;
  /** SVM cost C of a theme's negative rows. */
  themeCost: number;
  /** A theme's positive rows cost C · (negatives / positives)^power: rare themes weigh more. */
  classWeightPower: number;
  /** SVM cost C of the sentiment classes. */
  sentimentCost: number;
  maxPasses: number;
  tolerance: number;
  /** Folds of the cross-validation that tunes thresholds and Platt scaling. */
  innerFolds: number;
  /** Below this many positive examples a theme keeps the SVM's own threshold, 0. */
  minimumPositivesForThreshold: number;
  /**
   * A tuned threshold t from p positive examples becomes t · p / (p + shrinkage): the fewer the
   * examples, the closer to the SVM's own 0, because an F1 optimum over eight examples is noise.
   */
  thresholdShrinkage: number;
  /** A theme is chosen only with at least this Platt probability, however low its threshold. */
  minimumChosenScore: number;
  /** Weights kept per output (the largest), which bounds the artefact's size. */
  maxWeightsPerOutput: number;
  /** Add the framework's own example comments to training (see `framework-examples.ts`). */
  hasFrameworkExamples: boolean;
  seed: number;
};

export const DEFAULT_TRAINING_SETTINGS: TrainingSettings = {
  features: {
    hashBits: 20,
    hasWordBigrams: true,
    characterNgramMin: 3,
    characterNgramMax: 5,
    hasQuestionWordPairs: true,
    wordWeight: 1,
    characterWeight: 1,
    contextWeight: 1,
  },
  hasContext: true,
  contextDropout: 0.5,
  themeCost: 0.2,
  classWeightPower: 0.5,
  sentimentCost: 0.5,
  maxPasses: 15,
  tolerance: 0.1,
  innerFolds: 5,
  minimumPositivesForThreshold: 3,
  thresholdShrinkage: 10,
  minimumChosenScore: 0.2,
  maxWeightsPerOutput: 3000,
  hasFrameworkExamples: true,
  seed: 20240501,
};
