import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compactDuration } from './solution.js';

test('case 01', () => {
  assert.deepEqual(compactDuration(3661), "1h 1m 1s");
});

test('case 02', () => {
  assert.deepEqual(compactDuration(90061), "1d 1h 1m 1s");
});

test('case 03', () => {
  assert.deepEqual(compactDuration(0), "0s");
});

test('case 04', () => {
  assert.deepEqual(compactDuration(59), "59s");
});

test('case 05', () => {
  assert.deepEqual(compactDuration(60), "1m");
});

test('case 06', () => {
  assert.deepEqual(compactDuration(3600), "1h");
});

test('case 07', () => {
  assert.deepEqual(compactDuration(86400), "1d");
});

test('case 08', () => {
  assert.deepEqual(compactDuration(86401), "1d 1s");
});

test('case 09', () => {
  assert.deepEqual(compactDuration(7500), "2h 5m");
});

test('case 10', () => {
  assert.deepEqual(compactDuration(1000000), "11d 13h 46m 40s");
});

test('case 11', () => {
  assert.deepEqual(compactDuration(3599), "59m 59s");
});

test('case 12', () => {
  assert.deepEqual(compactDuration(172859), "2d 59s");
});

test('case 13', () => {
  assert.throws(() => compactDuration(-1));
});

test('case 14', () => {
  assert.throws(() => compactDuration(-3600));
});
