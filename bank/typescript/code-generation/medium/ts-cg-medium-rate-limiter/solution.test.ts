import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SlidingWindowLimiter } from './solution.js';

function fakeClock(start = 0): { now: () => number; set: (time: number) => void } {
  let time = start;
  return { now: () => time, set: (next: number) => { time = next; } };
}

test('allows up to the limit and then denies', () => {
  const clock = fakeClock();
  const limiter = new SlidingWindowLimiter(2, 1000, clock.now);
  assert.equal(limiter.tryAcquire('a'), true);
  assert.equal(limiter.tryAcquire('a'), true);
  assert.equal(limiter.tryAcquire('a'), false);
  assert.equal(limiter.remaining('a'), 0);
});

test('acquisitions expire exactly at the window boundary', () => {
  const clock = fakeClock();
  const limiter = new SlidingWindowLimiter(2, 1000, clock.now);
  limiter.tryAcquire('a');
  limiter.tryAcquire('a');
  clock.set(999);
  assert.equal(limiter.tryAcquire('a'), false);
  clock.set(1000);
  assert.equal(limiter.tryAcquire('a'), true);
  assert.equal(limiter.remaining('a'), 1);
});

test('window slides acquisition by acquisition', () => {
  const clock = fakeClock();
  const limiter = new SlidingWindowLimiter(2, 100, clock.now);
  assert.equal(limiter.tryAcquire('k'), true);
  clock.set(50);
  assert.equal(limiter.tryAcquire('k'), true);
  clock.set(100);
  assert.equal(limiter.remaining('k'), 1);
  assert.equal(limiter.tryAcquire('k'), true);
  assert.equal(limiter.tryAcquire('k'), false);
  clock.set(150);
  assert.equal(limiter.tryAcquire('k'), true);
});

test('denied attempts are not recorded', () => {
  const clock = fakeClock();
  const limiter = new SlidingWindowLimiter(1, 100, clock.now);
  limiter.tryAcquire('a');
  clock.set(60);
  assert.equal(limiter.tryAcquire('a'), false);
  clock.set(100);
  assert.equal(limiter.tryAcquire('a'), true);
});

test('keys are independent and unknown keys have full capacity', () => {
  const clock = fakeClock();
  const limiter = new SlidingWindowLimiter(1, 1000, clock.now);
  assert.equal(limiter.tryAcquire('a'), true);
  assert.equal(limiter.tryAcquire('a'), false);
  assert.equal(limiter.remaining('b'), 1);
  assert.equal(limiter.retryAfter('b'), 0);
  assert.equal(limiter.tryAcquire('b'), true);
});

test('retryAfter reports time until the oldest acquisition expires', () => {
  const clock = fakeClock(5000);
  const limiter = new SlidingWindowLimiter(2, 1000, clock.now);
  limiter.tryAcquire('a');
  clock.set(5300);
  assert.equal(limiter.retryAfter('a'), 0);
  limiter.tryAcquire('a');
  clock.set(5400);
  assert.equal(limiter.retryAfter('a'), 600);
  clock.set(6000);
  assert.equal(limiter.retryAfter('a'), 0);
});

test('queries do not record acquisitions', () => {
  const clock = fakeClock();
  const limiter = new SlidingWindowLimiter(1, 10, clock.now);
  assert.equal(limiter.remaining('a'), 1);
  assert.equal(limiter.retryAfter('a'), 0);
  assert.equal(limiter.remaining('a'), 1);
  assert.equal(limiter.tryAcquire('a'), true);
});

test('reset forgets a key only', () => {
  const clock = fakeClock();
  const limiter = new SlidingWindowLimiter(1, 1000, clock.now);
  limiter.tryAcquire('a');
  limiter.tryAcquire('b');
  limiter.reset('a');
  assert.equal(limiter.tryAcquire('a'), true);
  assert.equal(limiter.tryAcquire('b'), false);
  limiter.reset('never-used');
});

test('constructor rejects invalid limits and windows', () => {
  const clock = fakeClock();
  assert.throws(() => new SlidingWindowLimiter(0, 1000, clock.now), RangeError);
  assert.throws(() => new SlidingWindowLimiter(1.5, 1000, clock.now), RangeError);
  assert.throws(() => new SlidingWindowLimiter(3, 0, clock.now), RangeError);
  assert.throws(() => new SlidingWindowLimiter(3, -5, clock.now), RangeError);
  assert.throws(() => new SlidingWindowLimiter(3, Number.POSITIVE_INFINITY, clock.now), RangeError);
  assert.throws(() => new SlidingWindowLimiter(3, Number.NaN, clock.now), RangeError);
});
