import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Trie } from './solution.js';

function build(...words: string[]): Trie {
  const trie = new Trie();
  for (const word of words) {
    trie.insert(word);
  }
  return trie;
}

test('example: counts, listing and common prefix', () => {
  const trie = build('car', 'cart', 'care', 'cat', 'car');
  assert.equal(trie.countPrefix('car'), 4);
  assert.equal(trie.count('car'), 2);
  assert.deepEqual(trie.wordsWithPrefix('car'), ['car', 'care', 'cart']);
  assert.deepEqual(trie.wordsWithPrefix('ca', 2), ['car', 'care']);
  assert.equal(trie.longestCommonPrefix(), 'ca');
});

test('empty trie', () => {
  const trie = new Trie();
  assert.equal(trie.size, 0);
  assert.equal(trie.nodeCount, 0);
  assert.equal(trie.count(''), 0);
  assert.equal(trie.countPrefix(''), 0);
  assert.deepEqual(trie.wordsWithPrefix(''), []);
  assert.equal(trie.longestCommonPrefix(), '');
});

test('size counts duplicates and prefixes of absent words count zero', () => {
  const trie = build('dog', 'dog', 'do');
  assert.equal(trie.size, 3);
  assert.equal(trie.countPrefix(''), 3);
  assert.equal(trie.countPrefix('do'), 3);
  assert.equal(trie.countPrefix('dog'), 2);
  assert.equal(trie.countPrefix('dogs'), 0);
  assert.equal(trie.count('d'), 0);
  assert.equal(trie.countPrefix('x'), 0);
});

test('empty string is a word', () => {
  const trie = build('', 'a', '');
  assert.equal(trie.count(''), 2);
  assert.equal(trie.size, 3);
  assert.deepEqual(trie.wordsWithPrefix(''), ['', 'a']);
  assert.equal(trie.longestCommonPrefix(), '');
  assert.equal(trie.nodeCount, 1);
});

test('remove takes one occurrence and reports absent words', () => {
  const trie = build('tea', 'tea', 'ten');
  assert.equal(trie.remove('tea'), true);
  assert.equal(trie.count('tea'), 1);
  assert.equal(trie.remove('te'), false);
  assert.equal(trie.remove('team'), false);
  assert.equal(trie.remove('x'), false);
  assert.equal(trie.size, 2);
  assert.equal(trie.remove('tea'), true);
  assert.equal(trie.remove('tea'), false);
  assert.deepEqual(trie.wordsWithPrefix('t'), ['ten']);
});

test('nodeCount tracks distinct prefixes and pruning', () => {
  const trie = build('car', 'cat');
  assert.equal(trie.nodeCount, 4);
  trie.remove('cat');
  assert.equal(trie.nodeCount, 3);
  trie.insert('carpet');
  assert.equal(trie.nodeCount, 6);
  trie.remove('car');
  assert.equal(trie.nodeCount, 6);
  trie.remove('carpet');
  assert.equal(trie.nodeCount, 0);
  assert.equal(trie.size, 0);
});

test('removing a word keeps longer words that extend it', () => {
  const trie = build('an', 'ant', 'and');
  trie.remove('an');
  assert.equal(trie.countPrefix('an'), 2);
  assert.deepEqual(trie.wordsWithPrefix('a'), ['and', 'ant']);
  assert.equal(trie.longestCommonPrefix(), 'an');
});

test('wordsWithPrefix uses code-unit order and distinct words', () => {
  const trie = build('b', 'B', 'a', 'ab', 'a', 'Z', 'é', '_x');
  assert.deepEqual(trie.wordsWithPrefix(''), ['B', 'Z', '_x', 'a', 'ab', 'b', 'é']);
  assert.deepEqual(trie.wordsWithPrefix('q'), []);
});

test('wordsWithPrefix respects limits and validates them', () => {
  const trie = build('aa', 'ab', 'ac');
  assert.deepEqual(trie.wordsWithPrefix('a', 0), []);
  assert.deepEqual(trie.wordsWithPrefix('a', 1), ['aa']);
  assert.deepEqual(trie.wordsWithPrefix('a', 10), ['aa', 'ab', 'ac']);
  assert.throws(() => trie.wordsWithPrefix('a', -1), RangeError);
  assert.throws(() => trie.wordsWithPrefix('a', 1.5), RangeError);
  assert.throws(() => trie.wordsWithPrefix('a', Number.NaN), RangeError);
});

test('longestCommonPrefix stops at a stored word', () => {
  assert.equal(build('car', 'cart').longestCommonPrefix(), 'car');
  assert.equal(build('interview', 'internet', 'interval').longestCommonPrefix(), 'inter');
  assert.equal(build('solo').longestCommonPrefix(), 'solo');
  assert.equal(build('x', 'y').longestCommonPrefix(), '');
});

test('works on surrogate pairs as code units', () => {
  const trie = build('😀a', '😀b');
  assert.equal(trie.nodeCount, 4);
  assert.equal(trie.countPrefix('\ud83d'), 2);
  assert.equal(trie.longestCommonPrefix(), '😀');
});

test('large dictionary prefix queries', () => {
  const trie = new Trie();
  for (let index = 0; index < 20_000; index += 1) {
    trie.insert(`w${index.toString(36)}`);
  }
  assert.equal(trie.countPrefix('w'), 20_000);
  assert.equal(trie.countPrefix('wa'), 1 + 36 + 36 * 36);
  assert.deepEqual(trie.wordsWithPrefix('w', 3), ['w0', 'w1', 'w10']);
});
