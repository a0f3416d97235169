import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateFilter } from './solution.js';

test('case 01', () => {
  assert.deepEqual(evaluateFilter("a and not b", { "a": true, "b": false }), true);
});

test('case 02', () => {
  assert.deepEqual(evaluateFilter("a or b and c", { "a": true, "b": false, "c": false }), true);
});

test('case 03', () => {
  assert.deepEqual(evaluateFilter("(a or b) and c", { "a": true, "b": false, "c": false }), false);
});

test('case 04', () => {
  assert.deepEqual(evaluateFilter("not not x", { "x": false }), false);
});

test('case 05', () => {
  assert.deepEqual(evaluateFilter("true and false or true", {}), true);
});

test('case 06', () => {
  assert.deepEqual(evaluateFilter("not (a and b) or c", { "a": true, "b": true, "c": false }), false);
});

test('case 07', () => {
  assert.deepEqual(evaluateFilter("TRUE", { "TRUE": false }), false);
});

test('case 08', () => {
  assert.deepEqual(evaluateFilter("x_1 and _y", { "_y": true, "x_1": true }), true);
});

test('case 09', () => {
  assert.deepEqual(evaluateFilter("not a and b", { "a": false, "b": false }), false);
});

test('case 10', () => {
  assert.deepEqual(evaluateFilter("((flag))", { "flag": true }), true);
});

test('case 11', () => {
  assert.deepEqual(evaluateFilter("a or b or c", { "a": false, "b": false, "c": false }), false);
});

test('case 12', () => {
  assert.deepEqual(evaluateFilter("false or not (p and (q or not r))", { "p": true, "q": false, "r": true, "unused": false }), true);
});

test('case 13', () => {
  assert.throws(() => evaluateFilter("a or missing", { "a": true }));
});

test('case 14', () => {
  assert.throws(() => evaluateFilter("a and", { "a": true }));
});

test('case 15', () => {
  assert.throws(() => evaluateFilter("(a or b", { "a": true, "b": true }));
});
