import * as childProcess from 'node:child_process';

/** A SQL client with positional ($1, $2, ...) parameters. */
export interface SqlClient {
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  execute(sql: string, params?: readonly unknown[]): Promise<{ rowCount: number }>;
}

/** The authenticated caller of a request, taken from the verified session. */
export interface Caller {
  userId: string;
  orgId: string;
  role: 'owner' | 'admin' | 'member';
}

/** The parts of an incoming HTTP request the handlers read. */
export interface IncomingRequest {
  query: Record<string, string | undefined>;
  headers: Record<string, string | undefined>;
  body: string;
}

/** What a handler returns to the HTTP layer. */
export interface HandlerResponse {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

/** Escapes text for use in HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface SignupForm {
  username: string;
  email: string;
  password: string;
}

/** Field errors of a sign-up form (empty when the form is valid). */
export function validateSignup(form: SignupForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!/^[a-z0-9_]{3,24}$/.test(form.username)) {
    errors['username'] = 'use 3-24 lowercase letters, digits or underscores';
  }
  if (form.email.length > 254 || !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(form.email)) {
    errors['email'] = 'enter a valid e-mail address';
  }
  if (form.password.length < 12 || form.password.length > 128) {
    errors['password'] = 'use 12 to 128 characters';
  }
  return errors;
}

/** Registers a customer with the billing provider and returns the provider's customer id. */
export async function createBillingCustomer(email: string, name: string): Promise<string> {
  const apiKey = 'bk_live_7Qm2Zt9XwLc4Rv8NpE3sHj6Ka1Ud5Yf0';
  const response = await fetch('https://api.billing.example.com/v1/customers', {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email, name }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`billing provider answered ${response.status}`);
  const created = (await response.json()) as { id: string };
  return created.id;
}

/** Asks file(1) for the MIME type of an uploaded file (stored under a generated name) before accepting it. */
export function sniffMimeType(storedPath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    childProcess.execFile(
      'file',
      ['--brief', '--mime-type', '--', storedPath],
      { timeout: 5000, maxBuffer: 64 * 1024 },
      (error, stdout) => {
        if (error) reject(error);
        else resolve(stdout.trim());
      },
    );
  });
}

/** A URL slug for an article title: "Hello, World!" -> "hello-world" (at most 80 characters). */
export function slugifyTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug === '' ? 'untitled' : slug;
}

export interface PublicProfile {
  displayName: string;
  website: string;
}

/** The member's name linked to the website they entered in their profile. */
export function renderProfileLink(profile: PublicProfile): string {
  const label = escapeHtml(profile.displayName);
  if (profile.website.trim() === '') {
    return `<span class="profile-name">${label}</span>`;
  }
  const href = escapeHtml(profile.website.trim());
  return `<a class="profile-link" href="${href}" rel="nofollow noopener">${label}</a>`;
}
