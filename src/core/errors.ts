/**
 * The one error base of AIBaaS. Every error a user can meet has a stable code (listed in docs/errors.md),
 * a message that names the problem, and a fix that says what to do about it.
 */
export class AibaasError extends Error {
  readonly code: string;
  readonly fix: string;
  /** Retryable errors may succeed when tried again (network, rate limits); unrecoverable ones never will. */
  readonly retryable: boolean;

  constructor(code: string, message: string, options: { fix: string; retryable?: boolean; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AibaasError';
    this.code = code;
    this.fix = options.fix;
    this.retryable = options.retryable ?? false;
  }

  /** The one-paragraph form shown to users: problem, then fix. */
  toUserText(): string {
    return `${this.code}: ${this.message}\nFix: ${this.fix}`;
  }
}

export function isAibaasError(error: unknown): error is AibaasError {
  return error instanceof AibaasError;
}
