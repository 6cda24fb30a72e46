/**
 * A small RFC 4180 CSV parser: comma-separated fields, optional double quotes, `""` for a quote
 * inside a quoted field, commas and line breaks inside quoted fields, LF or CRLF line ends, an
 * optional UTF-8 BOM. Every field is normalised to NFC (CSV exports from macOS tools may be NFD).
 */

export class CsvError extends Error {
  override readonly name = 'CsvError';
}

interface Cursor {
  text: string;
  pos: number;
  line: number;
}

/** Reads a quoted field starting at the opening quote; leaves the cursor after the closing one. */
function readQuoted(cursor: Cursor): string {
  const startLine = cursor.line;
  let value = '';
  cursor.pos += 1;
  for (;;) {
    const next = cursor.text.indexOf('"', cursor.pos);
    if (next === -1) throw new CsvError(`Unterminated quoted field starting on line ${startLine}`);
    const chunk = cursor.text.slice(cursor.pos, next);
    cursor.line += chunk.split('\n').length - 1;
    value += chunk;
    if (cursor.text[next + 1] === '"') {
      value += '"';
      cursor.pos = next + 2;
    } else {
      cursor.pos = next + 1;
      return value;
    }
  }
}

/** Reads an unquoted field; stops before the comma or line break that ends it. */
function readPlain(cursor: Cursor): string {
  const { text } = cursor;
  let end = cursor.pos;
  while (end < text.length && text[end] !== ',' && text[end] !== '\n' && text[end] !== '\r') {
    if (text[end] === '"') throw new CsvError(`Stray quote on line ${cursor.line}`);
    end += 1;
  }
  const value = text.slice(cursor.pos, end);
  cursor.pos = end;
  return value;
}

/** Consumes the separator after a field. Returns true when the record ended. */
function readSeparator(cursor: Cursor): boolean {
  const char = cursor.text[cursor.pos];
  if (char === ',') {
    cursor.pos += 1;
    return false;
  }
  if (char === '\r' && cursor.text[cursor.pos + 1] === '\n') cursor.pos += 2;
  else if (char === '\n' || char === '\r') cursor.pos += 1;
  else if (char !== undefined) throw new CsvError(`Unexpected character after a quoted field on line ${cursor.line}`);
  cursor.line += 1;
  return true;
}

/** Parses CSV text into rows of NFC-normalised fields. Blank lines are skipped. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const cursor: Cursor = { text, pos: 0, line: 1 };
  const rows: string[][] = [];
  let row: string[] = [];
  while (cursor.pos < text.length) {
    const field = text[cursor.pos] === '"' ? readQuoted(cursor) : readPlain(cursor);
    row.push(field.normalize('NFC'));
    if (readSeparator(cursor)) {
      if (!(row.length === 1 && row[0] === '')) rows.push(row);
      row = [];
    }
  }
  // Only a trailing comma leaves a started record: its last field is empty.
  if (row.length > 0) rows.push([...row, '']);
  return rows;
}

/**
 * Parses CSV with a header row into records keyed by header name; checks that the required
 * columns exist and that every row has as many fields as the header.
 */
export function parseCsvRecords(input: string, required: readonly string[]): Record<string, string>[] {
  const [header, ...body] = parseCsv(input);
  if (header === undefined) throw new CsvError('Empty CSV');
  const missing = required.filter((name) => !header.includes(name));
  if (missing.length > 0) throw new CsvError(`Missing columns: ${missing.join(', ')}`);
  return body.map((fields, index) => {
    if (fields.length !== header.length) {
      throw new CsvError(`Row ${index + 2} has ${fields.length} fields, expected ${header.length}`);
    }
    return Object.fromEntries(header.map((name, column) => [name, fields[column] ?? '']));
  });
}
