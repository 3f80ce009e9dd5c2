import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { AppError } from '../errors/index.js';
import { scenarioSchema, toScenario } from './scenario-schema.js';
import type { Scenario } from './scenario-schema.js';

const scenarioFile = /\.(ya?ml|json)$/i;

/** Every problem in a file, one per line, each naming the file and the field. */
function describeIssues(file: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const at = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys
        .map((key) => `${file}: ${at ? `${at}.` : ''}${key}: unknown field`)
        .join('\n');
    }
    // A record key's own problem is nested; its message says more than "Invalid key".
    const message =
      issue.code === 'invalid_key' && issue.issues.length > 0
        ? issue.issues.map((inner) => inner.message).join('; ')
        : issue.message;
    return `${file}: ${at || '(top level)'}: ${message}`;
  });
}

/** Parses and validates one scenario's text (YAML or JSON); throws naming the file and fields. */
export function parseScenario(text: string, file: string): Scenario {
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    const lines = document.errors.map((error) => {
      const where = error.linePos?.[0];
      return `${file}${where ? `:${where.line}:${where.col}` : ''}: not valid YAML: ${error.message.split('\n')[0]}`;
    });
    throw new AppError('INVALID_INPUT', lines.join('\n'));
  }
  const parsed = scenarioSchema.safeParse(document.toJS());
  if (!parsed.success) {
    throw new AppError('INVALID_INPUT', describeIssues(file, parsed.error.issues).join('\n'));
  }
  return toScenario(parsed.data, file);
}

/**
 * Every scenario file in a folder (not its subfolders), sorted by file name. All files are
 * checked before anything is reported, so one run lists every broken file; ids must be unique.
 */
export async function loadScenarios(dir: string): Promise<Scenario[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => scenarioFile.test(name)).sort();
  } catch (error) {
    throw new AppError('INVALID_INPUT', `cannot read the scenario folder ${dir}`, {
      cause: error,
    });
  }
  if (names.length === 0) {
    throw new AppError('INVALID_INPUT', `no scenario files (.yaml, .yml, .json) in ${dir}`);
  }
  const problems: string[] = [];
  const scenarios: Scenario[] = [];
  const fileById = new Map<string, string>();
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      const scenario = parseScenario(await readFile(file, 'utf8'), file);
      const earlier = fileById.get(scenario.id);
      if (earlier) {
        problems.push(`${file}: id: "${scenario.id}" is already used by ${earlier}`);
        continue;
      }
      fileById.set(scenario.id, file);
      scenarios.push(scenario);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (problems.length > 0) throw new AppError('INVALID_INPUT', problems.join('\n'));
  return scenarios;
}
