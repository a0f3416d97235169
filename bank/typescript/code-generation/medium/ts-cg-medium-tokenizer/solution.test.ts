import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './solution.js';
import type { Token } from './solution.js';

function brief(tokens: Token[]): string[] {
  return tokens.map((token) => `${token.kind}:${token.value}@${token.offset}`);
}

test('tokenizes the example statement', () => {
  assert.deepEqual(tokenize('x1 = 3.5*(y <= "a\\"b")'), [
    { kind: 'identifier', value: 'x1', offset: 0 },
    { kind: 'operator', value: '=', offset: 3 },
    { kind: 'number', value: '3.5', offset: 5 },
    { kind: 'operator', value: '*', offset: 8 },
    { kind: 'operator', value: '(', offset: 9 },
    { kind: 'identifier', value: 'y', offset: 10 },
    { kind: 'operator', value: '<=', offset: 12 },
    { kind: 'string', value: 'a"b', offset: 15 },
    { kind: 'operator', value: ')', offset: 21 },
  ]);
});

test('empty and whitespace-only input give no tokens', () => {
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize(' \t\r\n '), []);
});

test('takes the longest operator', () => {
  assert.deepEqual(brief(tokenize('a<=b>=c==d!=e&&f||!g')), [
    'identifier:a@0', 'operator:<=@1', 'identifier:b@3', 'operator:>=@4', 'identifier:c@6',
    'operator:==@7', 'identifier:d@9', 'operator:!=@10', 'identifier:e@12', 'operator:&&@13',
    'identifier:f@15', 'operator:||@16', 'operator:!@18', 'identifier:g@19',
  ]);
  assert.deepEqual(brief(tokenize('<>=')), ['operator:<@0', 'operator:>=@1']);
});

test('single-character operators and separators', () => {
  const values = tokenize('+ - * / % = < > ! ( ) , ;').map((token) => token.value);
  assert.deepEqual(values, ['+', '-', '*', '/', '%', '=', '<', '>', '!', '(', ')', ',', ';']);
});

test('numbers and identifiers with underscores and digits', () => {
  assert.deepEqual(brief(tokenize('_a1 0 007 12.50 b_2')), [
    'identifier:_a1@0', 'number:0@4', 'number:007@6', 'number:12.50@10', 'identifier:b_2@16',
  ]);
});

test('minus is an operator, not part of a number', () => {
  assert.deepEqual(brief(tokenize('-4-x')), [
    'operator:-@0', 'number:4@1', 'operator:-@2', 'identifier:x@3',
  ]);
});

test('decodes string escapes and keeps raw newlines', () => {
  assert.deepEqual(tokenize('"tab\\there\\\\ \\n\nend"'), [
    { kind: 'string', value: 'tab\there\\ \n\nend', offset: 0 },
  ]);
  assert.deepEqual(tokenize('""'), [{ kind: 'string', value: '', offset: 0 }]);
});

test('string offsets follow preceding tokens', () => {
  assert.deepEqual(brief(tokenize('f("x", "")')), [
    'identifier:f@0', 'operator:(@1', 'string:x@2', 'operator:,@5', 'string:@7', 'operator:)@9',
  ]);
});

test('unexpected characters throw SyntaxError with offset', () => {
  assert.throws(() => tokenize('a @ b'), { name: 'SyntaxError', message: /at offset 2$/ });
  assert.throws(() => tokenize('a & b'), { name: 'SyntaxError', message: /at offset 2$/ });
  assert.throws(() => tokenize('x | y'), { name: 'SyntaxError', message: /at offset 2$/ });
});

test('dot without following digit is an error', () => {
  assert.throws(() => tokenize('1.'), { name: 'SyntaxError', message: /at offset 1$/ });
  assert.throws(() => tokenize('.5'), { name: 'SyntaxError', message: /at offset 0$/ });
});

test('number followed by a letter is an error', () => {
  assert.throws(() => tokenize('x = 12ab'), { name: 'SyntaxError', message: /at offset 6$/ });
  assert.throws(() => tokenize('3.5_'), { name: 'SyntaxError', message: /at offset 3$/ });
});

test('bad escapes and unterminated strings are errors', () => {
  assert.throws(() => tokenize('"ok\\q"'), { name: 'SyntaxError', message: /at offset 3$/ });
  assert.throws(() => tokenize('x "abc'), { name: 'SyntaxError', message: /at offset 2$/ });
  assert.throws(() => tokenize('"abc\\"'), { name: 'SyntaxError', message: /at offset 0$/ });
});
