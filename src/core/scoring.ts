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

export const DEBUGGING_WEIGHTS = Object.freeze({ identified: 0.4, tests: 0.4, explanation: 0.2 });

/** Inputs of the debugging formula (SPEC.md §4). */
export interface DebuggingMeasures {
  /** The fix changes the defect's lines. */
  identified: boolean;
  compiled: boolean;
  testsPassed: number;
  testsTotal: number;
  /** 0..1 from a judge; null until judges exist, and then renormalised away. */
  explanation: number | null;
}

/** Debugging: bug identified 40% + fix passes the tests 40% + explanation 20%. */
export function debuggingScore(measures: DebuggingMeasures): AutomatedScore {
  const passRate = measures.compiled && measures.testsTotal > 0 ? measures.testsPassed / measures.testsTotal : 0;
  return combineComponents('debugging', [
    { name: 'identified', weight: DEBUGGING_WEIGHTS.identified, value: measures.identified ? 1 : 0 },
    { name: 'tests', weight: DEBUGGING_WEIGHTS.tests, value: passRate, detail: `${measures.testsPassed}/${measures.testsTotal} passed` },
    { name: 'explanation', weight: DEBUGGING_WEIGHTS.explanation, value: measures.explanation, detail: measures.explanation === null ? 'not judged (no judge configured)' : undefined },
  ]);
}

export const TEST_GENERATION_WEIGHTS = Object.freeze({ compiles: 0.2, runs: 0.3, mutants: 0.4, reference: 0.1 });

/** Inputs of the test-generation formula. */
export interface TestGenerationMeasures {
  compiled: boolean;
  /** The harness ran at least one of the answer's tests. */
  ran: boolean;
  testsTotal: number;
  passedOnReference: number;
  mutantsKilled: number;
  mutantsTotal: number;
}

/** Test generation: compiles 20% + runs 30% + mutation kill rate 40% + passes on the reference 10%. */
export function testGenerationScore(measures: TestGenerationMeasures): AutomatedScore {
  const usable = measures.compiled && measures.ran;
  const referenceRate = usable && measures.testsTotal > 0 ? measures.passedOnReference / measures.testsTotal : 0;
  const killRate = usable && measures.mutantsTotal > 0 ? measures.mutantsKilled / measures.mutantsTotal : 0;
  return combineComponents('test-generation', [
    { name: 'compiles', weight: TEST_GENERATION_WEIGHTS.compiles, value: measures.compiled ? 1 : 0 },
    { name: 'runs', weight: TEST_GENERATION_WEIGHTS.runs, value: usable ? 1 : 0, detail: `${measures.testsTotal} tests` },
    { name: 'mutants', weight: TEST_GENERATION_WEIGHTS.mutants, value: killRate, detail: `${measures.mutantsKilled}/${measures.mutantsTotal} mutants killed` },
    { name: 'reference', weight: TEST_GENERATION_WEIGHTS.reference, value: referenceRate, detail: `${measures.passedOnReference}/${measures.testsTotal} pass on the reference` },
  ]);
}

export const REFACTORING_WEIGHTS = Object.freeze({ compiles: 0.3, idioms: 0.2, behaviour: 0.3, quality: 0.2 });

/** Inputs of the refactoring formula; idioms and quality gain are 0..1. */
export interface RefactoringMeasures {
  compiled: boolean;
  testsPassed: number;
  testsTotal: number;
  idioms: number;
  qualityGain: number;
}

/**
 * Refactoring: compiles 30% + modern idioms 20% + behaviour preserved 30% + quality gain 20%. As for code
 * generation, idioms and gain are scaled by the share of behaviour kept: tidy code that broke the behaviour is no
 * refactoring.
 */
export function refactoringScore(measures: RefactoringMeasures): AutomatedScore {
  const passRate = measures.compiled && measures.testsTotal > 0 ? measures.testsPassed / measures.testsTotal : 0;
  return combineComponents('refactoring', [
    { name: 'compiles', weight: REFACTORING_WEIGHTS.compiles, value: measures.compiled ? 1 : 0 },
    { name: 'idioms', weight: REFACTORING_WEIGHTS.idioms, value: measures.idioms * passRate },
    { name: 'behaviour', weight: REFACTORING_WEIGHTS.behaviour, value: passRate, detail: `${measures.testsPassed}/${measures.testsTotal} passed` },
    { name: 'quality', weight: REFACTORING_WEIGHTS.quality, value: measures.qualityGain * passRate },
  ]);
}

/**
 * How far `after` moved from `before` towards `target` (0..1) on a measure where lower is better: 1 at or below the
 * target, 0 when no better than before. When before was already at the target, 1 unless after is worse.
 */
export function progressTowards(before: number, after: number, target: number): number {
  if (after <= target) return 1;
  if (before <= target) return after <= before ? 1 : 0;
  return Math.min(1, Math.max(0, (before - after) / (before - target)));
}
