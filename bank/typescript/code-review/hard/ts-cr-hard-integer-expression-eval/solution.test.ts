import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateExpression } from './solution.js';

test('case 01', () => {
  assert.deepEqual(evaluateExpression("1 + 2 * 3"), 7);
});

test('case 02', () => {
  assert.deepEqual(evaluateExpression("(1 + 2) * 3"), 9);
});

test('case 03', () => {
  assert.deepEqual(evaluateExpression("2 ^ 3 ^ 2"), 512);
});

test('case 04', () => {
  assert.deepEqual(evaluateExpression("-2^2"), -4);
});

test('case 05', () => {
  assert.deepEqual(evaluateExpression("(-2)^2"), 4);
});

test('case 06', () => {
  assert.deepEqual(evaluateExpression("-7 / 2"), -3);
});

test('case 07', () => {
  assert.deepEqual(evaluateExpression("-7 % 2"), -1);
});

test('case 08', () => {
  assert.deepEqual(evaluateExpression("7%-2"), 1);
});

test('case 09', () => {
  assert.deepEqual(evaluateExpression("10 - 4 - 3"), 3);
});

test('case 10', () => {
  assert.deepEqual(evaluateExpression("--3"), 3);
});

test('case 11', () => {
  assert.deepEqual(evaluateExpression("100 / 7 * 7 + 100 % 7"), 100);
});

test('case 12', () => {
  assert.deepEqual(evaluateExpression("2*-3"), -6);
});

test('case 13', () => {
  assert.deepEqual(evaluateExpression("  42  "), 42);
});

test('case 14', () => {
  assert.throws(() => evaluateExpression("1 / (3 - 3)"));
});

test('case 15', () => {
  assert.throws(() => evaluateExpression("2 * (3 + 4"));
});

test('case 16', () => {
  assert.throws(() => evaluateExpression("2 ^ -1"));
});
