// Boolean filter evaluator: tokenizer plus recursive-descent parser.

const TOKEN = /\s*(?:([A-Za-z_]\w*)|(\S))/g;
const KEYWORDS = new Set(['and', 'or', 'not', 'true', 'false']);

function tokenize(text: string): string[] {
  return [...text.trimEnd().matchAll(TOKEN)].map(([, word, symbol]) => {
    if (word !== undefined) {
      return word;
    }
    if (symbol !== '(' && symbol !== ')') {
      throw new Error(`unexpected character ${JSON.stringify(symbol)}`);
    }
    return symbol;
  });
}

class Parser {
  private position = 0;

  constructor(
    private readonly tokens: readonly string[],
    private readonly variables: Readonly<Record<string, boolean>>,
  ) {}

  peek(): string | undefined {
    return this.tokens[this.position];
  }

  take(): string {
    const token = this.peek();
    if (token === undefined) {
      throw new Error('unexpected end of expression');
    }
    this.position += 1;
    return token;
  }

  disjunction(): boolean {
    let value = this.conjunction();
    while (this.peek() === 'or') {
      this.take();
      const right = this.conjunction(); // always parsed: errors on the right still count
      value = value || right;
    }
    return value;
  }

  conjunction(): boolean {
    let value = this.negation();
    while (this.peek() === 'and') {
      this.take();
      const right = this.negation();
      value = value && right;
    }
    return value;
  }

  negation(): boolean {
    if (this.peek() === 'not') {
      this.take();
      return !this.negation();
    }
    return this.atom();
  }

  atom(): boolean {
    const token = this.take();
    if (token === '(') {
      const value = this.disjunction();
      if (this.take() !== ')') {
        throw new Error("expected ')'");
      }
      return value;
    }
    if (token === 'true' || token === 'false') {
      return token === 'true';
    }
    if (KEYWORDS.has(token) || token === ')') {
      throw new Error(`unexpected token ${JSON.stringify(token)}`);
    }
    return this.lookup(token);
  }

  private lookup(name: string): boolean {
    const value = Object.hasOwn(this.variables, name) ? this.variables[name] : undefined;
    if (value === undefined) {
      throw new Error(`unknown variable ${JSON.stringify(name)}`);
    }
    return value;
  }
}

export function evaluateFilter(expression: string, variables: Record<string, boolean>): boolean {
  const parser = new Parser(tokenize(expression), variables);
  const value = parser.disjunction();
  const leftover = parser.peek();
  if (leftover !== undefined) {
    throw new Error(`unexpected token ${JSON.stringify(leftover)}`);
  }
  return value;
}
