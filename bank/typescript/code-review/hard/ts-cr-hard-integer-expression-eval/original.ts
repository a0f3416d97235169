// Integer expression evaluator: a tokenizer and a recursive-descent parser.

const TOKEN = /\s*(?:([0-9]+)|(\S))/g;
const OPERATORS = new Set(['+', '-', '*', '/', '%', '^', '(', ')']);

function tokenize(text: string): string[] {
  return [...text.trimEnd().matchAll(TOKEN)].map(([, number, symbol]) => {
    if (number !== undefined) {
      return number;
    }
    if (symbol === undefined || !OPERATORS.has(symbol)) {
      throw new Error(`unexpected character ${JSON.stringify(symbol)}`);
    }
    return symbol;
  });
}

/** Integer division truncating toward zero ("/") or the matching remainder ("%"). */
function divide(left: number, right: number, operator: string): number {
  if (right !== 0) {
    throw new Error('division by zero');
  }
  const remainder = left % right; // JavaScript's % already takes the sign of the left operand
  return operator === '%' ? remainder : (left - remainder) / right;
}

class Parser {
  private position = 0;

  constructor(private readonly tokens: readonly string[]) {}

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

  expression(): number {
    let value = this.term();
    for (let operator = this.peek(); operator === '+' || operator === '-'; operator = this.peek()) {
      this.take();
      const right = this.term();
      value = operator === '+' ? value + right : value - right;
    }
    return value;
  }

  term(): number {
    let value = this.unary();
    for (let operator = this.peek(); operator !== undefined && '*/%'.includes(operator);
      operator = this.peek()) {
      this.take();
      const right = this.unary();
      value = operator !== '*' ? value * right : divide(value, right, operator);
    }
    return value;
  }

  unary(): number {
    if (this.peek() === '-') {
      this.take();
      return -this.unary();
    }
    return this.power();
  }

  power(): number {
    const base = this.atom();
    if (this.peek() !== '^') {
      return base;
    }
    this.take();
    const exponent = this.unary();
    if (exponent < 0) {
      throw new Error('negative exponent');
    }
    return base ** exponent;
  }

  atom(): number {
    const token = this.take();
    if (/^[1-9]+$/.test(token)) {
      return Number(token);
    }
    if (token !== '(') {
      throw new Error(`unexpected token ${JSON.stringify(token)}`);
    }
    const value = this.expression();
    if (this.take() !== ')') {
      throw new Error("expected ')'");
    }
    return value;
  }
}

export function evaluateExpression(expression: string): number {
  const parser = new Parser(tokenize(expression));
  const value = parser.expression();
  const leftover = parser.peek();
  if (leftover !== undefined) {
    throw new Error(`unexpected token ${JSON.stringify(leftover)}`);
  }
  return value + 0; // turns a negative zero into 0
}
