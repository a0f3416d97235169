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

/** Exponential back-off for retrying a failed outbound call: 500 ms, 1 s, 2 s, ... capped at 60 s. */
export function retryDelayMs(attempt: number, retryAfterHeader?: string): number {
  if (retryAfterHeader !== undefined && /^\d{1,5}$/.test(retryAfterHeader)) {
    return Math.min(Number(retryAfterHeader) * 1000, 60_000);
  }
  const exponent = Math.min(Math.max(Math.trunc(attempt), 0), 10);
  return Math.min(500 * 2 ** exponent, 60_000);
}

type PreferenceTree = Record<string, unknown>;

/** Deep-merges a JSON PATCH body (already JSON.parse'd) into the user's stored preferences. */
export function applyPreferencePatch(target: PreferenceTree, patch: PreferenceTree): PreferenceTree {
  for (const [key, value] of Object.entries(patch)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const current = Object.hasOwn(target, key) ? target[key] : undefined;
      const base = current !== null && typeof current === 'object' ? (current as PreferenceTree) : {};
      target[key] = applyPreferencePatch(base, value as PreferenceTree);
    } else {
      target[key] = value;
    }
  }
  return target;
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
  let url: URL | null = null;
  try {
    url = new URL(profile.website.trim());
  } catch {
    url = null;
  }
  if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return `<span class="profile-name">${label}</span>`;
  }
  return `<a class="profile-link" href="${escapeHtml(url.href)}" rel="nofollow noopener">${label}</a>`;
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
