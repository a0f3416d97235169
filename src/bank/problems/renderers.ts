import type { Language } from '../../core/index.js';
import { csharpRenderer } from './csharp.js';
import { goRenderer } from './go.js';
import { javaRenderer } from './java.js';
import { pythonRenderer } from './python.js';
import type { LanguageRenderer } from './renderer.js';
import { rubyRenderer } from './ruby.js';
import { rustRenderer } from './rust.js';
import { typescriptRenderer } from './typescript.js';

export const RENDERERS: Readonly<Record<Language, LanguageRenderer>> = {
  python: pythonRenderer,
  typescript: typescriptRenderer,
  java: javaRenderer,
  csharp: csharpRenderer,
  go: goRenderer,
  ruby: rubyRenderer,
  rust: rustRenderer,
};
