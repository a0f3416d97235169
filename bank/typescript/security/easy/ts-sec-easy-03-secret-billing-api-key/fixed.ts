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

export interface PageParams {
  limit: number;
  offset: number;
}

/** Reads ?limit=&offset= with defaults and bounds (limit 1-100, default 20; offset >= 0). */
export function parsePageParams(query: Record<string, string | undefined>): PageParams {
  const toInt = (raw: string | undefined, fallback: number): number => {
    if (raw === undefined || !/^\d{1,9}$/.test(raw)) return fallback;
    return Number.parseInt(raw, 10);
  };
  const limit = Math.min(Math.max(toInt(query['limit'], 20), 1), 100);
  const offset = toInt(query['offset'], 0);
  return { limit, offset };
}
