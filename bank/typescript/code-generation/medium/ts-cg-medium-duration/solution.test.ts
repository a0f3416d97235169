import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, parseDuration } from './solution.js';

test('parses single components', () => {
  assert.equal(parseDuration('45s'), 45);
  assert.equal(parseDuration('2m'), 120);
  assert.equal(parseDuration('3h'), 10_800);
  assert.equal(parseDuration('2d'), 172_800);
});

test('parses combined components', () => {
  assert.equal(parseDuration('1h30m'), 5400);
  assert.equal(parseDuration('1d2h3m4s'), 93_784);
  assert.equal(parseDuration('1d5s'), 86_405);
});

test('parses zero, leading zeros and oversized components', () => {
  assert.equal(parseDuration('0s'), 0);
  assert.equal(parseDuration('007m'), 420);
  assert.equal(parseDuration('90m'), 5400);
  assert.equal(parseDuration('100h'), 360_000);
});

test('rejects units out of order or repeated', () => {
  assert.throws(() => parseDuration('30m1h'), SyntaxError);
  assert.throws(() => parseDuration('1h1h'), SyntaxError);
  assert.throws(() => parseDuration('1s1s'), SyntaxError);
  assert.throws(() => parseDuration('5s1d'), SyntaxError);
});

test('rejects malformed text', () => {
  const invalid = ['', ' 1h', '1h 30m', '1H', '1w', 'h', '10', '-1h', '+1h', '1.5h', '1hm', 'abc'];
  for (const text of invalid) {
    assert.throws(() => parseDuration(text), SyntaxError, text);
  }
});

test('formats canonical durations', () => {
  assert.equal(formatDuration(5400), '1h30m');
  assert.equal(formatDuration(90_061), '1d1h1m1s');
  assert.equal(formatDuration(3600), '1h');
  assert.equal(formatDuration(59), '59s');
  assert.equal(formatDuration(86_400 * 3 + 7), '3d7s');
});

test('formats zero as 0s', () => {
  assert.equal(formatDuration(0), '0s');
});

test('format rejects invalid numbers of seconds', () => {
  for (const value of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
    assert.throws(() => formatDuration(value), RangeError, String(value));
  }
});

test('parse and format round-trip', () => {
  for (const seconds of [0, 1, 59, 60, 61, 3599, 3600, 86_399, 86_400, 1_000_000]) {
    assert.equal(parseDuration(formatDuration(seconds)), seconds);
  }
  assert.equal(formatDuration(parseDuration('90m')), '1h30m');
});
