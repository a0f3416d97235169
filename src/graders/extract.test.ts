import { describe, expect, it } from 'vitest';
import { extractCode } from './extract.js';

describe('extractCode', () => {
  it('takes the block tagged with the language out of prose', () => {
    const answer = 'Here is my solution:\n\n```python\ndef f():\n    return 1\n```\n\nIt returns one.';
    expect(extractCode(answer, 'python')).toEqual({ code: 'def f():\n    return 1', method: 'fenced:python' });
  });

  it('prefers the longest block of the right language over a short usage example', () => {
    const answer = '```ts\nf();\n```\nand the code:\n```typescript\nexport function f(): number {\n  return 1;\n}\n```';
    expect(extractCode(answer, 'typescript').code).toContain('export function f');
  });

  it('prefers a tagged block over an untagged one, and an untagged one over a wrong tag', () => {
    expect(extractCode('```\nA = 1\n```\n```python\nB = 2\n```', 'python').code).toBe('B = 2');
    expect(extractCode('```js\nconst a = 1;\n```\n```\nlet b = 2;\n```', 'typescript')).toEqual({ code: 'let b = 2;', method: 'fenced:untagged' });
    expect(extractCode('```js\nexport const a = 1;\n```', 'typescript')).toEqual({ code: 'export const a = 1;', method: 'fenced:other:js' });
  });

  it('takes the whole answer as code when there are no fences', () => {
    expect(extractCode('def f():\n    return 2\n', 'python')).toEqual({ code: 'def f():\n    return 2\n', method: 'unfenced' });
  });

  it('takes an unclosed fence to the end of the answer', () => {
    expect(extractCode('```python\nx = 1\ny = 2', 'python').code).toBe('x = 1\ny = 2');
  });

  it('handles tildes, CRLF line ends and longer fences containing shorter ones', () => {
    expect(extractCode('~~~python\r\nx = 1\r\n~~~\r\n', 'python').code).toBe('x = 1');
    expect(extractCode('````python\ns = """\n```\n"""\n````', 'python').code).toBe('s = """\n```\n"""');
  });

  it('reports an empty answer as empty', () => {
    expect(extractCode('', 'python')).toEqual({ code: '', method: 'empty' });
    expect(extractCode('```python\n```', 'python')).toEqual({ code: '', method: 'empty' });
  });
});
