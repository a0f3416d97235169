import assert from 'node:assert/strict';
import { test } from 'node:test';
import { durationToSeconds } from './solution.js';

test('case 01', () => {
  assert.deepEqual(durationToSeconds("1h30m"), 5400);
});

test('case 02', () => {
  assert.deepEqual(durationToSeconds("45s"), 45);
});

test('case 03', () => {
  assert.deepEqual(durationToSeconds("2d"), 172800);
});

test('case 04', () => {
  assert.deepEqual(durationToSeconds("1d2h3m4s"), 93784);
});

test('case 05', () => {
  assert.deepEqual(durationToSeconds("90m"), 5400);
});

test('case 06', () => {
  assert.deepEqual(durationToSeconds("0s"), 0);
});

test('case 07', () => {
  assert.deepEqual(durationToSeconds("007m"), 420);
});

test('case 08', () => {
  assert.deepEqual(durationToSeconds("1h1s"), 3601);
});

test('case 09', () => {
  assert.deepEqual(durationToSeconds("10h0m"), 36000);
});

test('case 10', () => {
  assert.deepEqual(durationToSeconds("100s"), 100);
});

test('case 11', () => {
  assert.deepEqual(durationToSeconds("3d59s"), 259259);
});

test('case 12', () => {
  assert.throws(() => durationToSeconds("30m1h"));
});

test('case 13', () => {
  assert.throws(() => durationToSeconds("1h30"));
});

test('case 14', () => {
  assert.throws(() => durationToSeconds("1h 30m"));
});
