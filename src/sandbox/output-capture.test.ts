import { describe, expect, it } from 'vitest';
import { CappedBuffer, MarkedLineSplitter } from './output-capture.js';

describe('CappedBuffer', () => {
  it('keeps the head up to the cap, counts everything and remembers the tail', () => {
    const buffer = new CappedBuffer(5);
    buffer.push(Buffer.from('abc'));
    buffer.push(Buffer.from('defgh'));
    expect(buffer.text()).toBe('abcde');
    expect(buffer.total).toBe(8);
    expect(buffer.truncated).toBe(true);
    expect(buffer.tail()).toBe('abcdefgh');
  });
});

describe('MarkedLineSplitter', () => {
  const MARKER = '@@marker@@';
  function split(chunks: string[]) {
    const output: string[] = [];
    const splitter = new MarkedLineSplitter(MARKER, (chunk) => output.push(chunk.toString()), 1000);
    for (const chunk of chunks) splitter.push(Buffer.from(chunk));
    splitter.end();
    return { output: output.join(''), reports: splitter.reportLines };
  }

  it('takes marked lines out of the output, across chunk boundaries', () => {
    expect(split(['one\n@@mar', 'ker@@ {"a":1}\ntwo\n', '@@marker@@ {"b":2}'])).toEqual({ output: 'one\ntwo\n', reports: ['{"a":1}', '{"b":2}'] });
  });

  it('keeps the unfinished line before a marker as output', () => {
    expect(split(['partial@@marker@@ {"a":1}\n'])).toEqual({ output: 'partial', reports: ['{"a":1}'] });
  });

  it('drops report lines past their cap', () => {
    const splitter = new MarkedLineSplitter(MARKER, () => undefined, 10);
    splitter.push(Buffer.from(`${MARKER} 12345678\n${MARKER} 12345678\n`));
    expect(splitter.reportLines).toEqual(['12345678']);
    expect(splitter.reportTruncated).toBe(true);
  });
});
