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

export interface UserSummary {
  id: number;
  name: string;
}

/** The users with the given ids (for a team page); ids the database does not know are skipped. */
export async function findUsersByIds(db: SqlClient, ids: readonly number[]): Promise<UserSummary[]> {
  if (ids.length === 0) return [];
  if (ids.length > 500 || !ids.every((id) => Number.isSafeInteger(id))) {
    throw new RangeError('between 1 and 500 integer ids');
  }
  const placeholders = ids.map((_, index) => `$${index + 1}`).join(', ');
  return db.query<UserSummary>(`SELECT id, name FROM users WHERE id IN (${placeholders}) ORDER BY name`, ids);
}

/** Validates the custom domain a customer wants to serve their status page on; returns it lower-cased. */
export function normalizeCustomDomain(input: string): string {
  const domain = input.trim().toLowerCase().replace(/\.$/, '');
  if (domain.length > 253 || !/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(domain)) {
    throw new Error('not a valid domain name');
  }
  if (domain.endsWith('.internal') || domain === 'localhost') {
    throw new Error('reserved domain');
  }
  return domain;
}

export interface OrderLine {
  sku: string;
  quantity: number;
  unitPriceCents: number;
}

/** Totals per SKU and overall, in cents; rejects non-integer or negative quantities and prices. */
export function summarizeOrderLines(lines: readonly OrderLine[]): { perSku: Map<string, number>; totalCents: number } {
  const perSku = new Map<string, number>();
  let totalCents = 0;
  for (const line of lines) {
    const validQuantity = Number.isSafeInteger(line.quantity) && line.quantity >= 0;
    const validPrice = Number.isSafeInteger(line.unitPriceCents) && line.unitPriceCents >= 0;
    if (!validQuantity || !validPrice) {
      throw new RangeError(`invalid order line for ${line.sku}`);
    }
    const amount = line.quantity * line.unitPriceCents;
    perSku.set(line.sku, (perSku.get(line.sku) ?? 0) + amount);
    totalCents += amount;
  }
  if (!Number.isSafeInteger(totalCents)) throw new RangeError('order total too large');
  return { perSku, totalCents };
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

/** Registers a customer with the billing provider and returns the provider's customer id. */
export async function createBillingCustomer(email: string, name: string): Promise<string> {
  const apiKey = process.env['BILLING_API_KEY'];
  if (!apiKey) throw new Error('BILLING_API_KEY is not configured');
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

interface InviteRow {
  id: string;
  org_id: string;
  max_uses: number;
  used_count: number;
  expires_at: Date;
}

/** Joins the user to the organisation of a multi-use invite code; returns the organisation id. */
export async function redeemInvite(db: SqlClient, code: string, userId: string): Promise<string> {
  const rows = await db.query<InviteRow>(
    'SELECT id, org_id, max_uses, used_count, expires_at FROM invites WHERE code = $1',
    [code],
  );
  const invite = rows[0];
  if (invite === undefined || invite.expires_at.getTime() < Date.now()) throw new Error('invite is invalid or expired');
  const claimed = await db.execute(
    'UPDATE invites SET used_count = used_count + 1 WHERE id = $1 AND used_count < max_uses AND expires_at > now()',
    [invite.id],
  );
  if (claimed.rowCount === 0) throw new Error('invite has been used up');
  await db.execute('INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, $3)', [invite.org_id, userId, 'member']);
  return invite.org_id;
}
