import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isHexColor } from './solution.js';

test('case 01', () => {
  assert.deepEqual(isHexColor("#fff"), true);
});

test('case 02', () => {
  assert.deepEqual(isHexColor("#12345g"), false);
});

test('case 03', () => {
  assert.deepEqual(isHexColor(""), false);
});

test('case 04', () => {
  assert.deepEqual(isHexColor("#"), false);
});

test('case 05', () => {
  assert.deepEqual(isHexColor("#1A2b3C"), true);
});

test('case 06', () => {
  assert.deepEqual(isHexColor("fff"), false);
});

test('case 07', () => {
  assert.deepEqual(isHexColor("#ffff"), false);
});

test('case 08', () => {
  assert.deepEqual(isHexColor("#000000"), true);
});

test('case 09', () => {
  assert.deepEqual(isHexColor("##fff"), false);
});

test('case 10', () => {
  assert.deepEqual(isHexColor("#abcdefa"), false);
});

test('case 11', () => {
  assert.deepEqual(isHexColor("#ABC"), true);
});

test('case 12', () => {
  assert.deepEqual(isHexColor("# fff"), false);
});

test('case 13', () => {
  assert.deepEqual(isHexColor("#12"), false);
});

test('case 14', () => {
  assert.deepEqual(isHexColor("123456"), false);
});
