import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { AppError } from '../../../errors/index.js';
import type { LabelledText } from './classifier.js';

const labelColumns = ['label', 'category', 'intent'];

/**
 * Labelled sentences from a CSV file with a header: a `text` column and a label column named
 * `label`, `category` or `intent` (the spellings of our files, BANKING77 and CLINC150). Other
 * columns are ignored.
 */
export async function readLabelledCsv(path: string): Promise<LabelledText[]> {
  let content: Buffer;
  try {
    content = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', `no such file: ${path}`);
    throw new AppError('INVALID_INPUT', `cannot read ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  let records: string[][];
  try {
    records = parse(content, { bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    throw new AppError('INVALID_INPUT', `${path} is not valid CSV: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const textAt = header.indexOf('text');
  const labelAt = header.findIndex((h) => labelColumns.includes(h));
  if (textAt < 0 || labelAt < 0) {
    throw new AppError(
      'INVALID_INPUT',
      `${path} needs a header with a text column and a label, category or intent column` +
        ` (found: ${header.join(', ') || 'nothing'})`,
    );
  }
  const rows: LabelledText[] = [];
  for (let i = 1; i < records.length; i++) {
    const text = records[i]![textAt]?.trim() ?? '';
    const label = records[i]![labelAt]?.trim() ?? '';
    if (!text || !label) {
      throw new AppError('INVALID_INPUT', `${path}, record ${i + 1}: empty text or label`);
    }
    rows.push({ text, label });
  }
  if (rows.length === 0) throw new AppError('INVALID_INPUT', `${path} has no rows`);
  return rows;
}
