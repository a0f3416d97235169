import type { LayerWeights, ResultRef } from '../core/index.js';
import { rescoreWithReviews } from '../core/index.js';
import type { Store } from '../store/index.js';

/**
 * Recomputes one result's automated score (judged parts), layers and final score from everything stored about it:
 * judge reviews, staff reviews and votes. Call it after adding any of them.
 */
export async function refreshResultScores(store: Store, ref: ResultRef, weights?: LayerWeights): Promise<ReturnType<typeof rescoreWithReviews> | undefined> {
  const result = await store.getResult(ref);
  if (!result) return undefined;
  const [judged, staff, votes] = await Promise.all([store.listJudgeReviews(ref.runId, ref), store.listStaffReviews(ref.runId, ref), store.listVotes(ref.runId, ref)]);
  const rescored = rescoreWithReviews(result, judged, staff, votes, weights);
  await store.updateResultScores(ref, rescored);
  return rescored;
}
