import { describe, expect, it } from 'vitest';
import { BwrapSandbox } from '../bwrap-sandbox.js';
import { createToolchains, getToolchain } from './registry.js';

const WIRED = ['csharp', 'go', 'java', 'python', 'ruby', 'rust', 'typescript'];

describe('toolchain registry', () => {
  const registry = createToolchains(new BwrapSandbox({ concurrency: 1 }));

  it('has a toolchain for each language AIBaaS runs', () => {
    for (const language of WIRED) expect(getToolchain(registry, language as never).language).toBe(language);
    expect(Object.entries(registry).filter(([, toolchain]) => toolchain).map(([language]) => language).sort()).toEqual(WIRED);
  });

  it('throws TOOLCHAIN_MISSING naming the language, what to install and the known languages', () => {
    const partial = { ...registry, rust: undefined, ruby: undefined, go: undefined, java: undefined, csharp: undefined };
    let error: unknown;
    try {
      getToolchain(partial, 'rust');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'TOOLCHAIN_MISSING' });
    const { message, fix } = error as { message: string; fix: string };
    expect(message).toContain('Rust');
    expect(message).toContain('typescript, python');
    expect(fix).toContain('rustc');
  });
});
