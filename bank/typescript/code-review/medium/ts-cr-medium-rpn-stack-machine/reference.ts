// A postfix (reverse Polish) integer stack machine with dup, swap and drop.

const INTEGER = /^-?[0-9]+$/;

function divide(a: number, b: number): number {
  if (b === 0) {
    throw new Error('division by zero');
  }
  return (a - (a % b)) / b; // truncates toward zero, exactly
}

const ARITHMETIC: ReadonlyMap<string, (a: number, b: number) => number> = new Map([
  ['+', (a: number, b: number) => a + b],
  ['-', (a: number, b: number) => a - b],
  ['*', (a: number, b: number) => a * b],
  ['/', divide],
]);

const STACK_WORDS: ReadonlyMap<string, (stack: number[]) => void> = new Map([
  ['dup', (stack: number[]) => stack.push(stack.at(-1)!)],
  ['swap', (stack: number[]) => stack.push(...stack.splice(-2).reverse())],
  ['drop', (stack: number[]) => stack.pop()],
]);

const STACK_NEEDS: ReadonlyMap<string, number> = new Map([
  ['dup', 1],
  ['swap', 2],
  ['drop', 1],
]);

function ensureDepth(stack: readonly number[], count: number, token: string): void {
  if (stack.length < count) {
    throw new Error(`stack underflow at ${JSON.stringify(token)}`);
  }
}

function step(stack: number[], token: string): void {
  const operation = ARITHMETIC.get(token);
  const word = STACK_WORDS.get(token);
  if (INTEGER.test(token)) {
    stack.push(Number(token));
  } else if (operation !== undefined) {
    ensureDepth(stack, 2, token);
    const b = stack.pop()!;
    const a = stack.pop()!;
    stack.push(operation(a, b));
  } else if (word !== undefined) {
    ensureDepth(stack, STACK_NEEDS.get(token)!, token);
    word(stack);
  } else {
    throw new Error(`unknown token ${JSON.stringify(token)}`);
  }
}

export function runPostfix(tokens: string[]): number {
  const stack: number[] = [];
  for (const token of tokens) {
    step(stack, token);
  }
  if (stack.length !== 1) {
    throw new Error(`expected one value at the end, found ${stack.length}`);
  }
  return stack[0]! + 0; // turns a negative zero into 0
}
