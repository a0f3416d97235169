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
  if (invite.used_count >= invite.max_uses) throw new Error('invite has been used up');
  await db.execute('INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, $3)', [invite.org_id, userId, 'member']);
  await db.execute('UPDATE invites SET used_count = $1 WHERE id = $2', [invite.used_count + 1, invite.id]);
  return invite.org_id;
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

export interface CustomerRow {
  id: string;
  email: string;
  display_name: string;
}

/** The customer with this e-mail address (case-insensitive), or null. */
export async function findCustomerByEmail(db: SqlClient, email: string): Promise<CustomerRow | null> {
  const normalized = email.trim().toLowerCase();
  const rows = await db.query<CustomerRow>(
    `SELECT id, email, display_name FROM customers WHERE lower(email) = '${normalized}' LIMIT 1`,
  );
  return rows[0] ?? null;
}
