import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLabelledCsv } from './labelled-csv.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bankdesk-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const at = path.join(dir, name);
  writeFileSync(at, content);
  return at;
}

describe('readLabelledCsv', () => {
  it.each(['label', 'category', 'intent'])('reads text and a %s column', async (column) => {
    const at = file(`${column}.csv`, `id,text,${column}\n1,"hello, there",greet\n2,bye,goodbye\n`);
    expect(await readLabelledCsv(at)).toEqual([
      { text: 'hello, there', label: 'greet' },
      { text: 'bye', label: 'goodbye' },
    ]);
  });

  it('accepts a byte-order mark, CRLF and blank lines', async () => {
    const at = file('bom.csv', '\ufefftext,Label\r\nhi,greet\r\n\r\nyes,affirm\r\n');
    expect(await readLabelledCsv(at)).toHaveLength(2);
  });

  it('says NOT_FOUND for a missing file', async () => {
    await expect(readLabelledCsv(path.join(dir, 'nope.csv'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('nope.csv'),
    });
  });

  it('says INVALID_INPUT, naming the columns found, when a column is missing', async () => {
    const at = file('cols.csv', 'sentence,label\nhi,greet\n');
    await expect(readLabelledCsv(at)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('found: sentence, label'),
    });
  });

  it('says INVALID_INPUT for an empty label, broken quoting or no rows', async () => {
    await expect(readLabelledCsv(file('empty.csv', 'text,label\nhi,\n'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('record 2'),
    });
    await expect(
      readLabelledCsv(file('quote.csv', 'text,label\n"hi,greet\n')),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(readLabelledCsv(file('header.csv', 'text,label\n'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
