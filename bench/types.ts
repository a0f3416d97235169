/** What every benchmark is given. */
export interface BenchOptions {
  /** Measured runs per case (`--runs N`). */
  runs: number;
  /** Only these languages, where a benchmark is per language (`--languages a,b`); all when absent. */
  languages?: readonly string[];
  /** Progress messages (stderr, so `--json` output stays clean). */
  log: (message: string) => void;
}

/** What a benchmark returns: a human summary and the same data as JSON. */
export interface BenchResult {
  name: string;
  text: string;
  json: unknown;
}

export type Benchmark = (options: BenchOptions) => Promise<BenchResult>;
