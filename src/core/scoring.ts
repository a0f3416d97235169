import type { Severity } from './task.js';
import type { Scenario } from './taxonomy.js';
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

/** Weight of a found issue by severity: critical issues weigh most (SPEC.md §4, code review). */
export const SEVERITY_WEIGHTS = Object.freeze({ critical: 4, high: 3, medium: 2, low: 1 });

export const CODE_REVIEW_WEIGHTS = Object.freeze({ issues: 0.6, suggestions: 0.3, style: 0.1 });

/** What a review answer found, per planted issue, and what the judges said (null until judged). */
export interface ReviewMeasures {
  issues: readonly { severity: Severity; found: boolean }[];
  findings: number;
  falsePositives: number;
  /** 0..1 from the judges: quality of the suggested fixes; style feedback. */
  suggestions: number | null;
  style: number | null;
}

const NOT_JUDGED = 'not judged (no judge configured)';

/**
 * Code review: planted issues found, weighted by severity (critical 4, high 3, medium 2, low 1) 60% + quality of the
 * suggested fixes 30% (judge) + style feedback 10% (judge). False positives are reported as a rate, not scored.
 */
export function codeReviewScore(measures: ReviewMeasures): AutomatedScore {
  const total = measures.issues.reduce((sum, issue) => sum + SEVERITY_WEIGHTS[issue.severity], 0);
  const found = measures.issues.reduce((sum, issue) => sum + (issue.found ? SEVERITY_WEIGHTS[issue.severity] : 0), 0);
  const count = measures.issues.filter((issue) => issue.found).length;
  const rate = measures.findings > 0 ? measures.falsePositives / measures.findings : 0;
  return combineComponents('code-review', [
    { name: 'issues', weight: CODE_REVIEW_WEIGHTS.issues, value: total > 0 ? found / total : 0, detail: `${count}/${measures.issues.length} planted issues found; false positives ${measures.falsePositives}/${measures.findings} findings (rate ${rate.toFixed(2)})` },
    { name: 'suggestions', weight: CODE_REVIEW_WEIGHTS.suggestions, value: measures.suggestions, ...(measures.suggestions === null ? { detail: NOT_JUDGED } : {}) },
    { name: 'style', weight: CODE_REVIEW_WEIGHTS.style, value: measures.style, ...(measures.style === null ? { detail: NOT_JUDGED } : {}) },
  ]);
}

export const SECURITY_WEIGHTS = Object.freeze({ critical: 0.5, high: 0.3, medium: 0.1, remediation: 0.1 });
/** Each false positive costs 5% of the scale (0.5 points), at most 20% (2 points). */
export const SECURITY_FALSE_POSITIVE_PENALTY = Object.freeze({ each: 0.05, max: 0.2 });

export interface SecurityMeasures {
  issues: readonly { severity: Severity; found: boolean }[];
  findings: number;
  falsePositives: number;
  /** 0..1 from the judges: quality of the remediation advice. */
  remediation: number | null;
}

/**
 * Security: share of critical issues found 50% + high 30% + medium (and low) 10% + remediation advice 10% (judge);
 * a class of severity the task has no issue of is renormalised away. Then −5% of the scale per false positive, at
 * most −20%.
 */
export function securityScore(measures: SecurityMeasures): AutomatedScore {
  const share = (severities: readonly Severity[]) => {
    const of = measures.issues.filter((issue) => severities.includes(issue.severity));
    return of.length === 0 ? null : of.filter((issue) => issue.found).length / of.length;
  };
  const detail = (severities: readonly Severity[]) => {
    const of = measures.issues.filter((issue) => severities.includes(issue.severity));
    return of.length === 0 ? 'none planted' : `${of.filter((issue) => issue.found).length}/${of.length} found`;
  };
  const penalty = Math.min(SECURITY_FALSE_POSITIVE_PENALTY.max, SECURITY_FALSE_POSITIVE_PENALTY.each * measures.falsePositives);
  const base = combineComponents('security', [
    { name: 'critical', weight: SECURITY_WEIGHTS.critical, value: share(['critical']), detail: detail(['critical']) },
    { name: 'high', weight: SECURITY_WEIGHTS.high, value: share(['high']), detail: detail(['high']) },
    { name: 'medium', weight: SECURITY_WEIGHTS.medium, value: share(['medium', 'low']), detail: detail(['medium', 'low']) },
    { name: 'remediation', weight: SECURITY_WEIGHTS.remediation, value: measures.remediation, ...(measures.remediation === null ? { detail: NOT_JUDGED } : {}) },
  ]);
  // Weight 0: the value (the share of the scale taken off) is applied after the weighted mean, not inside it.
  const falsePositives: ScoreComponent = { name: 'false-positives', weight: 0, value: penalty, detail: `${measures.falsePositives} of ${measures.findings} findings match no planted issue: −${(penalty * 10).toFixed(1)} points` };
  return withFalsePositivePenalty(base, falsePositives);
}

/**
 * The security score after its weighted mean: nothing found scores 0 (remediation advice needs something found to
 * remediate), then the false-positive penalty is taken off the scale. Used when scoring and when judges fill parts in.
 */
function withFalsePositivePenalty(base: AutomatedScore, penalty: ScoreComponent): AutomatedScore {
  const anyFound = base.components.some((c) => ['critical', 'high', 'medium'].includes(c.name) && (c.value ?? 0) > 0);
  return {
    ...base,
    score: roundScore(clampScore((anyFound ? base.score : 0) - (penalty.value ?? 0) * 10)),
    components: [...base.components, penalty],
  };
}

export const DOCUMENTATION_WEIGHTS = Object.freeze({ completeness: 0.3, accuracy: 0.3, clarity: 0.2, format: 0.2 });

export interface DocumentationMeasures {
  /** Documented facts (item summaries, parameters, returns, throws) out of those the public items need. */
  documented: number;
  required: number;
  /** Documented items whose comment is valid in the language's format, out of documented items. */
  validComments: number;
  comments: number;
  /** Share of the task's tests the documented code still passes (documenting must not change behaviour). */
  behaviour: number;
  accuracy: number | null;
  clarity: number | null;
}

/**
 * Documentation: completeness 30% + accuracy 30% (judge) + clarity 20% (judge) + valid doc-comment format 20%.
 * Completeness and format are scaled by the share of tests the documented code still passes.
 */
export function documentationScore(measures: DocumentationMeasures): AutomatedScore {
  const completeness = measures.required > 0 ? measures.documented / measures.required : 0;
  const format = measures.comments > 0 ? measures.validComments / measures.comments : 0;
  // Accuracy and clarity of documentation that is not there are 0, whatever a judge said.
  const judged = (value: number | null) => (value === null ? null : measures.documented > 0 ? value : 0);
  return combineComponents('documentation', [
    { name: 'completeness', weight: DOCUMENTATION_WEIGHTS.completeness, value: completeness * measures.behaviour, detail: `${measures.documented}/${measures.required} documented; behaviour kept ${(measures.behaviour * 100).toFixed(0)}%` },
    { name: 'accuracy', weight: DOCUMENTATION_WEIGHTS.accuracy, value: judged(measures.accuracy), ...(measures.accuracy === null ? { detail: NOT_JUDGED } : {}) },
    { name: 'clarity', weight: DOCUMENTATION_WEIGHTS.clarity, value: judged(measures.clarity), ...(measures.clarity === null ? { detail: NOT_JUDGED } : {}) },
    { name: 'format', weight: DOCUMENTATION_WEIGHTS.format, value: format * measures.behaviour, detail: `${measures.validComments}/${measures.comments} comments valid` },
  ]);
}

/**
 * The components of each scenario that judges score (SPEC.md §4). Until a judge has scored them they are null and
 * renormalised away; `withJudgedComponents` fills them in.
 */
export const JUDGED_COMPONENTS: Readonly<Partial<Record<Scenario, readonly string[]>>> = Object.freeze({
  'code-review': ['suggestions', 'style'],
  security: ['remediation'],
  documentation: ['accuracy', 'clarity'],
  debugging: ['explanation'],
});

/**
 * The automated score with its judged components set from judges' criterion scores (0..10 each, null where no
 * judge scored that criterion), recombined with the same weights. Other components are kept as they were.
 */
export function withJudgedComponents(score: AutomatedScore, scenario: Scenario, criteria: Readonly<Record<string, number | null>>): AutomatedScore {
  const judged = JUDGED_COMPONENTS[scenario] ?? [];
  if (judged.length === 0) return score;
  const penalty = score.components.find((c) => c.name === 'false-positives');
  const components = score.components
    .filter((c) => c.name !== 'false-positives')
    .map((component): ScoreComponent => {
      if (!judged.includes(component.name)) return component;
      const value = criteria[component.name];
      return value === null || value === undefined
        ? { name: component.name, weight: component.weight, value: null, detail: NOT_JUDGED }
        : { name: component.name, weight: component.weight, value: clampScore(value) / 10, detail: 'mean of the judges' };
    });
  const combined = combineComponents(score.grader, components);
  return penalty ? withFalsePositivePenalty(combined, penalty) : combined;
}
