import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMismatch, isBalanced } from './solution.js';

test('balanced nested brackets with other characters', () => {
  assert.equal(findMismatch('f(a[1], {b: 2})'), -1);
  assert.equal(isBalanced('f(a[1], {b: 2})'), true);
});

test('empty and bracket-free text is balanced', () => {
  assert.equal(findMismatch(''), -1);
  assert.equal(isBalanced('plain text'), true);
});

test('wrong closing bracket is reported at its index', () => {
  assert.equal(findMismatch('(]'), 1);
  assert.equal(findMismatch('x{(}'), 3);
});

test('closing bracket with nothing open is reported', () => {
  assert.equal(findMismatch('a)b('), 1);
  assert.equal(findMismatch('}'), 0);
});

test('unclosed brackets report the earliest opener', () => {
  assert.equal(findMismatch('[(a) (b'), 0);
  assert.equal(findMismatch('ok {[('), 3);
});

test('a single unclosed opener after balanced pairs', () => {
  assert.equal(findMismatch('()[]{'), 4);
});

test('mismatch is reported before later unclosed brackets', () => {
  assert.equal(findMismatch('((]'), 2);
});

test('isBalanced is false for every kind of mismatch', () => {
  assert.equal(isBalanced('(]'), false);
  assert.equal(isBalanced(')('), false);
  assert.equal(isBalanced('{{}'), false);
});

test('interleaved pairs are not balanced', () => {
  assert.equal(findMismatch('([)]'), 2);
});
