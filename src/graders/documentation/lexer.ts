import type { Language } from '../../core/index.js';

/** A comment or a string literal of a source file, as offsets [start, end). */
export interface Token {
  kind: 'comment' | 'string';
  start: number;
  end: number;
  terminated: boolean;
}

/** A lexed source file: its tokens and the code with comments and string contents blanked out. */
export interface Lexed {
  code: string;
  /** The code with every comment and the inside of every string replaced by spaces (newlines kept). */
  masked: string;
  tokens: Token[];
  lineStarts: number[];
}

interface CStyle {
  /** TypeScript: regular expression literals and template strings. */
  script?: boolean;
  /** Go: raw strings in backticks. */
  backticks?: boolean;
  /** Single quotes: strings (TypeScript), character literals (Java, C#, Go), characters or lifetimes (Rust). */
  quote: 'string' | 'char' | 'rust';
  /** Rust: nested block comments and raw strings. */
  rust?: boolean;
  /** C#: verbatim, interpolated and raw strings. */
  csharp?: boolean;
  /** Java and C#: text blocks `"""`. */
  textBlocks?: boolean;
}

const C_STYLES: Record<Exclude<Language, 'python' | 'ruby'>, CStyle> = {
  typescript: { script: true, quote: 'string' },
  java: { quote: 'char', textBlocks: true },
  csharp: { quote: 'char', csharp: true, textBlocks: true },
  go: { quote: 'char', backticks: true },
  rust: { quote: 'rust', rust: true },
};

/** 0-based offsets of the start of every line. */
export function lineStartsOf(code: string): number[] {
  const starts = [0];
  for (let i = 0; i < code.length; i++) {
    if (code[i] === '\n') starts.push(i + 1);
  }
  return starts;
}

/** The 0-based line holding an offset. */
export function lineAt(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

const WORD = /[\w$]/;
const isWord = (ch: string | undefined): boolean => ch !== undefined && WORD.test(ch);

/** Scans a C-family file (TypeScript, Java, C#, Go, Rust). */
class CLexer {
  readonly tokens: Token[] = [];
  private lastSignificant = -1;

  constructor(
    private readonly code: string,
    private readonly style: CStyle,
  ) {}

  run(): void {
    this.scanCode(0, false);
  }

  /** Scans code from `i`; with `untilBrace`, stops after the `}` closing an interpolation and returns its end. */
  scanCode(start: number, untilBrace: boolean): number {
    const code = this.code;
    let depth = 0;
    let i = start;
    while (i < code.length) {
      const ch = code[i]!;
      if (ch === '{') depth++;
      if (ch === '}') {
        if (untilBrace && depth === 0) return i + 1;
        depth--;
      }
      const next = this.tokenAt(i);
      if (next > i) {
        i = next;
        continue;
      }
      if (!/\s/.test(ch)) this.lastSignificant = i;
      i++;
    }
    return i;
  }

  /** Scans a token starting at `i` and returns its end, or `i` when none starts there. */
  private tokenAt(i: number): number {
    const code = this.code;
    const ch = code[i]!;
    const next = code[i + 1];
    if (ch === '/' && next === '/') return this.push('comment', i, lineEnd(code, i), true);
    if (ch === '/' && next === '*') return this.blockComment(i);
    if (ch === '"') return this.doubleQuoted(i);
    if (ch === "'") return this.singleQuoted(i);
    if (ch === '`' && this.style.script) return this.template(i);
    if (ch === '`' && this.style.backticks) return this.until(i, i + 1, '`', false);
    if (ch === '/' && this.style.script && this.regexAllowed()) return this.regex(i);
    if (this.style.rust && (ch === 'r' || ch === 'b') && !isWord(code[i - 1])) return this.rustRaw(i);
    if (this.style.csharp && (ch === '@' || ch === '$')) return this.csharpString(i);
    return i;
  }

  private push(kind: Token['kind'], start: number, end: number, terminated: boolean): number {
    this.tokens.push({ kind, start, end, terminated });
    if (kind === 'string') this.lastSignificant = end - 1;
    return end;
  }

  private blockComment(start: number): number {
    const code = this.code;
    let depth = 0;
    let i = start;
    while (i < code.length) {
      if (code.startsWith('/*', i)) {
        depth++;
        i += 2;
        if (!this.style.rust && depth > 1) depth = 1;
        continue;
      }
      if (code.startsWith('*/', i)) {
        depth--;
        i += 2;
        if (depth === 0) return this.push('comment', start, i, true);
        continue;
      }
      i++;
    }
    return this.push('comment', start, code.length, false);
  }

  /** A string from `start` whose body begins at `from` and ends at `close`; escapes with backslashes unless `verbatim`. */
  private until(start: number, from: number, close: string, verbatim: boolean, singleLine = false): number {
    const code = this.code;
    let i = from;
    while (i < code.length) {
      if (!verbatim && code[i] === '\\') {
        i += 2;
        continue;
      }
      if (singleLine && code[i] === '\n') return this.push('string', start, i, false);
      if (code.startsWith(close, i)) {
        if (verbatim && close === '"' && code[i + 1] === '"') {
          i += 2;
          continue;
        }
        return this.push('string', start, i + close.length, true);
      }
      i++;
    }
    return this.push('string', start, code.length, false);
  }

  private doubleQuoted(i: number): number {
    if (this.style.textBlocks && this.code.startsWith('"""', i)) {
      return this.until(i, i + 3, '"""', Boolean(this.style.csharp));
    }
    return this.until(i, i + 1, '"', false, !this.style.rust);
  }

  private singleQuoted(i: number): number {
    const code = this.code;
    if (this.style.quote === 'string') return this.until(i, i + 1, "'", false, true);
    if (code[i + 1] === '\\') return this.until(i, i + 2, "'", false, true);
    const width = (code.codePointAt(i + 1) ?? 0) > 0xffff ? 2 : 1;
    if (code[i + 1 + width] === "'") return this.push('string', i, i + 2 + width, true);
    return this.style.quote === 'rust' ? i : this.until(i, i + 1, "'", false, true);
  }

  private template(start: number): number {
    const code = this.code;
    let i = start + 1;
    while (i < code.length) {
      if (code[i] === '\\') {
        i += 2;
        continue;
      }
      if (code[i] === '`') return this.push('string', start, i + 1, true);
      if (code.startsWith('${', i)) {
        i = this.scanCode(i + 2, true);
        continue;
      }
      i++;
    }
    return this.push('string', start, code.length, false);
  }

  private regexAllowed(): boolean {
    const code = this.code;
    if (this.lastSignificant < 0) return true;
    const prev = code[this.lastSignificant]!;
    if ('(,=:[!&|?{};+-*%<>~^'.includes(prev)) return true;
    if (!isWord(prev)) return false;
    let wordStart = this.lastSignificant;
    while (wordStart > 0 && isWord(code[wordStart - 1])) wordStart--;
    const word = code.slice(wordStart, this.lastSignificant + 1);
    return /^(return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/.test(word);
  }

  private regex(start: number): number {
    const code = this.code;
    let i = start + 1;
    let inClass = false;
    while (i < code.length && code[i] !== '\n') {
      const ch = code[i]!;
      if (ch === '\\') {
        i += 2;
        continue;
      }
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      else if (ch === '/' && !inClass) {
        i++;
        while (isWord(code[i])) i++;
        return this.push('string', start, i, true);
      }
      i++;
    }
    return start;
  }

  private rustRaw(i: number): number {
    const match = /^(b?r)(#*)"/.exec(this.code.slice(i, i + 260));
    if (!match) return i;
    const hashes = match[2]!;
    return this.until(i, i + match[0].length, '"' + hashes, true);
  }

  private csharpString(i: number): number {
    const match = /^(\$+@?|@\$*)("""|")/.exec(this.code.slice(i, i + 12));
    if (!match) return i;
    const prefix = match[1]!;
    const from = i + match[0].length;
    if (match[2] === '"""') return this.until(i, from, '"""', true);
    if (!prefix.includes('$')) return this.until(i, from, '"', true);
    return this.interpolated(i, from, prefix.includes('@'));
  }

  private interpolated(start: number, from: number, verbatim: boolean): number {
    const code = this.code;
    let i = from;
    while (i < code.length) {
      const ch = code[i]!;
      if (!verbatim && ch === '\\') i += 2;
      else if (ch === '{' && code[i + 1] === '{') i += 2;
      else if (ch === '{') i = this.scanCode(i + 1, true);
      else if (ch === '"' && verbatim && code[i + 1] === '"') i += 2;
      else if (ch === '"') return this.push('string', start, i + 1, true);
      else if (ch === '\n' && !verbatim) return this.push('string', start, i, false);
      else i++;
    }
    return this.push('string', start, code.length, false);
  }
}

function lineEnd(code: string, i: number): number {
  const end = code.indexOf('\n', i);
  return end < 0 ? code.length : end;
}

/** Scans a Python file. */
function lexPython(code: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < code.length) {
    const ch = code[i]!;
    if (ch === '#') {
      const end = lineEnd(code, i);
      tokens.push({ kind: 'comment', start: i, end, terminated: true });
      i = end;
    } else if (ch === '"' || ch === "'") {
      const token = pythonString(code, i);
      tokens.push(token);
      i = token.end;
    } else {
      i++;
    }
  }
  return tokens;
}

function pythonString(code: string, quoteAt: number): Token {
  let start = quoteAt;
  while (start > 0 && /[rbfuRBFU]/.test(code[start - 1]!) && quoteAt - start < 2) start--;
  if (isWord(code[start - 1])) start = quoteAt;
  const quote = code[quoteAt]!;
  const triple = code.startsWith(quote.repeat(3), quoteAt);
  const close = triple ? quote.repeat(3) : quote;
  let i = quoteAt + close.length;
  while (i < code.length) {
    if (code[i] === '\\') {
      i += 2;
      continue;
    }
    if (!triple && code[i] === '\n') return { kind: 'string', start, end: i, terminated: false };
    if (code.startsWith(close, i)) return { kind: 'string', start, end: i + close.length, terminated: true };
    i++;
  }
  return { kind: 'string', start, end: code.length, terminated: false };
}

const RUBY_KEYWORDS_BEFORE_OPERAND = /^(if|elsif|unless|when|and|or|not|return|then|while|until|puts|p|print|in|do|else)$/;
const PERCENT_PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

/** Scans a Ruby file. */
class RubyLexer {
  readonly tokens: Token[] = [];
  private lastSignificant = -1;
  private heredocs: { id: string; squiggly: boolean }[] = [];

  constructor(private readonly code: string) {}

  run(): void {
    this.scanCode(0, false);
  }

  scanCode(start: number, untilBrace: boolean): number {
    const code = this.code;
    let depth = 0;
    let i = start;
    while (i < code.length) {
      const ch = code[i]!;
      if (ch === '{') depth++;
      if (ch === '}') {
        if (untilBrace && depth === 0) return i + 1;
        depth--;
      }
      const next = this.tokenAt(i);
      if (next > i) {
        i = next;
        continue;
      }
      if (ch === '\n' && this.heredocs.length > 0) {
        i = this.heredocBodies(i + 1);
        continue;
      }
      if (!/\s/.test(ch)) this.lastSignificant = i;
      i++;
    }
    return i;
  }

  private push(kind: Token['kind'], start: number, end: number, terminated: boolean): number {
    this.tokens.push({ kind, start, end, terminated });
    if (kind === 'string') this.lastSignificant = end - 1;
    return end;
  }

  private tokenAt(i: number): number {
    const code = this.code;
    const ch = code[i]!;
    const atLineStart = i === 0 || code[i - 1] === '\n';
    if (atLineStart && code.startsWith('=begin', i)) return this.blockComment(i);
    if (atLineStart && code.startsWith('__END__', i)) return this.push('comment', i, code.length, true);
    if (ch === '#') return this.push('comment', i, lineEnd(code, i), true);
    if (ch === '"' || ch === '`') return this.interpolated(i, i + 1, ch);
    if (ch === "'") return this.plain(i, i + 1, "'");
    if (ch === '%' && this.operandPosition(i)) return this.percent(i);
    if (ch === '/' && this.operandPosition(i)) return this.interpolated(i, i + 1, '/');
    if (ch === '<' && code[i + 1] === '<') return this.heredocStart(i);
    if (ch === '?' && /^\?[^\s\w]\W/.test(code.slice(i, i + 3)) && this.operandPosition(i)) return i + 2;
    return i;
  }

  private blockComment(start: number): number {
    const match = /^=end.*$/m.exec(this.code.slice(start));
    const end = match ? start + match.index + match[0].length : this.code.length;
    return this.push('comment', start, end, Boolean(match));
  }

  private operandPosition(i: number): boolean {
    const code = this.code;
    if (this.lastSignificant < 0) return true;
    const prev = code[this.lastSignificant]!;
    if ('(,=!&|?:;{[~+-*<>^%'.includes(prev)) return true;
    if (!/\w/.test(prev)) return false;
    let wordStart = this.lastSignificant;
    while (wordStart > 0 && /\w/.test(code[wordStart - 1]!)) wordStart--;
    const word = code.slice(wordStart, this.lastSignificant + 1);
    if (RUBY_KEYWORDS_BEFORE_OPERAND.test(word)) return true;
    const spacedBefore = /\s/.test(code[i - 1] ?? '');
    const spacedAfter = /\s/.test(code[i + 1] ?? ' ');
    return spacedBefore && !spacedAfter && /^[a-z_]\w*[?!]?$/.test(word) && code[wordStart - 1] === '.';
  }

  private plain(start: number, from: number, close: string, open = ''): number {
    const code = this.code;
    let depth = 0;
    let i = from;
    while (i < code.length) {
      const ch = code[i]!;
      if (ch === '\\') {
        i += 2;
        continue;
      }
      if (open && ch === open) depth++;
      else if (ch === close && depth > 0) depth--;
      else if (ch === close) return this.push('string', start, i + 1, true);
      i++;
    }
    return this.push('string', start, code.length, false);
  }

  private interpolated(start: number, from: number, close: string, open = ''): number {
    const code = this.code;
    let depth = 0;
    let i = from;
    while (i < code.length) {
      const ch = code[i]!;
      if (ch === '\\') {
        i += 2;
        continue;
      }
      if (code.startsWith('#{', i)) {
        i = this.scanCode(i + 2, true);
        continue;
      }
      if (open && ch === open) depth++;
      else if (ch === close && depth > 0) depth--;
      else if (ch === close) {
        i++;
        if (close === '/') while (/[a-z]/.test(code[i] ?? '')) i++;
        return this.push('string', start, i, true);
      }
      i++;
    }
    return this.push('string', start, code.length, false);
  }

  private percent(start: number): number {
    const match = /^%([qQwWiIrsx]?)([^\w\s])/.exec(this.code.slice(start, start + 3));
    if (!match) return start;
    const open = match[2]!;
    const close = PERCENT_PAIRS[open] ?? open;
    const nested = close === open ? '' : open;
    const from = start + match[0].length;
    return /[qwis]/.test(match[1]!) ? this.plain(start, from, close, nested) : this.interpolated(start, from, close, nested);
  }

  private heredocStart(start: number): number {
    const match = /^<<([~-]?)(['"`]?)([A-Za-z_]\w*)\2/.exec(this.code.slice(start, start + 80));
    if (!match || (match[1] === '' && !/^[A-Z]/.test(match[3]!))) return start;
    if (match[1] === '' && !this.operandPosition(start)) return start;
    this.heredocs.push({ id: match[3]!, squiggly: match[1] !== '' });
    return this.push('string', start, start + match[0].length, true);
  }

  /** Consumes the bodies of the heredocs opened on the line that just ended; returns where code resumes. */
  private heredocBodies(from: number): number {
    let i = from;
    for (const heredoc of this.heredocs) {
      const start = i;
      let terminated = false;
      while (i < this.code.length) {
        const end = lineEnd(this.code, i);
        const line = this.code.slice(i, end);
        i = Math.min(end + 1, this.code.length);
        if ((heredoc.squiggly ? line.trim() : line) === heredoc.id) {
          terminated = true;
          break;
        }
      }
      this.tokens.push({ kind: 'string', start, end: Math.max(start, i - 1), terminated });
    }
    this.heredocs = [];
    return i;
  }
}

/** Blanks comments and string contents, keeping newlines and string delimiters. */
function mask(code: string, tokens: Token[]): string {
  const chars = code.split('');
  for (const token of tokens) {
    const keepEnds = token.kind === 'string' && token.end - token.start >= 2;
    const from = keepEnds ? token.start + 1 : token.start;
    const to = keepEnds ? token.end - 1 : token.end;
    for (let i = from; i < to; i++) {
      if (chars[i] !== '\n') chars[i] = ' ';
    }
  }
  return chars.join('');
}

/** Drops the tokens nested in others (strings inside interpolations). */
function outermost(tokens: Token[]): Token[] {
  const sorted = [...tokens].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Token[] = [];
  for (const token of sorted) {
    const last = kept[kept.length - 1];
    if (!last || token.start >= last.end) kept.push(token);
  }
  return kept;
}

/** Lexes a source file of a language. */
export function lex(language: Language, code: string): Lexed {
  let tokens: Token[];
  if (language === 'python') {
    tokens = lexPython(code);
  } else if (language === 'ruby') {
    const lexer = new RubyLexer(code);
    lexer.run();
    tokens = lexer.tokens;
  } else {
    const lexer = new CLexer(code, C_STYLES[language]);
    lexer.run();
    tokens = lexer.tokens;
  }
  const outer = outermost(tokens);
  return { code, masked: mask(code, outer), tokens: outer, lineStarts: lineStartsOf(code) };
}
