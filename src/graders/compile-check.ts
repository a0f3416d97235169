import type { Language } from '../core/index.js';
import type { Toolchain } from '../sandbox/index.js';

/**
 * A module with no entry point, made runnable so the sandbox can compile it: Java and C# get an empty main method
 * in their last class, Go becomes package main with an empty main, Rust gets an empty main (dead code allowed).
 * Interpreted languages load the module as it is (Python and Ruby parse it whole; definitions have no effect).
 */
export function asProgram(language: Language, code: string): { source: string; fileName?: string } {
  const beforeLastBrace = (entry: string) => {
    const at = code.lastIndexOf('}');
    return at < 0 ? code : `${code.slice(0, at)}${entry}\n${code.slice(at)}`;
  };
  switch (language) {
    case 'java':
      return { source: beforeLastBrace('    public static void main(String[] args) {}'), fileName: 'Solution.java' };
    case 'csharp':
      return { source: beforeLastBrace('    public static void Main() {}') };
    case 'go':
      return { source: `${code.replace(/^package\s+\w+/m, 'package main')}\n\nfunc main() {}\n` };
    case 'rust':
      return { source: `#![allow(dead_code, unused_imports, unused_variables)]\n${code}\n\nfn main() {}\n` };
    default:
      return { source: code };
  }
}

/** Compiles (and, for interpreted languages, loads) a module in the sandbox; null when it is fine, else why not. */
export async function compileModule(toolchain: Toolchain, code: string): Promise<string | null> {
  const program = asProgram(toolchain.language, code);
  const result = await toolchain.runProgram({ source: program.source, ...(program.fileName ? { fileName: program.fileName } : {}) });
  if (result.status === 'ok' && result.exitCode === 0) return null;
  return `${result.status}${result.exitCode !== null ? ` (exit ${result.exitCode})` : ''}: ${(result.compileOutput || result.stderr).slice(0, 400)}`;
}
