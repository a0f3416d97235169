import type { Language } from '../../core/index.js';
import { csharpDocs } from './csharp.js';
import { goDocs } from './go.js';
import { javaDocs } from './java.js';
import { pythonDocs } from './python.js';
import { rubyDocs } from './ruby.js';
import { rustDocs } from './rust.js';
import { toInfo } from './shared.js';
import type { DocItem, DocumentedItem, ItemDocs, LanguageDocs, ScannedItem } from './types.js';
import { typescriptDocs } from './typescript.js';

export type { DocCommentInfo, DocItem, DocItemKind, DocumentedItem, ItemDocs } from './types.js';

const LANGUAGES: Record<Language, LanguageDocs> = {
  typescript: typescriptDocs,
  python: pythonDocs,
  csharp: csharpDocs,
  java: javaDocs,
  go: goDocs,
  ruby: rubyDocs,
  rust: rustDocs,
};

const publicPart = ({ name, kind, line, params, returns, throws }: ScannedItem): DocItem => ({ name, kind, line, params, returns, throws });

/** The public items of a source file that the language's conventions say must be documented, in source order. */
export function publicItems(language: Language, code: string): DocItem[] {
  return LANGUAGES[language].scan(code).map(publicPart);
}

/** The public items of a source file, each with the doc comment attached to it (null when it has none). */
export function documentationOf(language: Language, code: string): DocumentedItem[] {
  return LANGUAGES[language].scan(code).map((scanned) => {
    const item = publicPart(scanned);
    const doc = scanned.parsed && scanned.docLines ? toInfo(item, scanned.parsed, scanned.docLines) : null;
    return { ...item, doc };
  });
}

/**
 * Removes the doc comments of all items (public or not) and the file or package doc comment, keeping the code and
 * ordinary comments; the result still compiles (Python bodies left empty get a `pass`).
 */
export function stripDocumentation(language: Language, code: string): string {
  return LANGUAGES[language].strip(code);
}

/**
 * Inserts a canonical, valid doc comment for every public item (replacing the one it has): afterwards
 * documentationOf reports each public item fully documented.
 */
export function renderDocumented(language: Language, code: string, docsFor: (item: DocItem) => ItemDocs): string {
  return LANGUAGES[language].render(code, docsFor);
}

/** The language's documentation format in one line, for prompts. */
export function documentationFormat(language: Language): string {
  return LANGUAGES[language].format;
}
