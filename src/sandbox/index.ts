/** The sandbox layer: isolated executions (bubblewrap) and the language toolchains that run tests in them. */
export * from './types.js';
export { BwrapSandbox, type BwrapSandboxOptions } from './bwrap-sandbox.js';
export { DEFAULT_LIMITS, describeLimits, mergeLimits } from './limits.js';
export { PythonToolchain, type PythonToolchainOptions } from './toolchains/python.js';
export { TypeScriptToolchain, type TypeScriptToolchainOptions } from './toolchains/typescript.js';
export { createToolchains, getToolchain, type ToolchainOptions, type ToolchainRegistry } from './toolchains/registry.js';
