import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import * as childProcess from 'node:child_process';
import * as crypto from 'node:crypto';

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

type PreferenceTree = Record<string, unknown>;

/** Deep-merges a JSON PATCH body (already JSON.parse'd) into the user's stored preferences. */
export function applyPreferencePatch(target: PreferenceTree, patch: PreferenceTree): PreferenceTree {
  for (const [key, value] of Object.entries(patch)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const current = target[key];
      const base = current !== null && typeof current === 'object' ? (current as PreferenceTree) : {};
      target[key] = applyPreferencePatch(base, value as PreferenceTree);
    } else {
      target[key] = value;
    }
  }
  return target;
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

export interface CommentView {
  author: string;
  postedAt: Date;
  body: string;
}

/** The HTML list of a post's comments (stored, user-written text). */
export function renderCommentThread(comments: readonly CommentView[]): string {
  const items = comments.map((comment) =>
    [
      '<li class="comment">',
      `  <span class="author">${escapeHtml(comment.author)}</span>`,
      `  <time datetime="${comment.postedAt.toISOString()}">${comment.postedAt.toUTCString()}</time>`,
      `  <p>${comment.body.replace(/\n/g, '<br>')}</p>`,
      '</li>',
    ].join('\n'),
  );
  return `<ul class="comments">\n${items.join('\n')}\n</ul>`;
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

/** Renders a square PNG thumbnail of an uploaded image with ImageMagick; resolves to the thumbnail's path. */
export function createThumbnail(uploadDir: string, fileName: string, size: number): Promise<string> {
  if (!Number.isInteger(size) || size < 16 || size > 1024) {
    return Promise.reject(new RangeError('size must be an integer between 16 and 1024'));
  }
  const baseName = path.basename(fileName);
  const source = path.join(uploadDir, baseName);
  const target = path.join(uploadDir, 'thumbs', `${baseName}.png`);
  return new Promise((resolve, reject) => {
    childProcess.exec(`convert "${source}" -thumbnail ${size}x${size} "${target}"`, (error) => {
      if (error) reject(error);
      else resolve(target);
    });
  });
}

/** True when the presented API key matches the stored SHA-256 hash (hex) of the customer's key. */
export function apiKeyMatches(presentedKey: string, storedHashHex: string): boolean {
  const presented = crypto.createHash('sha256').update(presentedKey, 'utf8').digest();
  const stored = Buffer.from(storedHashHex, 'hex');
  if (stored.length !== presented.length) {
    return false;
  }
  return crypto.timingSafeEqual(presented, stored);
}
