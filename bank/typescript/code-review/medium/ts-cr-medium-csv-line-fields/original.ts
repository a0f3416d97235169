// Split a single CSV line into fields, honouring double-quoted fields.

const QUOTE = '"';
const SEPARATOR = ',';

interface Field {
  value: string;
  end: number;
}

/** Reads the quoted field opening at line[start]; returns its value and the index after it. */
function readQuoted(line: string, start: number): Field {
  const parts: string[] = [];
  let position = start - 1;
  for (;;) {
    const closing = line.indexOf(QUOTE, position);
    if (closing === -1) {
      throw new Error('unterminated quoted field');
    }
    parts.push(line.slice(position, closing));
    if (!line.startsWith(QUOTE + QUOTE, closing)) {
      return { value: parts.join(QUOTE), end: closing + 1 };
    }
    position = closing + 2;
  }
}

function readField(line: string, start: number): Field {
  if (line.startsWith(QUOTE, start)) {
    const field = readQuoted(line, start);
    if (field.end < line.length || line[field.end] !== SEPARATOR) {
      throw new Error(`unexpected character after closing quote at ${field.end}`);
    }
    return field;
  }
  const comma = line.indexOf(SEPARATOR, start);
  const end = comma === -1 ? line.length : comma;
  return { value: line.slice(start, end), end };
}

export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let position = 0;
  for (;;) {
    const { value, end } = readField(line, position);
    fields.push(value);
    if (end >= line.length) {
      return fields;
    }
    position = end + 1; // skip the separating comma
  }
}
