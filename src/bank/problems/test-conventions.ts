import type { Language } from '../../core/index.js';

/** How tests are written in each language so the sandbox's harness runs them (docs/bank.md, Tests by language). */
export const TEST_CONVENTIONS: Readonly<Record<Language, string>> = {
  python: 'Use unittest (TestCase classes with test_* methods) and import the code with `from solution import ...`.',
  typescript: "Use node:test (`import { test } from 'node:test'`) and node:assert/strict, importing the code from './solution.js'.",
  java: 'Write `public class SolutionTest` with `@Test` methods using the provided JUnit-5-like API (`Assert.assertEquals`, `Assert.assertThrows`, `Assert.assertTrue`...; no imports are needed for it, do not import org.junit).',
  csharp: 'Write `public class SolutionTests` with `[Fact]` methods (`using Xunit;`, then `Assert.Equal`, `Assert.Throws<T>`, `Assert.True`...).',
  go: 'Write `package solution` tests (`import "testing"`, `func TestXxx(t *testing.T)`, subtests allowed); standard library only.',
  ruby: "Use minitest: `require 'minitest/autorun'`, `require_relative 'solution'`, a class inheriting Minitest::Test with test_* methods.",
  rust: 'Write `#[cfg(test)] mod tests { use super::*; ... }` with `#[test]` functions; the file is included next to the code, std only.',
};
