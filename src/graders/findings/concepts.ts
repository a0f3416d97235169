/**
 * The kinds of issue a review or security finding can name, each with the CWE ids and the phrases reviewers use for
 * it. Phrases are compared after normalisation (lower case, punctuation dropped, words stemmed: see `words`), so
 * "SQL-injection", "SQL injections" and "injecting SQL" all meet `sql inject`. docs/scoring.md explains the method.
 */
export interface Concept {
  /** The kind name used by ground-truth issues (`kind`). */
  name: string;
  cwes: readonly number[];
  phrases: readonly string[];
}

export const CONCEPTS: readonly Concept[] = [
  {
    name: 'injection',
    cwes: [74, 77, 78, 88, 89, 90, 94, 95, 564, 643, 917, 943, 1236],
    phrases: [
      'inject', 'sqli', 'sql inject', 'command inject', 'shell inject', 'code inject', 'unsanitized', 'unsanitised',
      'not sanitized', 'not sanitised', 'unescaped input', 'string concatenation', 'concatenat', 'interpolat',
      'parameterized', 'parameterised', 'parametrized', 'prepared statement', 'bind parameter', 'bound parameter',
      'placeholder', 'shell true', 'shell metacharacter', 'arbitrary command', 'execute arbitrary', 'eval',
      'remote code execution', 'rce', 'format string',
    ],
  },
  {
    name: 'path-traversal',
    cwes: [22, 23, 24, 35, 36, 73, 98],
    phrases: [
      'path traversal', 'directory traversal', 'traversal', 'dot dot', 'dotdot', 'zip slip', 'file inclusion',
      'arbitrary file', 'outside the base', 'outside the upload', 'outside the directory', 'escape the directory',
      'escapes the directory', 'escape the base', 'canonical path', 'canonicalize', 'canonicalise', 'normalize the path',
      'normalise the path', 'absolute path', 'user controlled path', 'user supplied path', 'file name from the user',
    ],
  },
  {
    name: 'xss',
    cwes: [79, 80, 83, 87],
    phrases: [
      'xss', 'cross site script', 'html inject', 'script inject', 'unescaped', 'not escaped', 'escape html', 'html escape',
      'html encode', 'output encod', 'sanitize html', 'sanitise html', 'markup inject', 'inner html', 'innerhtml',
      'raw html', 'script tag',
    ],
  },
  {
    name: 'ssrf',
    cwes: [918, 441],
    phrases: [
      'ssrf', 'server side request forgery', 'request forgery', 'internal network', 'internal service', 'metadata',
      'arbitrary url', 'arbitrary host', 'user controlled url', 'user supplied url', 'attacker controlled url',
      'allow list', 'allowlist', 'whitelist', 'localhost', '169 254', 'private ip', 'internal address',
    ],
  },
  {
    name: 'deserialization',
    cwes: [502, 915],
    phrases: [
      'deserializ', 'deserialis', 'unmarshal', 'unpickl', 'pickle', 'marshal load', 'yaml load', 'unsafe load',
      'objectinputstream', 'readobject', 'binaryformatter', 'typenamehandling', 'untrusted data', 'gadget',
      'arbitrary object', 'arbitrary type', 'type name from', 'activator', 'object instantiat', 'trusts the length',
      'length field', 'length prefix',
    ],
  },
  {
    name: 'secrets',
    cwes: [798, 259, 321, 260, 547, 540],
    phrases: [
      'hard coded', 'hardcoded', 'hard code', 'embedded secret', 'embedded credential', 'embedded password',
      'embedded key', 'secret in source', 'secret in the source', 'credential in source', 'key in source',
      'checked in', 'committed', 'plaintext password', 'plain text password', 'api key in', 'literal secret',
      'literal password', 'literal key', 'environment variable', 'secret manag', 'vault',
    ],
  },
  {
    name: 'weak-crypto',
    cwes: [326, 327, 328, 329, 330, 759, 760, 916, 1204, 780, 325],
    phrases: [
      'md5', 'sha1', 'sha 1', 'weak hash', 'fast hash', 'broken hash', 'insecure hash', 'ecb', 'static iv', 'fixed iv',
      'constant iv', 'reused iv', 'reused nonce', 'iv reuse', 'nonce reuse', 'weak cipher', 'weak crypto', 'broken crypto',
      'insecure crypto', 'des', '3des', 'rc4', 'unsalted', 'no salt', 'without salt', 'salt', 'key size', 'short key',
      'key length', 'bcrypt', 'scrypt', 'argon2', 'pbkdf2', 'key derivation', 'password hash', 'weak encrypt',
    ],
  },
  {
    name: 'access-control',
    cwes: [284, 285, 639, 862, 863, 732, 269, 306, 287, 425, 566],
    phrases: [
      'access control', 'authoriz', 'authoris', 'idor', 'insecure direct object', 'direct object reference', 'ownership',
      'owner check', 'belongs to', 'permission', 'privilege', 'any user can', 'any authenticated user', 'other user',
      'another user', 'other users', 'role check', 'admin check', 'missing check', 'not checked', 'authenticat',
      'elevation', 'escalat',
    ],
  },
  {
    name: 'race-condition',
    cwes: [362, 363, 364, 366, 367, 368, 377, 667, 820, 821, 1223],
    phrases: [
      'race', 'toctou', 'time of check', 'check then', 'check and then', 'concurren', 'atomic', 'lock', 'mutex',
      'synchroniz', 'synchronis', 'thread safe', 'thread unsafe', 'not thread', 'simultaneous', 'interleav',
      'double spend', 'lost update', 'temp file', 'temporary file', 'symlink',
    ],
  },
  {
    name: 'resource-exhaustion',
    cwes: [400, 401, 404, 405, 409, 674, 770, 771, 774, 789, 834, 835, 1050, 1333, 606, 1325],
    phrases: [
      'denial of service', 'dos', 'redos', 'unbounded', 'exhaust', 'no limit', 'without limit', 'without a limit',
      'no size limit', 'size limit', 'no maximum', 'maximum size', 'memory', 'out of memory', 'oom',
      'catastrophic backtrack', 'backtrack', 'exponential', 'recursion depth', 'deep recursion', 'stack overflow',
      'zip bomb', 'decompression bomb', 'billion laughs', 'infinite loop', 'resource consum', 'cap the', 'throttl',
      'large input', 'huge', 'allocat',
    ],
  },
  {
    name: 'open-redirect',
    cwes: [601],
    phrases: ['open redirect', 'unvalidated redirect', 'redirect to', 'redirect url', 'redirect target', 'return url', 'next parameter', 'phishing'],
  },
  {
    name: 'timing-attack',
    cwes: [208, 203, 385],
    phrases: ['timing', 'constant time', 'side channel', 'timingsafeequal', 'compare digest', 'early exit', 'short circuit compar'],
  },
  {
    name: 'weak-random',
    cwes: [330, 331, 334, 335, 338, 340, 341],
    phrases: [
      'predictable', 'insecure random', 'weak random', 'math random', 'not cryptographic', 'non cryptographic',
      'cryptographically secure', 'csprng', 'prng', 'pseudo random', 'pseudorandom', 'seeded', 'guessable', 'securerandom',
      'secrets module', 'random bytes', 'randombytes', 'crypto rand',
    ],
  },
  {
    name: 'xxe',
    cwes: [611, 776, 827],
    phrases: ['xxe', 'external entit', 'xml entit', 'dtd', 'doctype', 'entity expansion', 'entity resolution', 'xml bomb'],
  },
  {
    name: 'log-injection',
    cwes: [117, 93, 113],
    phrases: ['log inject', 'log forg', 'forged log', 'fake log', 'newline', 'crlf', 'carriage return', 'line feed', 'header inject', 'response split'],
  },
  {
    name: 'integer-overflow',
    cwes: [190, 191, 192, 681, 682, 128, 131, 197],
    phrases: ['overflow', 'underflow', 'wrap around', 'wraparound', 'wraps', 'truncat', 'checked add', 'checked mul', 'checked arithmetic', 'saturating', 'integer size', 'narrowing'],
  },
  {
    name: 'logic-error',
    cwes: [670, 682, 697, 193, 480, 483, 484, 835, 1025, 571, 570],
    phrases: [
      'bug', 'wrong', 'incorrect', 'should be', 'should not', 'off by one', 'boundary', 'fencepost', 'edge case', 'inverted',
      'flipped', 'reversed', 'negated', 'operator', 'comparison', 'condition', 'miscomput', 'miscalculat', 'typo',
      'returns the wrong', 'logic error', 'logical error', 'instead of', 'fails when', 'fails for', 'broken',
    ],
  },
];

const BY_NAME = new Map(CONCEPTS.map((concept) => [concept.name, concept]));

/** The concept of a ground-truth issue: by its kind, else by its CWE id; undefined when neither is known. */
export function conceptOf(kind: string, cwe?: number | null): Concept | undefined {
  const named = BY_NAME.get(kind);
  if (named) return named;
  if (cwe === undefined || cwe === null) return undefined;
  return CONCEPTS.find((concept) => concept.cwes.includes(cwe));
}

/** `CWE-89`, `cwe 89`, `89` → 89; null when the text holds no CWE number. */
export function cweNumber(text: string | number | undefined | null): number | null {
  if (text === undefined || text === null) return null;
  if (typeof text === 'number') return Number.isInteger(text) && text > 0 ? text : null;
  const match = /(?:cwe[\s_:-]*)?(\d{1,4})/i.exec(text);
  return match ? Number(match[1]) : null;
}

/** Every CWE number a text names (`CWE-89`, `CWE 22`). */
export function cwesIn(text: string): number[] {
  return [...text.matchAll(/\bcwe[\s_:-]*(\d{1,4})\b/gi)].map((match) => Number(match[1]));
}

const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ions', 'ion', 'ers', 'er', 'ies', 'es', 'ed', 'ly', 's', 'e'];

/** A crude stemmer: enough to meet "injection", "injections", "injected", "injecting" at `inject`. */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The normalised words of a text: lower case, split on anything but letters and digits, stemmed. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(stem);
}

/**
 * True when the phrase's words occur in order and next to each other in `haystack` (normalised words). The last
 * word of the phrase may be a prefix (`concatenat` meets `concatenation`).
 */
export function hasPhrase(haystack: readonly string[], phrase: string): boolean {
  const needle = words(phrase);
  if (needle.length === 0) return false;
  const last = needle.length - 1;
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) {
      const word = haystack[start + offset]!;
      const want = needle[offset]!;
      // The last word may be cut short either way: `concatenat` meets `concatenation` (stemmed `concaten`).
      const ok = offset === last ? word === want || (want.length >= 4 && word.startsWith(want)) || (word.length >= 5 && want.startsWith(word)) : word === want;
      if (!ok) continue outer;
    }
    return true;
  }
  return false;
}

/** True when the text names the concept: one of its CWE ids or one of its phrases. */
export function mentionsConcept(concept: Concept, text: string, haystack: readonly string[] = words(text), cwes = cwesIn(text)): boolean {
  if (cwes.some((cwe) => concept.cwes.includes(cwe))) return true;
  return concept.phrases.some((phrase) => hasPhrase(haystack, phrase));
}
