import { describe, expect, it } from 'vitest';
import { BwrapSandbox } from '../bwrap-sandbox.js';
import { createToolchains, getToolchain } from './registry.js';

describe('toolchain registry', () => {
  const registry = createToolchains(new BwrapSandbox({ concurrency: 1 }));

  it('has Python and TypeScript, and nothing else yet', () => {
    expect(getToolchain(registry, 'python').language).toBe('python');
    expect(getToolchain(registry, 'typescript').language).toBe('typescript');
    expect(Object.entries(registry).filter(([, toolchain]) => toolchain).map(([language]) => language).sort()).toEqual(['python', 'typescript']);
  });

  it('throws TOOLCHAIN_MISSING naming the language, what to install and the known languages', () => {
    let error: unknown;
    try {
      getToolchain(registry, 'rust');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'TOOLCHAIN_MISSING' });
    const { message, fix } = error as { message: string; fix: string };
    expect(message).toContain('Rust');
    expect(message).toContain('typescript, python');
    expect(fix).toContain('cargo');
  });
});
