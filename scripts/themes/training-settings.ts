/**
 * The choices behind the committed theme model, chosen by grouped 5-fold cross-validation on
 * train.csv alone (see the note in `train-themes.ts` for the figures that decided them).
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
  contextDropout: 0,
  themeCost: 0.2,
  classWeightPower: 0.5,
  sentimentCost: 0.5,
  maxPasses: 15,
  tolerance: 0.1,
  innerFolds: 5,
  minimumPositivesForThreshold: 3,
  maxWeightsPerOutput: 4000,
  hasFrameworkExamples: true,
  seed: 20240501,
};
