/** One schema change: plain PostgreSQL, applied once, in id order, inside a transaction. */
export interface Migration {
  /** Positive, strictly increasing; never reused or renumbered once released. */
  id: number;
  name: string;
  sql: string;
}
