import { hasWords } from './tags.js';
import { simpleName } from './shared.js';
import type { DocItem, ParsedDoc } from './types.js';

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  depth: number;
}

/** Reads XML doc text into its elements (any depth) and the problems that make it malformed. */
export function readXml(xml: string): { elements: Element[]; problems: string[] } {
  const problems: string[] = [];
  const elements: Element[] = [];
  const open: Element[] = [];
  const addText = (text: string): void => {
    for (const element of open) element.text += text;
  };
  let i = 0;
  while (i < xml.length) {
    const ch = xml[i]!;
    if (ch === '<') {
      i = readMarkup(xml, i, open, elements, problems);
    } else if (ch === '&') {
      const entity = /^&(?:lt|gt|amp|quot|apos|#\d+|#x[\da-fA-F]+);/.exec(xml.slice(i, i + 12));
      if (!entity) problems.push(`a bare "&" must be written &amp;`);
      addText(entity ? decode(entity[0]) : '&');
      i += entity ? entity[0].length : 1;
    } else {
      addText(ch);
      i++;
    }
  }
  for (const element of open) problems.push(`<${element.name}> is never closed`);
  return { elements, problems: [...new Set(problems)] };
}

function decode(entity: string): string {
  const named: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };
  if (named[entity]) return named[entity]!;
  const hex = entity.startsWith('&#x');
  return String.fromCodePoint(parseInt(entity.slice(hex ? 3 : 2, -1), hex ? 16 : 10));
}

const TAG = /^<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/;

function readMarkup(xml: string, at: number, open: Element[], elements: Element[], problems: string[]): number {
  const rest = xml.slice(at);
  if (rest.startsWith('<!--')) {
    const end = xml.indexOf('-->', at);
    if (end < 0) problems.push('an XML comment is never closed');
    return end < 0 ? xml.length : end + 3;
  }
  if (rest.startsWith('<![CDATA[')) {
    const end = xml.indexOf(']]>', at);
    if (end < 0) problems.push('a CDATA section is never closed');
    for (const element of open) element.text += xml.slice(at + 9, end < 0 ? xml.length : end);
    return end < 0 ? xml.length : end + 3;
  }
  const tag = TAG.exec(rest);
  if (!tag) {
    problems.push(/^<[A-Za-z_/]/.test(rest) ? `malformed tag ${rest.split('\n')[0]!.slice(0, 40)}` : 'a bare "<" must be written &lt;');
    for (const element of open) element.text += '<';
    return at + 1;
  }
  const [whole, closing, name, attributeText, selfClosing] = tag;
  if (closing) {
    const current = open[open.length - 1];
    if (!current || current.name !== name) problems.push(`</${name}> closes ${current ? `<${current.name}>` : 'nothing'}`);
    else elements.push(open.pop()!);
    return at + whole.length;
  }
  const attributes: Record<string, string> = {};
  for (const attribute of attributeText!.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[attribute[1]!] = attribute[2] ?? attribute[3] ?? '';
  }
  const element: Element = { name: name!, attributes, text: '', depth: open.length };
  if (selfClosing) elements.push(element);
  else open.push(element);
  return at + whole.length;
}

/** Parses C# XML doc comment text (the `///` markers removed). */
export function parseXmlDoc(text: string, _item: DocItem): ParsedDoc {
  const { elements, problems } = readXml(text);
  const top = elements.filter((element) => element.depth === 0);
  const declaredParams: string[] = [];
  const undescribedParams: string[] = [];
  for (const param of top.filter((element) => element.name === 'param')) {
    const name = param.attributes.name;
    if (name === undefined) {
      problems.push('<param> without a name attribute');
      continue;
    }
    declaredParams.push(name);
    if (!hasWords(param.text)) undescribedParams.push(name);
  }
  const exceptions = top.filter((element) => element.name === 'exception');
  for (const exception of exceptions) if (exception.attributes.cref === undefined) problems.push('<exception> without a cref attribute');
  const described = (name: string): boolean => top.some((element) => element.name === name && hasWords(element.text));
  const describesThrow = (thrown: string): boolean => exceptions.some((exception) => simpleName(exception.attributes.cref ?? '') === thrown);
  return {
    text,
    problems,
    summary: described('summary'),
    declaredParams,
    undescribedParams,
    paramLabel: '<param name>',
    returns: described('returns') || described('value'),
    describesThrow,
  };
}

/** Escapes text for XML doc comments. */
export const xmlEscape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
