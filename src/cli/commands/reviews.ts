import Table from 'cli-table3';
import { openStoreFor } from '../../config/index.js';
import {
  AibaasError, krippendorffAlpha, meanAbsoluteDifference, meanDifference, pearson, resultKey, roundScore, SCORE_LAYERS, selfReviewLayer,
  staffLayer, teamLayer,
  type JudgeReview, type LayerScores, type ResultRecord, type ResultRef, type Run, type StaffReview,
} from '../../core/index.js';
import { refreshResultScores } from '../../engine/index.js';
import type { Store } from '../../store/index.js';
import type { CommandContext } from '../context.js';

/** The scores of `aibaas review`, as typed on the command line (0..10 each). */
export const STAFF_SCORE_FLAGS = {
  correctness: '--correctness',
  quality: '--quality',
  bestPractices: '--best-practices',
  efficiency: '--efficiency',
  overall: '--overall',
} as const;
type StaffScoreName = keyof typeof STAFF_SCORE_FLAGS;

export type ReviewOptions = Record<StaffScoreName, string | number> & { author: string; notes?: string; attempt?: number };
export interface VoteOptions { user: string; comment?: string; attempt?: number }

// Each code is spelled out at its `new AibaasError(` so the error catalogue test finds it.
function invalid(code: 'REVIEW_INVALID' | 'VOTE_INVALID', message: string, fix: string): AibaasError {
  return code === 'REVIEW_INVALID' ? new AibaasError('REVIEW_INVALID', message, { fix }) : new AibaasError('VOTE_INVALID', message, { fix });
}

function parseScore(flag: string, value: string | number): number {
  const text = String(value).trim();
  const score = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !(score >= 0 && score <= 10)) {
    throw invalid('REVIEW_INVALID', `${flag} must be a number from 0 to 10, got "${String(value)}".`, `Give ${flag} a score between 0 and 10, e.g. ${flag} 7.5.`);
  }
  return score;
}

function parseAttempt(code: 'REVIEW_INVALID' | 'VOTE_INVALID', attempt: number | undefined): number {
  const value = attempt ?? 1;
  if (!Number.isInteger(value) || value < 1) throw invalid(code, `--attempt must be a whole number from 1, got ${value}.`, 'Attempts are numbered from 1 (the default); `aibaas results <run-id>` shows them.');
  return value;
}

/** Opens the store and finds the run and the result, or throws RUN_NOT_FOUND / RESULT_NOT_FOUND (closing the store). */
async function openResult(context: CommandContext, ref: ResultRef): Promise<{ store: Store; run: Run; result: ResultRecord }> {
  const store = await openStoreFor(context.config);
  try {
    const run = await store.getRun(ref.runId);
    if (!run) throw new AibaasError('RUN_NOT_FOUND', `There is no run "${ref.runId}".`, { fix: '`aibaas runs` lists the runs of the database in use.' });
    const result = await store.getResult(ref);
    if (!result) {
      const unknownModel = !run.modelIds.includes(ref.modelId) ? ` Run ${run.id} has no model "${ref.modelId}" (it has ${run.modelIds.join(', ')}).` : '';
      throw new AibaasError('RESULT_NOT_FOUND', `There is no result ${ref.runId} / ${ref.modelId} / ${ref.taskId} / attempt ${ref.attempt}.${unknownModel}`, {
        fix: `Name a stored result: \`aibaas results ${ref.runId}\` lists its models, tasks and attempts.`,
      });
    }
    return { store, run, result };
  } catch (error) {
    await store.close();
    throw error;
  }
}

function formatLayerValue(value: number): string {
  return String(roundScore(value));
}

/** `automated 10, staff 6, users 5` in the layers' canonical order. */
export function describeLayers(layers: LayerScores): string {
  const present = SCORE_LAYERS.filter((layer) => typeof layers[layer] === 'number');
  return present.length === 0 ? 'none' : present.map((layer) => `${layer} ${formatLayerValue(layers[layer] as number)}`).join(', ');
}

async function refreshAndDescribe(context: CommandContext, store: Store, ref: ResultRef): Promise<string[]> {
  const rescored = await refreshResultScores(store, ref, context.config.scoring.weights);
  if (!rescored) return ['The result disappeared while it was being rescored; run the command again.'];
  const final = rescored.finalScore === null
    ? 'Final score: — (the result is an error: it has no score)'
    : `Final score: ${rescored.finalScore.toFixed(4)} (weighted over ${rescored.included.join(', ')}; weights renormalised over the layers present)`;
  return [`Layers: ${describeLayers(rescored.layers)}`, final];
}

function refOf(runId: string, modelId: string, taskId: string, attempt: number): ResultRef {
  return { runId, modelId, taskId, attempt };
}

function describeRef(ref: ResultRef): string {
  return `${ref.runId} / ${ref.modelId} / ${ref.taskId} / attempt ${ref.attempt}`;
}

/** `aibaas review <run-id> <model-id> <task-id>`: adds (or replaces, per author) a staff review and rescores the result. */
export async function reviewCommand(context: CommandContext, runId: string, modelId: string, taskId: string, options: ReviewOptions): Promise<number> {
  const author = (options.author ?? '').trim();
  if (!author) throw invalid('REVIEW_INVALID', '--author is empty: a staff review names its reviewer.', 'Pass --author <name>, e.g. --author alice.');
  const scores = Object.fromEntries(
    (Object.entries(STAFF_SCORE_FLAGS) as [StaffScoreName, string][]).map(([name, flag]) => [name, parseScore(flag, options[name])]),
  ) as Record<StaffScoreName, number>;
  const ref = refOf(runId, modelId, taskId, parseAttempt('REVIEW_INVALID', options.attempt));
  const { store } = await openResult(context, ref);
  try {
    const replaces = (await store.listStaffReviews(runId, ref)).some((review) => review.author === author);
    const review: StaffReview = { ref, author, ...scores, notes: options.notes ?? '', createdAt: new Date().toISOString() };
    await store.saveStaffReview(review);
    const lines = [
      `Staff review by ${author} saved for ${describeRef(ref)}${replaces ? ` (replaces ${author}'s earlier review)` : ''}.`,
      ...(await refreshAndDescribe(context, store, ref)),
    ];
    context.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/** `aibaas vote <run-id> <model-id> <task-id> <up|down>`: one vote per user per result; a new vote replaces the old. */
export async function voteCommand(context: CommandContext, runId: string, modelId: string, taskId: string, direction: string, options: VoteOptions): Promise<number> {
  const normalized = direction.trim().toLowerCase();
  if (normalized !== 'up' && normalized !== 'down') throw invalid('VOTE_INVALID', `A vote is "up" or "down", got "${direction}".`, 'Vote with `aibaas vote <run-id> <model-id> <task-id> up` (or down).');
  const userId = (options.user ?? '').trim();
  if (!userId) throw invalid('VOTE_INVALID', '--user is empty: a vote names its voter (one vote per user per result).', 'Pass --user <id>, e.g. --user u42.');
  const ref = refOf(runId, modelId, taskId, parseAttempt('VOTE_INVALID', options.attempt));
  const { store } = await openResult(context, ref);
  try {
    const replaces = (await store.listVotes(runId, ref)).some((vote) => vote.userId === userId);
    await store.saveVote({ ref, userId, vote: normalized === 'up' ? 1 : -1, comment: options.comment ?? '', createdAt: new Date().toISOString() });
    const votes = await store.listVotes(runId, ref);
    const up = votes.filter((vote) => vote.vote === 1).length;
    const lines = [
      `Vote ${normalized} by ${userId} saved for ${describeRef(ref)}${replaces ? ` (replaces ${userId}'s earlier vote)` : ''}.`,
      `Votes: ${up} up, ${votes.length - up} down`,
      ...(await refreshAndDescribe(context, store, ref)),
    ];
    context.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/** One judge (model and role) of a run: how its reviews went and what it scored on average. */
export interface JudgeSummary {
  judgeId: string;
  role: string;
  kind: 'self' | 'team';
  ok: number;
  failed: number;
  cached: number;
  meanScore: number | null;
}

/** Two paired series compared: n pairs, their correlation and differences (null where not computable). */
export interface Comparison {
  n: number;
  pearson: number | null;
  meanDifference: number | null;
  meanAbsoluteDifference: number | null;
}

export interface JudgesReport {
  runId: string;
  results: number;
  judgeReviews: number;
  staffReviews: number;
  judges: JudgeSummary[];
  panel: {
    /** Panel judges (model + role) with at least one successful review. */
    judges: number;
    /** Results with successful reviews by at least two panel judges. */
    results: number;
    krippendorffAlpha: number | null;
    meanPairwisePearson: number | null;
    /** Judge pairs whose correlation could be computed, of all pairs. */
    pairsComputed: number;
    pairs: number;
  };
  /** x = self-review, y = panel mean (meanDifference > 0: models rate themselves higher than the panel does). */
  selfVsPanel: Comparison;
  /** x = panel mean, y = staff overall. */
  panelVsStaff: Comparison;
  /** x = automated score, y = panel mean. */
  automatedVsPanel: Comparison;
}

function compare(pairs: readonly [number, number][]): Comparison {
  const xs = pairs.map(([x]) => x);
  const ys = pairs.map(([, y]) => y);
  const round = (value: number | null) => (value === null ? null : roundScore(value));
  return { n: pairs.length, pearson: round(pearson(xs, ys)), meanDifference: round(meanDifference(xs, ys)), meanAbsoluteDifference: round(meanAbsoluteDifference(xs, ys)) };
}

function meanOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * The agreement report of a run's judges: per judge counts and mean; the panel's agreement (Krippendorff's alpha
 * over results, raters = panel judges, and the mean pairwise Pearson r); self-review, staff and the automated score
 * against the panel mean. Pure: takes what the store holds.
 */
export function judgesReport(runId: string, results: readonly ResultRecord[], judged: readonly JudgeReview[], staff: readonly StaffReview[]): JudgesReport {
  const judgeKey = (review: JudgeReview) => `${review.kind}\u0000${review.judgeId}\u0000${review.role}`;
  const byJudge = new Map<string, JudgeReview[]>();
  for (const review of judged) byJudge.set(judgeKey(review), [...(byJudge.get(judgeKey(review)) ?? []), review]);
  const judges = [...byJudge.values()].map((reviews): JudgeSummary => {
    const [first] = reviews as [JudgeReview];
    const scores = reviews.filter((review) => review.status === 'ok' && review.score !== null).map((review) => review.score as number);
    const mean = meanOf(scores);
    return {
      judgeId: first.judgeId, role: first.role, kind: first.kind,
      ok: reviews.filter((review) => review.status === 'ok').length,
      failed: reviews.filter((review) => review.status === 'failed').length,
      cached: reviews.filter((review) => review.cachedFrom !== null).length,
      meanScore: mean === null ? null : roundScore(mean),
    };
  }).sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'team' ? -1 : 1) || a.judgeId.localeCompare(b.judgeId) || a.role.localeCompare(b.role));

  // Per result: the panel judges' successful scores, and the layers to compare.
  const judgedBy = new Map<string, JudgeReview[]>();
  for (const review of judged) judgedBy.set(resultKey(review.ref), [...(judgedBy.get(resultKey(review.ref)) ?? []), review]);
  const staffBy = new Map<string, StaffReview[]>();
  for (const review of staff) staffBy.set(resultKey(review.ref), [...(staffBy.get(resultKey(review.ref)) ?? []), review]);

  const panelRaters = [...new Set(judged.filter((review) => review.kind === 'team' && review.status === 'ok' && review.score !== null).map(judgeKey))].sort();
  const panelScores: Map<string, number>[] = [];
  const selfPairs: [number, number][] = [];
  const staffPairs: [number, number][] = [];
  const automatedPairs: [number, number][] = [];
  const resultKeys = new Set([...results.map(resultKey), ...judgedBy.keys()]);
  const automatedOf = new Map(results.map((result) => [resultKey(result), result.status === 'scored' ? (result.automated?.score ?? null) : null]));
  for (const key of resultKeys) {
    const reviews = judgedBy.get(key) ?? [];
    const scores = new Map<string, number>();
    for (const review of reviews) if (review.kind === 'team' && review.status === 'ok' && review.score !== null) scores.set(judgeKey(review), review.score);
    panelScores.push(scores);
    const panel = teamLayer(reviews);
    if (panel === null) continue;
    const self = selfReviewLayer(reviews);
    if (self !== null) selfPairs.push([self, panel]);
    const staffOverall = staffLayer(staffBy.get(key) ?? []);
    if (staffOverall !== null) staffPairs.push([panel, staffOverall]);
    const automated = automatedOf.get(key) ?? null;
    if (automated !== null) automatedPairs.push([automated, panel]);
  }

  const units = panelScores.map((scores) => panelRaters.map((rater) => scores.get(rater) ?? null));
  const alpha = krippendorffAlpha(units);
  const correlations: number[] = [];
  let pairs = 0;
  for (let a = 0; a < panelRaters.length; a++) {
    for (let b = a + 1; b < panelRaters.length; b++) {
      pairs++;
      const both = panelScores.filter((scores) => scores.has(panelRaters[a] as string) && scores.has(panelRaters[b] as string));
      const r = pearson(both.map((scores) => scores.get(panelRaters[a] as string) as number), both.map((scores) => scores.get(panelRaters[b] as string) as number));
      if (r !== null) correlations.push(r);
    }
  }
  const meanR = meanOf(correlations);

  return {
    runId,
    results: results.length,
    judgeReviews: judged.length,
    staffReviews: staff.length,
    judges,
    panel: {
      judges: panelRaters.length,
      results: panelScores.filter((scores) => scores.size >= 2).length,
      krippendorffAlpha: alpha === null ? null : roundScore(alpha),
      meanPairwisePearson: meanR === null ? null : roundScore(meanR),
      pairsComputed: correlations.length,
      pairs,
    },
    selfVsPanel: compare(selfPairs),
    panelVsStaff: compare(staffPairs),
    automatedVsPanel: compare(automatedPairs),
  };
}

/** What to say when a run has no judge reviews: judges are off by default. */
export function noJudgesMessage(runId: string): string {
  return `Run ${runId} has no judge reviews: judges were not enabled for it. To judge runs, set \`judges.panel\` (judge models `
    + 'with roles; or `judges.models`, globs that fill one seat per role) and/or `judges.selfReview: true` (each model also scores '
    + 'its own answer) in aibaas.config.yaml, then run again; see docs/judging.md.';
}

function fixed(value: number | null, digits = 2): string | null {
  return value === null ? null : value.toFixed(digits);
}

function signed(value: number | null): string | null {
  return value === null ? null : `${value >= 0 ? '+' : ''}${value.toFixed(2)}`;
}

const NEEDS_PAIRS = 'n/a (needs ≥2 results with both scores, and scores that vary)';

export function renderJudgesReport(report: JudgesReport): string {
  const lines: string[] = [];
  lines.push(`Judges of run ${report.runId}: ${report.judgeReviews} judge reviews of ${report.results} results; ${report.staffReviews} staff reviews.`);
  const table = new Table({ head: ['Judge', 'Role', 'Kind', 'OK', 'Failed', 'Cached', 'Mean score'], style: { head: [], border: [] } });
  for (const judge of report.judges) table.push([judge.judgeId, judge.role, judge.kind, String(judge.ok), String(judge.failed), String(judge.cached), fixed(judge.meanScore) ?? '—']);
  lines.push(table.toString(), '');

  const { panel } = report;
  lines.push(`Panel agreement (${panel.judges} panel judges; ${panel.results} results scored by ≥2 of them):`);
  lines.push(`  Krippendorff's alpha (interval): ${panel.judges < 2 ? 'n/a (needs ≥2 panel judges)' : (fixed(panel.krippendorffAlpha, 3) ?? 'n/a (needs ≥2 panel scores of a result, and scores that vary)')}`);
  lines.push(`  mean pairwise Pearson r: ${panel.judges < 2 ? 'n/a (needs ≥2 panel judges)'
    : panel.meanPairwisePearson === null ? 'n/a (needs ≥2 results scored by both judges of a pair, with scores that vary)'
      : `${panel.meanPairwisePearson.toFixed(3)} (${panel.pairsComputed} of ${panel.pairs} judge pairs)`}`);

  const r = (comparison: Comparison) => (comparison.n < 2 ? `n/a (needs ≥2 results with both; ${comparison.n} here)` : (fixed(comparison.pearson, 3) ?? NEEDS_PAIRS));
  const { selfVsPanel, panelVsStaff, automatedVsPanel } = report;
  lines.push(`Self-review vs panel mean: n=${selfVsPanel.n}, r ${r(selfVsPanel)}, mean difference (self − panel) ${signed(selfVsPanel.meanDifference) ?? 'n/a (needs ≥1 result with both)'}`);
  lines.push(`Panel mean vs staff overall: n=${panelVsStaff.n}, r ${r(panelVsStaff)}, mean |difference| ${fixed(panelVsStaff.meanAbsoluteDifference) ?? 'n/a (needs ≥1 result with both)'}`);
  lines.push(`Automated vs panel mean: n=${automatedVsPanel.n}, r ${r(automatedVsPanel)}`);
  return lines.join('\n');
}

/** `aibaas judges report [run-id]`: how the judges of a run agree with each other, with staff and with the automated score. */
export async function judgesReportCommand(context: CommandContext, runId: string | undefined, options: { json?: boolean }): Promise<number> {
  const store = await openStoreFor(context.config);
  try {
    let id = runId;
    if (id === undefined) {
      const [newest] = await store.listRuns(1);
      if (!newest) throw new AibaasError('RUN_NOT_FOUND', 'There are no runs yet, so there is no newest run to report on.', { fix: 'Start one with `aibaas run`.' });
      id = newest.run.id;
    } else if (!(await store.getRun(id))) {
      throw new AibaasError('RUN_NOT_FOUND', `There is no run "${id}".`, { fix: '`aibaas runs` lists the runs of the database in use.' });
    }
    const [results, judged, staff] = await Promise.all([store.listResults(id), store.listJudgeReviews(id), store.listStaffReviews(id)]);
    const report = judgesReport(id, results, judged, staff);
    const message = judged.length === 0 ? noJudgesMessage(id) : undefined;
    if (options.json) {
      context.stdout.write(`${JSON.stringify({ ...report, ...(message ? { message } : {}) }, null, 2)}\n`);
    } else {
      context.stdout.write(`${message ?? renderJudgesReport(report)}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
