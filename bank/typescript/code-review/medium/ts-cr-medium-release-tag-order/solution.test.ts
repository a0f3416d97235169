import assert from 'node:assert/strict';
import { test } from 'node:test';
import { orderReleaseTags } from './solution.js';

test('case 01', () => {
  assert.deepEqual(orderReleaseTags(["v1.10.0", "v1.2.0", "v1.9.3"]), ["v1.2.0", "v1.9.3", "v1.10.0"]);
});

test('case 02', () => {
  assert.deepEqual(orderReleaseTags(["2.0.0", "2.0.0-rc2", "2.0.0-rc10", "1.9.9"]), ["1.9.9", "2.0.0-rc2", "2.0.0-rc10", "2.0.0"]);
});

test('case 03', () => {
  assert.deepEqual(orderReleaseTags([]), []);
});

test('case 04', () => {
  assert.deepEqual(orderReleaseTags(["v1.0.0", "1.0.0"]), ["v1.0.0", "1.0.0"]);
});

test('case 05', () => {
  assert.deepEqual(orderReleaseTags(["1.0.0", "v1.0.0"]), ["1.0.0", "v1.0.0"]);
});

test('case 06', () => {
  assert.deepEqual(orderReleaseTags(["0.0.1", "0.1.0", "1.0.0", "0.0.0"]), ["0.0.0", "0.0.1", "0.1.0", "1.0.0"]);
});

test('case 07', () => {
  assert.deepEqual(orderReleaseTags(["3.0.0-rc1"]), ["3.0.0-rc1"]);
});

test('case 08', () => {
  assert.deepEqual(orderReleaseTags(["1.2.3-rc1", "1.2.2", "1.2.3-rc1"]), ["1.2.2", "1.2.3-rc1", "1.2.3-rc1"]);
});

test('case 09', () => {
  assert.deepEqual(orderReleaseTags(["1.01.0", "1.1.0-rc5", "1.0.10"]), ["1.0.10", "1.1.0-rc5", "1.01.0"]);
});

test('case 10', () => {
  assert.deepEqual(orderReleaseTags(["10.0.0", "9.99.99", "v10.0.0-rc1"]), ["9.99.99", "v10.0.0-rc1", "10.0.0"]);
});

test('case 11', () => {
  assert.deepEqual(orderReleaseTags(["v2.0.0-rc3", "v2.0.0-rc03", "v2.0.0-rc1"]), ["v2.0.0-rc1", "v2.0.0-rc3", "v2.0.0-rc03"]);
});

test('case 12', () => {
  assert.throws(() => orderReleaseTags(["1.2"]));
});

test('case 13', () => {
  assert.throws(() => orderReleaseTags(["1.2.3-beta1"]));
});

test('case 14', () => {
  assert.throws(() => orderReleaseTags(["1.2.3", "V1.2.3"]));
});
