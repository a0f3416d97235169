import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPostfix } from './solution.js';

test('case 01', () => {
  assert.deepEqual(runPostfix(["3", "4", "+", "2", "*"]), 14);
});

test('case 02', () => {
  assert.deepEqual(runPostfix(["5", "dup", "*"]), 25);
});

test('case 03', () => {
  assert.deepEqual(runPostfix(["2", "10", "swap", "/"]), 5);
});

test('case 04', () => {
  assert.deepEqual(runPostfix(["-7", "2", "/"]), -3);
});

test('case 05', () => {
  assert.deepEqual(runPostfix(["7", "-2", "/"]), -3);
});

test('case 06', () => {
  assert.deepEqual(runPostfix(["42"]), 42);
});

test('case 07', () => {
  assert.deepEqual(runPostfix(["1", "2", "drop"]), 1);
});

test('case 08', () => {
  assert.deepEqual(runPostfix(["10", "3", "-", "dup", "dup", "*", "*"]), 343);
});

test('case 09', () => {
  assert.deepEqual(runPostfix(["-3", "-4", "*"]), 12);
});

test('case 10', () => {
  assert.deepEqual(runPostfix(["0", "5", "-"]), -5);
});

test('case 11', () => {
  assert.deepEqual(runPostfix(["1", "2", "3", "drop", "swap", "-"]), 1);
});

test('case 12', () => {
  assert.throws(() => runPostfix(["1", "+"]));
});

test('case 13', () => {
  assert.throws(() => runPostfix(["4", "0", "/"]));
});

test('case 14', () => {
  assert.throws(() => runPostfix(["1", "2"]));
});
