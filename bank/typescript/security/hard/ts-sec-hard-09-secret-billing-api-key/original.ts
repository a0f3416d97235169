import * as fsp from 'node:fs/promises';
import * as path from 'node:path';

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

/** Splits one CSV line into fields (RFC 4180 quoting: "a ""quoted"" field", commas inside quotes). */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (quoted) {
      if (ch === '"' && line.charAt(i + 1) === '"') {
        current += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"' && current === '') quoted = true;
    else if (ch === ',') {
      fields.push(current);
      current = '';
    } else current += ch;
  }
  fields.push(current);
  return fields;
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

/** The bytes of a stored avatar image, by the file name kept in the user's profile. */
export async function readAvatarFile(avatarDir: string, fileName: string): Promise<Buffer> {
  const root = path.resolve(avatarDir);
  const fullPath = path.resolve(root, fileName);
  if (!fullPath.startsWith(root + path.sep)) {
    throw new Error('avatar path outside the avatar directory');
  }
  if (!/\.(png|jpe?g|webp)$/i.test(fullPath)) {
    throw new Error('unsupported avatar type');
  }
  return fsp.readFile(fullPath);
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

const PARTNER_FEED_HOSTS: ReadonlySet<string> = new Set(['feeds.partner-one.example', 'export.partner-two.example']);

/** Downloads a partner's product feed from the URL the partner registered. */
export async function fetchPartnerFeed(feedUrl: string): Promise<string> {
  const url = new URL(feedUrl);
  if (url.protocol !== 'https:' || !PARTNER_FEED_HOSTS.has(url.hostname) || url.port !== '') {
    throw new Error(`feed host ${url.hostname} is not an approved partner`);
  }
  const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`feed answered ${response.status}`);
  return response.text();
}

/** An organisation owner changes the role of another member of the owner's organisation. */
export async function changeMemberRole(
  db: SqlClient,
  caller: Caller,
  memberUserId: string,
  newRole: Caller['role'],
): Promise<void> {
  if (caller.role !== 'owner') {
    throw new Error('forbidden: only organisation owners can manage roles');
  }
  if (memberUserId === caller.userId) {
    throw new Error('you cannot change your own role');
  }
  const result = await db.execute('UPDATE memberships SET role = $1 WHERE user_id = $2', [newRole, memberUserId]);
  if (result.rowCount === 0) throw new Error('no such member');
}
