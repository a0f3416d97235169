import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery, stringifyQuery } from './solution.js';

test('parses the example query', () => {
  assert.deepEqual(parseQuery('?q=a+b%26c&tag=x&tag=y&flag'), {
    q: 'a b&c',
    tag: ['x', 'y'],
    flag: '',
  });
});

test('empty input and empty segments', () => {
  assert.deepEqual(parseQuery(''), {});
  assert.deepEqual(parseQuery('?'), {});
  assert.deepEqual(parseQuery('a=1&&b=2&'), { a: '1', b: '2' });
});

test('value keeps everything after the first equals sign', () => {
  assert.deepEqual(parseQuery('expr=a=b=c&eq=='), { expr: 'a=b=c', eq: '=' });
});

test('plus is a space but encoded plus is a plus', () => {
  assert.deepEqual(parseQuery('sum=1%2B1+%3D+2&a+key=v'), { sum: '1+1 = 2', 'a key': 'v' });
});

test('decodes multi-byte UTF-8 sequences', () => {
  assert.deepEqual(parseQuery('city=M%C3%BCnchen&emoji=%F0%9F%98%80'), {
    city: 'München',
    emoji: '😀',
  });
});

test('skips pairs with empty keys', () => {
  assert.deepEqual(parseQuery('=x&a=1&=&%20=y'), { a: '1', ' ': 'y' });
});

test('repeated keys collect values in order, including empty ones', () => {
  assert.deepEqual(parseQuery('k=1&k&k=3&other=z&k=4'), { k: ['1', '', '3', '4'], other: 'z' });
});

test('inherited property names are ordinary keys', () => {
  assert.deepEqual(parseQuery('constructor=1&toString=2&toString=3&hasOwnProperty=x'), {
    constructor: '1',
    toString: ['2', '3'],
    hasOwnProperty: 'x',
  });
});

test('malformed percent-encoding throws URIError', () => {
  assert.throws(() => parseQuery('a=%zz'), URIError);
  assert.throws(() => parseQuery('a=%E0%A4%A'), URIError);
  assert.throws(() => parseQuery('%=1'), URIError);
});

test('stringifies strings and arrays in key order', () => {
  assert.equal(stringifyQuery({ q: 'a b', tag: ['x', 'y'] }), 'q=a+b&tag=x&tag=y');
  assert.equal(stringifyQuery({}), '');
  assert.equal(stringifyQuery({ none: [], one: '' }), 'one=');
});

test('stringify encodes reserved and non-ASCII characters', () => {
  assert.equal(stringifyQuery({ 'a b&c': 'x=y+z/é' }), 'a+b%26c=x%3Dy%2Bz%2F%C3%A9');
});

test('parse reverses stringify', () => {
  const params = { text: 'a+b = c & d', list: ['1', '', 'ü'], toString: 'ok' };
  assert.deepEqual(parseQuery(stringifyQuery(params)), params);
});
