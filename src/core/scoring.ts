import type { AutomatedScore, LayerScores, LayerWeights, ScoreComponent, ScoreLayer } from './result.js';
import { SCORE_LAYERS } from './result.js';

/** Default layer weights of SPEC.md §4. */
export const DEFAULT_LAYER_WEIGHTS: LayerWeights = Object.freeze({
  automated: 0.4,
  staff: 0.25,
  users: 0.2,
  selfReview: 0.075,
  team: 0.075,
});

export function clampScore(score: number): number {
  return Math.min(10, Math.max(0, score));
}

/**
 * Combines weighted components (values 0..1) into a 0..10 score. Components whose value is null were not
 * measurable and are dropped, with the remaining weights renormalised to sum to one.
 */
export function combineComponents(grader: string, components: ScoreComponent[]): AutomatedScore {
  const present = components.filter((c) => c.value !== null);
  const totalWeight = present.reduce((sum, c) => sum + c.weight, 0);
  const weighted = present.reduce((sum, c) => sum + c.weight * (c.value as number), 0);
  const score = totalWeight > 0 ? clampScore((weighted / totalWeight) * 10) : 0;
  return { score: roundScore(score), grader, components };
}

/** Inputs of the code-generation formula (compiles 30%, test pass rate 50%, quality 20%). */
export interface CodeGenerationMeasures {
  compiled: boolean;
  testsPassed: number;
  testsTotal: number;
  /** 0..1 from the static quality check, null when it could not run. */
  quality: number | null;
}

export const CODE_GENERATION_WEIGHTS = Object.freeze({ compiles: 0.3, tests: 0.5, quality: 0.2 });

/**
 * The automated code-generation score. Code that does not compile gets no test or quality credit, and the quality
 * credit is scaled by the test pass rate: the tidiness of code that does not do the job measures nothing (a stub
 * that compiles would otherwise collect half the marks).
 */
export function codeGenerationScore(measures: CodeGenerationMeasures): AutomatedScore {
  const passRate = measures.testsTotal > 0 ? measures.testsPassed / measures.testsTotal : 0;
  return combineComponents('code-generation', [
    { name: 'compiles', weight: CODE_GENERATION_WEIGHTS.compiles, value: measures.compiled ? 1 : 0 },
    {
      name: 'tests',
      weight: CODE_GENERATION_WEIGHTS.tests,
      value: measures.compiled ? passRate : 0,
      detail: `${measures.testsPassed}/${measures.testsTotal} passed`,
    },
    {
      name: 'quality',
      weight: CODE_GENERATION_WEIGHTS.quality,
      value: !measures.compiled ? 0 : measures.quality === null ? null : measures.quality * passRate,
    },
  ]);
}

/**
 * The final score of SPEC.md §4: the weighted mean of the layers present, renormalised over them, clamped to 0..10.
 * Returns the score and which layers it includes.
 */
export function finalScore(
  layers: LayerScores,
  weights: LayerWeights = DEFAULT_LAYER_WEIGHTS,
): { score: number; included: ScoreLayer[] } {
  const included = SCORE_LAYERS.filter((layer) => typeof layers[layer] === 'number' && weights[layer] > 0);
  const totalWeight = included.reduce((sum, layer) => sum + weights[layer], 0);
  if (totalWeight === 0) return { score: 0, included };
  const weighted = included.reduce((sum, layer) => sum + weights[layer] * clampScore(layers[layer] as number), 0);
  return { score: roundScore(clampScore(weighted / totalWeight)), included };
}

/** Scores are stored to 4 decimals so repeated computation is stable across machines. */
export function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}
