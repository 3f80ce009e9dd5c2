import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadScenarios, parseScenario } from './load-scenarios.js';

const good = `
id: check-balance
title: A balance
persona:
  customerId: CUST-10001
  phone: "+1-555-234-5678"
  dob: "1985-03-14"
turns:
  - "What's my checking balance?"
  - { text: "No, make it $300", when: confirmation }
  - { dtmf: "1#" }
expect:
  communicate: ["$5,647.32"]
  state:
    - balance: { last4: "4521", availableCents: 564732 }
  authLevelBefore:
    check_balance: 1
    dispute_charge|file_dispute: 2
`;

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a failure');
}

describe('parseScenario', () => {
  it('fills the defaults and expands the turn shorthand', () => {
    const scenario = parseScenario(good, 'good.yaml');
    expect(scenario).toMatchObject({
      id: 'check-balance',
      channel: 'chat',
      maxTurns: 16,
      file: 'good.yaml',
      persona: {
        reveals: { phone: true, dob: true, zip: true, securityAnswer: true, otp: true },
        consents: true,
        confirms: true,
        slots: {},
      },
      turns: [
        { text: "What's my checking balance?" },
        { text: 'No, make it $300', when: 'confirmation' },
        { dtmf: '1#' },
      ],
      expect: { never: [], actions: [], authLevelBefore: { check_balance: 1 } },
    });
  });

  it('keeps a reveals default for each fact not named', () => {
    const scenario = parseScenario(
      good.replace('  dob: "1985-03-14"', '  dob: "1985-03-14"\n  reveals: { otp: false }'),
      'f.yaml',
    );
    expect(scenario.persona.reveals).toEqual({
      phone: true,
      dob: true,
      zip: true,
      securityAnswer: true,
      otp: false,
    });
  });

  it.each([
    ['a missing field', good.replace('title: A balance\n', ''), 'bad.yaml: title:'],
    [
      'a non-kebab id',
      good.replace('id: check-balance', 'id: Check_Balance'),
      'bad.yaml: id: must be kebab-case',
    ],
    [
      'a wrong customer id',
      good.replace('CUST-10001', 'CUST-1'),
      'bad.yaml: persona.customerId: must look like CUST-10001',
    ],
    [
      'an unknown field',
      good.replace('expect:\n', 'expect:\n  comunicate: [x]\n'),
      'bad.yaml: expect.comunicate: unknown field',
    ],
    [
      'an unknown tool',
      good.replace('check_balance: 1', 'check_balanse: 1'),
      'bad.yaml: expect.authLevelBefore.check_balanse: names a tool that is not in the catalog: check_balanse',
    ],
    [
      'a level out of range',
      good.replace('check_balance: 1', 'check_balance: 4'),
      'bad.yaml: expect.authLevelBefore.check_balance:',
    ],
    [
      'two kinds in one state check',
      good.replace(
        '    - balance: { last4: "4521", availableCents: 564732 }',
        '    - balance: { last4: "4521", availableCents: 564732 }\n      card: { last4: "4532", status: frozen }',
      ),
      'bad.yaml: expect.state.0: each state check names exactly one of: card, dispute, balance',
    ],
    [
      'a bad card status',
      good.replace(
        '    - balance: { last4: "4521", availableCents: 564732 }',
        '    - card: { last4: "4532", status: melted }',
      ),
      'bad.yaml: expect.state.0.card.status:',
    ],
    [
      'a malformed turn',
      good.replace('  - { dtmf: "1#" }', '  - { dtmf: "abc" }'),
      'bad.yaml: turns.2.dtmf: must be keypad digits, * or #',
    ],
    [
      'a bad awaiting value',
      good.replace('when: confirmation', 'when: later'),
      'bad.yaml: turns.1:',
    ],
  ])('rejects %s, naming the file and the field', (_what, text, wanted) => {
    expect(messageOf(() => parseScenario(text, 'bad.yaml'))).toContain(wanted);
  });

  it('names the line of a YAML syntax error', () => {
    const message = messageOf(() => parseScenario('id: x\nturns: [unclosed\n', 'broken.yaml'));
    expect(message).toMatch(/^broken\.yaml:\d+:\d+: not valid YAML/);
  });

  it('lists every problem in a file, not just the first', () => {
    const message = messageOf(() =>
      parseScenario(good.replace('title: A balance\n', '').replace('CUST-10001', 'x'), 'bad.yaml'),
    );
    expect(message.split('\n')).toHaveLength(2);
  });
});

describe('loadScenarios', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bankdesk-scenarios-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads YAML and JSON files in name order and ignores other files', async () => {
    await writeFile(path.join(dir, 'b.yaml'), good.replace('id: check-balance', 'id: b'));
    await writeFile(
      path.join(dir, 'a.json'),
      JSON.stringify({ ...parseScenario(good, 'x'), id: 'a', file: undefined }),
    );
    await writeFile(path.join(dir, 'notes.txt'), 'not a scenario');
    const scenarios = await loadScenarios(dir);
    expect(scenarios.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('reports every broken file and duplicate ids in one error', async () => {
    await writeFile(path.join(dir, 'one.yaml'), good);
    await writeFile(path.join(dir, 'two.yaml'), good);
    await writeFile(path.join(dir, 'three.yaml'), good.replace('title: A balance\n', ''));
    const message = await loadScenarios(dir).then(
      () => '',
      (error: Error) => error.message,
    );
    expect(message).toContain(`${path.join(dir, 'three.yaml')}: title:`);
    expect(message).toContain(
      `${path.join(dir, 'two.yaml')}: id: "check-balance" is already used by ${path.join(dir, 'one.yaml')}`,
    );
  });

  it('refuses an empty or missing folder', async () => {
    await expect(loadScenarios(dir)).rejects.toThrow(/no scenario files/);
    await expect(loadScenarios(path.join(dir, 'nope'))).rejects.toThrow(/cannot read/);
  });
});
