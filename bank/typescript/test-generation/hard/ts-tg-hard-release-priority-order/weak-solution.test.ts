import assert from 'node:assert/strict';
import { test } from 'node:test';
import { releaseOrder } from './solution.js';

test('case 01', () => {
  assert.deepEqual(releaseOrder({ "build": 5, "deploy": 9, "lint": 4, "test": 3 }, [["build", "test"], ["lint", "test"], ["test", "deploy"]]), ["build", "lint", "test", "deploy"]);
});
