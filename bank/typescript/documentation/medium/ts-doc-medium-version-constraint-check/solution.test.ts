import assert from 'node:assert/strict';
import { test } from 'node:test';
import { satisfies } from './solution.js';

test('case 01', () => {
  assert.deepEqual(satisfies("1.4.2", ">=1.2.0 <2.0.0"), true);
});

test('case 02', () => {
  assert.deepEqual(satisfies("2.0.0", ">=1.2.0 <2.0.0"), false);
});

test('case 03', () => {
  assert.deepEqual(satisfies("1.2.0", ">=1.2.0"), true);
});

test('case 04', () => {
  assert.deepEqual(satisfies("1.10.0", ">1.9.9"), true);
});

test('case 05', () => {
  assert.deepEqual(satisfies("1.10.0", "<1.9.0"), false);
});

test('case 06', () => {
  assert.deepEqual(satisfies("3.0.0", "=3.0.0"), true);
});

test('case 07', () => {
  assert.deepEqual(satisfies("3.0.1", "=3.0.0"), false);
});

test('case 08', () => {
  assert.deepEqual(satisfies("0.5.0", "<0.1.0 || >=0.5.0"), true);
});

test('case 09', () => {
  assert.deepEqual(satisfies("0.3.0", "<0.1.0 || >=0.5.0"), false);
});

test('case 10', () => {
  assert.deepEqual(satisfies("2.1.0", ">=1.0.0 <2.0.0||>=2.1.0 <=2.1.0"), true);
});

test('case 11', () => {
  assert.deepEqual(satisfies("1.0.0", ">1.0.0 <1.0.0"), false);
});

test('case 12', () => {
  assert.deepEqual(satisfies("10.0.0", "<=9.99.99"), false);
});

test('case 13', () => {
  assert.deepEqual(satisfies("0.0.0", "<=0.0.0 >=0.0.0"), true);
});

test('case 14', () => {
  assert.deepEqual(satisfies("1.2.3", "  >1.2.2   <1.2.4  "), true);
});

test('case 15', () => {
  assert.deepEqual(satisfies("1.2.3", "<1.2.3 || >1.2.3 || =1.2.4"), false);
});
