import assert from 'node:assert/strict';
import { test } from 'node:test';
import { releaseOrder } from './solution.js';

test('case 01', () => {
  assert.deepEqual(releaseOrder({ "build": 5, "deploy": 9, "lint": 4, "test": 3 }, [["build", "test"], ["lint", "test"], ["test", "deploy"]]), ["build", "lint", "test", "deploy"]);
});

test('case 02', () => {
  assert.deepEqual(releaseOrder({ "a": 1, "b": 1, "c": 2 }, []), ["c", "a", "b"]);
});

test('case 03', () => {
  assert.deepEqual(releaseOrder({}, []), []);
});

test('case 04', () => {
  assert.deepEqual(releaseOrder({ "x": 1, "y": 10 }, [["x", "y"]]), ["x", "y"]);
});

test('case 05', () => {
  assert.deepEqual(releaseOrder({ "a": 5, "b": 1, "c": 9, "d": 3 }, [["a", "c"]]), ["a", "c", "d", "b"]);
});

test('case 06', () => {
  assert.deepEqual(releaseOrder({ "p": 1, "q": 2 }, [["p", "q"], ["p", "q"]]), ["p", "q"]);
});

test('case 07', () => {
  assert.deepEqual(releaseOrder({ "m": -1, "n": -5, "o": 0 }, []), ["o", "m", "n"]);
});

test('case 08', () => {
  assert.deepEqual(releaseOrder({ "Alpha": 2, "alpha": 2, "beta": 2 }, []), ["Alpha", "alpha", "beta"]);
});

test('case 09', () => {
  assert.deepEqual(releaseOrder({ "join": 100, "left": 1, "right": 1, "root": 0 }, [["root", "left"], ["root", "right"], ["left", "join"], ["right", "join"]]), ["root", "left", "right", "join"]);
});

test('case 10', () => {
  assert.deepEqual(releaseOrder({ "t1": 3, "t2": 3, "t3": 7, "t4": 1, "t5": 7, "t6": 2, "t7": 9, "t8": 0 }, [["t4", "t7"], ["t1", "t3"], ["t6", "t5"], ["t8", "t7"], ["t2", "t6"], ["t3", "t8"]]), ["t1", "t3", "t2", "t6", "t5", "t4", "t8", "t7"]);
});

test('case 11', () => {
  assert.throws(() => releaseOrder({ "a": 1, "b": 1 }, [["a", "b"], ["b", "a"]]));
});

test('case 12', () => {
  assert.throws(() => releaseOrder({ "a": 1 }, [["a", "a"]]));
});

test('case 13', () => {
  assert.throws(() => releaseOrder({ "a": 1 }, [["a", "z"]]));
});
