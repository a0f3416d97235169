import { AibaasError, LANGUAGE_INFO, LANGUAGES, type Language } from '../../core/index.js';
import type { Sandbox, Toolchain } from '../types.js';
import { PythonToolchain, type PythonToolchainOptions } from './python.js';
import { TypeScriptToolchain, type TypeScriptToolchainOptions } from './typescript.js';
import { GoToolchain, type GoToolchainOptions } from './go.js';
import { RustToolchain, type RustToolchainOptions } from './rust.js';
import { JavaToolchain, type JavaToolchainOptions } from './java.js';
import { CSharpToolchain, type CSharpToolchainOptions } from './csharp.js';
import { RubyToolchain, type RubyToolchainOptions } from './ruby.js';

/** The toolchain of each language; undefined for a language AIBaaS cannot run yet. */
export type ToolchainRegistry = Record<Language, Toolchain | undefined>;

/** Options of {@link createToolchains}. */
export type ToolchainOptions = PythonToolchainOptions & TypeScriptToolchainOptions & GoToolchainOptions & RustToolchainOptions &
  JavaToolchainOptions & CSharpToolchainOptions & RubyToolchainOptions;

/** What to install for each language's toolchain, for error messages (the later languages included). */
const PACKAGES: Readonly<Record<Language, string>> = {
  typescript: 'nodejs (Node.js 20) and the npm dependencies (npm ci)',
  python: 'python3',
  csharp: 'mono-mcs and mono-runtime',
  java: 'default-jdk-headless',
  go: 'golang-go',
  ruby: 'ruby',
  rust: 'rustc',
};

/** The toolchains that run in `sandbox`, one per bank language that AIBaaS can run. */
export function createToolchains(sandbox: Sandbox, options: ToolchainOptions = {}): ToolchainRegistry {
  const registry = Object.fromEntries(LANGUAGES.map((language) => [language, undefined])) as ToolchainRegistry;
  registry.python = new PythonToolchain(sandbox, options.pythonPath === undefined ? {} : { pythonPath: options.pythonPath });
  registry.typescript = new TypeScriptToolchain(sandbox, {
    ...(options.nodePath === undefined ? {} : { nodePath: options.nodePath }),
    ...(options.compileAllowanceMs === undefined ? {} : { compileAllowanceMs: options.compileAllowanceMs }),
  });
  registry.go = new GoToolchain(sandbox, {
    ...(options.goPath === undefined ? {} : { goPath: options.goPath }),
    ...(options.compileAllowanceMs === undefined ? {} : { compileAllowanceMs: options.compileAllowanceMs }),
  });
  registry.rust = new RustToolchain(sandbox, {
    ...(options.rustcPath === undefined ? {} : { rustcPath: options.rustcPath }),
    ...(options.rustCompileAllowanceMs === undefined ? {} : { rustCompileAllowanceMs: options.rustCompileAllowanceMs }),
    ...(options.rustOptLevel === undefined ? {} : { rustOptLevel: options.rustOptLevel }),
  });
  registry.java = new JavaToolchain(sandbox, {
    ...(options.javacPath === undefined ? {} : { javacPath: options.javacPath }),
    ...(options.javaCompileAllowanceMs === undefined ? {} : { javaCompileAllowanceMs: options.javaCompileAllowanceMs }),
  });
  registry.csharp = new CSharpToolchain(sandbox, {
    ...(options.mcsPath === undefined ? {} : { mcsPath: options.mcsPath }),
    ...(options.csharpCompileAllowanceMs === undefined ? {} : { csharpCompileAllowanceMs: options.csharpCompileAllowanceMs }),
  });
  registry.ruby = new RubyToolchain(sandbox, options.rubyPath === undefined ? {} : { rubyPath: options.rubyPath });
  return registry;
}

/** The toolchain of `language`; throws TOOLCHAIN_MISSING when AIBaaS has none for it. */
export function getToolchain(registry: ToolchainRegistry, language: Language): Toolchain {
  const toolchain = registry[language];
  if (toolchain) return toolchain;
  const known = LANGUAGES.filter((name) => registry[name] !== undefined);
  const name = LANGUAGE_INFO[language].displayName;
  throw new AibaasError('TOOLCHAIN_MISSING', `There is no ${name} toolchain: AIBaaS runs ${known.join(', ') || 'no language'} only so far.`, {
    fix: `Leave ${language} tasks out of the run (e.g. run.languages: [${known.join(', ')}]); once ${name} is supported it needs ${PACKAGES[language]} installed.`,
  });
}
