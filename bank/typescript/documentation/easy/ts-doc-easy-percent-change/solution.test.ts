import assert from 'node:assert/strict';
import { test } from 'node:test';
import { percentChange } from './solution.js';

test('case 01', () => {
  const actual = percentChange(50, 75);
  const expected = 50;
  assert.ok(Math.abs(actual - expected) <= 1e-6, `expected ${expected}, got ${actual}`);
});

test('case 02', () => {
  const actual = percentChange(200, 150);
  const expected = -25;
  assert.ok(Math.abs(actual - expected) <= 1e-6, `expected ${expected}, got ${actual}`);
});

test('case 03', () => {
  const actual = percentChange(10, 10);
  const expected = 0;
  assert.ok(Math.abs(actual - expected) <= 1e-6, `expected ${expected}, got ${actual}`);
});

test('case 04', () => {
  const actual = percentChange(1, 0);
  const expected = -100;
  assert.ok(Math.abs(actual - expected) <= 1e-6, `expected ${expected}, got ${actual}`);
});

test('case 05', () => {
  const actual = percentChange(3, 4);
  const expected = 33.3333333333;
  assert.ok(Math.abs(actual - expected) <= 1e-6, `expected ${expected}, got ${actual}`);
});

test('case 06', () => {
  const actual = percentChange(-10, -5);
  const expected = 50;
  assert.ok(Math.abs(actual - expected) <= 1e-6, `expected ${expected}, got ${actual}`);
});

test('case 07', () => {
  const actual = percentChange(-10, -20);
  const expected = -100;
  assert.ok(Math.abs(actual - expected) <= 1e-6, `expected ${expected}, got ${actual}`);
});

test('case 08', () => {
  const actual = percentChange(0.5, 1.5);
  const expected = 200;
  assert.ok(Math.abs(actual - expected) <= 1e-6, `expected ${expected}, got ${actual}`);
});

test('case 09', () => {
  const actual = percentChange(4, 2.5);
  const expected = -37.5;
  assert.ok(Math.abs(actual - expected) <= 1e-6, `expected ${expected}, got ${actual}`);
});

test('case 10', () => {
  const actual = percentChange(100, 1000);
  const expected = 900;
  assert.ok(Math.abs(actual - expected) <= 1e-6, `expected ${expected}, got ${actual}`);
});

test('case 11', () => {
  const actual = percentChange(-4, 2);
  const expected = 150;
  assert.ok(Math.abs(actual - expected) <= 1e-6, `expected ${expected}, got ${actual}`);
});

test('case 12', () => {
  assert.throws(() => percentChange(0, 5));
});

test('case 13', () => {
  assert.throws(() => percentChange(0, 0));
});
