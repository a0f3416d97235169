import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitCsvLine } from './solution.js';

test('case 01', () => {
  assert.deepEqual(splitCsvLine("a,b,c"), ["a", "b", "c"]);
});

test('case 02', () => {
  assert.deepEqual(splitCsvLine("\"x,y\",z"), ["x,y", "z"]);
});

test('case 03', () => {
  assert.deepEqual(splitCsvLine(""), [""]);
});

test('case 04', () => {
  assert.deepEqual(splitCsvLine(","), ["", ""]);
});

test('case 05', () => {
  assert.deepEqual(splitCsvLine("\"say \"\"hi\"\"\",2"), ["say \"hi\"", "2"]);
});

test('case 06', () => {
  assert.deepEqual(splitCsvLine(" a , b "), [" a ", " b "]);
});

test('case 07', () => {
  assert.deepEqual(splitCsvLine("\"\""), [""]);
});

test('case 08', () => {
  assert.deepEqual(splitCsvLine("a,\"\",b"), ["a", "", "b"]);
});

test('case 09', () => {
  assert.deepEqual(splitCsvLine("ab\"c,d"), ["ab\"c", "d"]);
});

test('case 10', () => {
  assert.deepEqual(splitCsvLine("\"\",,"), ["", "", ""]);
});

test('case 11', () => {
  assert.deepEqual(splitCsvLine("\"a\"\"\",b"), ["a\"", "b"]);
});

test('case 12', () => {
  assert.deepEqual(splitCsvLine("x,\"multi, comma, field\""), ["x", "multi, comma, field"]);
});

test('case 13', () => {
  assert.deepEqual(splitCsvLine(" \"a\""), [" \"a\""]);
});

test('case 14', () => {
  assert.throws(() => splitCsvLine("\"abc"));
});

test('case 15', () => {
  assert.throws(() => splitCsvLine("\"ab\"c,d"));
});

test('case 16', () => {
  assert.throws(() => splitCsvLine("a,\"b"));
});
