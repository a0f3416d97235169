import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snakeToCamel } from './solution.js';

test('case 01', () => {
  assert.deepEqual(snakeToCamel("user_id"), "userId");
});

test('case 02', () => {
  assert.deepEqual(snakeToCamel("get_http_response"), "getHttpResponse");
});

test('case 03', () => {
  assert.deepEqual(snakeToCamel(""), "");
});

test('case 04', () => {
  assert.deepEqual(snakeToCamel("___"), "");
});

test('case 05', () => {
  assert.deepEqual(snakeToCamel("name"), "name");
});

test('case 06', () => {
  assert.deepEqual(snakeToCamel("_private_value"), "privateValue");
});

test('case 07', () => {
  assert.deepEqual(snakeToCamel("double__under"), "doubleUnder");
});

test('case 08', () => {
  assert.deepEqual(snakeToCamel("trailing_"), "trailing");
});

test('case 09', () => {
  assert.deepEqual(snakeToCamel("SHOUT_CASE"), "shoutCase");
});

test('case 10', () => {
  assert.deepEqual(snakeToCamel("a_b_c"), "aBC");
});

test('case 11', () => {
  assert.deepEqual(snakeToCamel("version_2_beta"), "version2Beta");
});

test('case 12', () => {
  assert.deepEqual(snakeToCamel("Mixed_CASE_words"), "mixedCaseWords");
});
