/** What kind of public item a documentation task asks to document. */
export type DocItemKind = 'function' | 'method' | 'class' | 'struct' | 'interface' | 'enum' | 'type' | 'constant' | 'module';

/** A public item of a source file that the language's conventions say must be documented. */
export interface DocItem {
  /** The item's own name: methods are named by their own name, without the class. */
  name: string;
  kind: DocItemKind;
  /** 1-based line of the declaration (the line holding `def`/`function`/`fn`/... and the name). */
  line: number;
  /** Parameter names in order (no `self`/`this`/receiver; Ruby without the sigils `&`, `*`). */
  params: string[];
  /** True when the item returns a value (not void/None/unit, not a constructor or a type). */
  returns: boolean;
  /** What the item can raise: exception class names, `error`/`panic` (Go), `Err`/`panic` (Rust). */
  throws: string[];
}

/** The doc comment attached to an item, as parsed. */
export interface DocCommentInfo {
  /** The comment's text with the comment markers removed. */
  text: string;
  /** 1-based first line of the whole comment or docstring. */
  startLine: number;
  /** 1-based last line of the whole comment or docstring. */
  endLine: number;
  /** Well-formed in the language's doc format. */
  valid: boolean;
  /** Why the comment is not valid, for people. */
  problems: string[];
  /** Has a non-empty description sentence. */
  summary: boolean;
  /** Parameter names the comment describes (only names that really are parameters). */
  params: string[];
  /** Describes the return value. */
  returns: boolean;
  /** Which of the item's `throws` entries the comment describes. */
  throws: string[];
}

/** A public item with the doc comment attached to it, if any. */
export interface DocumentedItem extends DocItem {
  doc: DocCommentInfo | null;
}

/** The texts of a doc comment to render for one item. */
export interface ItemDocs {
  summary: string;
  params: Record<string, string>;
  returns?: string;
  throws?: Record<string, string>;
}

/** What a language parser finds in a doc comment, before it is matched with the item. */
export interface ParsedDoc {
  text: string;
  problems: string[];
  summary: boolean;
  /** Names the comment's parameter tags or entries declare (names that are no parameter are problems). */
  declaredParams: string[];
  /** How a parameter entry is spelled in this format, for problems: '@param', 'Args entry'... */
  paramLabel: string;
  /** Declared parameters whose entry has no text: declared, but not described. */
  undescribedParams?: string[];
  /** Parameters described by mentioning them (heuristic formats): only real parameters. */
  mentionedParams?: string[];
  returns: boolean;
  /** Judges whether one of the item's throws is described. */
  describesThrow: (thrown: string, item: DocItem) => boolean;
}

/** A public item as a scanner finds it, with where its doc comment lives. */
export interface ScannedItem extends DocItem {
  /** 0-based line a doc comment is inserted before (the first decorator, attribute or annotation line). */
  anchor: number;
  /** The indentation of the anchor line. */
  indent: string;
  /** 0-based first and last line of the attached doc comment, if any. */
  docLines: [number, number] | null;
  /** The attached doc comment's parsed content. */
  parsed: ParsedDoc | null;
}

/** One language's documentation support. */
export interface LanguageDocs {
  format: string;
  scan(code: string): ScannedItem[];
  strip(code: string): string;
  render(code: string, docsFor: (item: DocItem) => ItemDocs): string;
}
