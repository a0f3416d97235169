import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSettings } from './solution.js';

test('case 01', () => {
  assert.deepEqual(parseSettings("a=1; b = two ;c="), { "a": "1", "b": "two", "c": "" });
});

test('case 02', () => {
  assert.deepEqual(parseSettings("x=1;x=2"), { "x": "2" });
});

test('case 03', () => {
  assert.deepEqual(parseSettings(""), {});
});

test('case 04', () => {
  assert.deepEqual(parseSettings(" ; ;"), {});
});

test('case 05', () => {
  assert.deepEqual(parseSettings("url=http://h/?q=1"), { "url": "http://h/?q=1" });
});

test('case 06', () => {
  assert.deepEqual(parseSettings("Name=A;name=B"), { "Name": "A", "name": "B" });
});

test('case 07', () => {
  assert.deepEqual(parseSettings("k = spaced value "), { "k": "spaced value" });
});

test('case 08', () => {
  assert.deepEqual(parseSettings("a=1;;b=2;"), { "a": "1", "b": "2" });
});

test('case 09', () => {
  assert.deepEqual(parseSettings("  key  =  =  "), { "key": "=" });
});

test('case 10', () => {
  assert.deepEqual(parseSettings("empty="), { "empty": "" });
});

test('case 11', () => {
  assert.deepEqual(parseSettings("mode=fast;level=3;mode=safe"), { "level": "3", "mode": "safe" });
});

test('case 12', () => {
  assert.throws(() => parseSettings("a=1;b"));
});

test('case 13', () => {
  assert.throws(() => parseSettings("=5"));
});

test('case 14', () => {
  assert.throws(() => parseSettings("a=1; =2"));
});
