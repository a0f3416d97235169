import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headlineCase } from './solution.js';

test('case 01', () => {
  assert.deepEqual(headlineCase("the lord of the rings"), "The Lord of the Rings");
});

test('case 02', () => {
  assert.deepEqual(headlineCase("A TALE OF TWO CITIES"), "A Tale of Two Cities");
});

test('case 03', () => {
  assert.deepEqual(headlineCase(""), "");
});

test('case 04', () => {
  assert.deepEqual(headlineCase("of"), "Of");
});

test('case 05', () => {
  assert.deepEqual(headlineCase("war and peace"), "War and Peace");
});

test('case 06', () => {
  assert.deepEqual(headlineCase("what it is made of"), "What It Is Made Of");
});

test('case 07', () => {
  assert.deepEqual(headlineCase("gone with the wind"), "Gone With the Wind");
});

test('case 08', () => {
  assert.deepEqual(headlineCase("an apple a day"), "An Apple a Day");
});

test('case 09', () => {
  assert.deepEqual(headlineCase("3rd rock from the sun"), "3rd Rock From the Sun");
});

test('case 10', () => {
  assert.deepEqual(headlineCase("to be or not to be"), "To Be or Not to Be");
});

test('case 11', () => {
  assert.deepEqual(headlineCase("x"), "X");
});

test('case 12', () => {
  assert.deepEqual(headlineCase("iN tHe eNd"), "In the End");
});
