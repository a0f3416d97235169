import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titleCase } from './solution.js';

test('capitalizes every ordinary word', () => {
  assert.equal(titleCase('what are you looking at'), 'What Are You Looking At');
});

test('keeps minor words lowercase in the middle', () => {
  assert.equal(titleCase('the lord of the rings'), 'The Lord of the Rings');
  assert.equal(titleCase('war AND peace'), 'War and Peace');
});

test('capitalizes minor words at the start and end', () => {
  assert.equal(titleCase('of mice and men'), 'Of Mice and Men');
  assert.equal(titleCase('something to believe in'), 'Something to Believe In');
});

test('lower-cases the rest of each word', () => {
  assert.equal(titleCase('hELLO wORLD'), 'Hello World');
});

test('collapses and trims whitespace', () => {
  assert.equal(titleCase('  the lord   OF the\trings \n'), 'The Lord of the Rings');
});

test('returns empty string for blank input', () => {
  assert.equal(titleCase(''), '');
  assert.equal(titleCase('   \t '), '');
});

test('capitalizes each part of hyphenated words', () => {
  assert.equal(titleCase('a state-of-the-art design'), 'A State-Of-The-Art Design');
  assert.equal(titleCase('self-- made'), 'Self-- Made');
});

test('keeps non-letter characters as they are', () => {
  assert.equal(titleCase('the 42nd street (draft)'), 'The 42nd Street (draft)');
});

test('single minor word is capitalized', () => {
  assert.equal(titleCase('THE'), 'The');
});
