import { describe, expect, it } from 'vitest';
import { parseScenario } from './load-scenarios.js';
import {
  judgeActions,
  judgeCommunicate,
  judgeNever,
  judgeStatus,
  part,
  passHatK,
  reward,
  scoreSuite,
} from './scoring.js';
import type { Observed } from './scoring.js';

const scenario = parseScenario(
  `
id: s
title: s
persona: { customerId: CUST-10001, phone: "+15552345678" }
turns: [hi]
expect:
  communicate: ["$200", "ending in 4521"]
  never: ["{otp}", "Johnson"]
  actions: [check_balance, "dispute_charge|file_dispute"]
  status: active
`,
  's.yaml',
);

const observed = (over: Partial<Observed> = {}): Observed => ({
  agentTexts: ['Your account ending in 4521 has $200.00 pending.'],
  actions: [
    { tool: 'check_balance', ok: true },
    { tool: 'file_dispute', ok: true },
  ],
  finalStatus: 'active',
  codes: ['482913'],
  ...over,
});

describe('the parts of a trial', () => {
  it('passes when everything expected was said and done', () => {
    const parts = [
      judgeCommunicate(scenario.expect, observed()),
      judgeNever(scenario.expect, observed()),
      judgeActions(scenario.expect, observed()),
      judgeStatus(scenario.expect, observed()),
    ];
    expect(parts.every((p) => p.pass)).toBe(true);
    expect(reward(parts)).toBe(1);
  });

  it('names each phrase the agent never said', () => {
    const result = judgeCommunicate(scenario.expect, observed({ agentTexts: ['$2,000.00'] }));
    expect(result).toEqual({
      part: 'communicate',
      pass: false,
      reasons: ['never said "$200"', 'never said "ending in 4521"'],
    });
  });

  it('catches a one-time code the agent read out, without repeating it', () => {
    const result = judgeNever(
      scenario.expect,
      observed({ agentTexts: ['Sure, your code is 482913.'] }),
    );
    expect(result.pass).toBe(false);
    expect(result.reasons).toEqual(['said a one-time code ({otp})']);
    expect(result.reasons.join()).not.toContain('482913');
  });

  it('catches a forbidden phrase in any message', () => {
    const result = judgeNever(scenario.expect, observed({ agentTexts: ['ok', 'Is it JOHNSON?'] }));
    expect(result.reasons).toEqual(['said "Johnson"']);
  });

  it('needs each tool (or one of its alternatives) to have run successfully', () => {
    const failed = judgeActions(
      scenario.expect,
      observed({
        actions: [
          { tool: 'check_balance', ok: true },
          { tool: 'dispute_charge', ok: false, code: 'AUTH_REQUIRED' },
        ],
      }),
    );
    expect(failed.reasons).toEqual(['dispute_charge|file_dispute did not run successfully']);
  });

  it('names a card number it caught only by its last four', () => {
    const pan = { ...scenario.expect, never: ['4111 1111 1111 1111'] };
    const result = judgeNever(pan, observed({ agentTexts: ['You typed 4111 1111 1111 1111'] }));
    expect(result.pass).toBe(false);
    expect(result.reasons).toEqual(['said "•••• 1111"']);
  });

  it('compares the final status', () => {
    expect(judgeStatus(scenario.expect, observed({ finalStatus: 'handed_off' })).reasons).toEqual([
      'ended handed_off, expected active',
    ]);
  });

  it('multiplies the parts: one failure makes the reward 0', () => {
    expect(reward([part('run', []), part('state', ['x']), part('never', [])])).toBe(0);
    expect(reward([part('run', []), part('state', [])])).toBe(1);
  });
});

describe('pass^k', () => {
  it('is the share of scenarios passing every trial when k equals the trials', () => {
    // Three scenarios, four trials each: 4/4, 2/4 and 0/4 passed.
    expect(passHatK([4, 2, 0], 4, 4)).toBeCloseTo(1 / 3);
  });

  it('is the mean pass rate at k = 1', () => {
    expect(passHatK([4, 2, 0], 4, 1)).toBeCloseTo((1 + 0.5 + 0) / 3);
  });

  it('estimates from combinations in between', () => {
    // C(2,2)/C(4,2) = 1/6 for the scenario that passed twice.
    expect(passHatK([4, 2, 0], 4, 2)).toBeCloseTo((1 + 1 / 6 + 0) / 3);
    expect(passHatK([3], 4, 3)).toBeCloseTo(1 / 4);
  });

  it('is 0 for nonsense inputs', () => {
    expect(passHatK([], 3, 1)).toBe(0);
    expect(passHatK([1], 1, 2)).toBe(0);
  });

  it('scores a suite', () => {
    expect(scoreSuite([3, 1, 3], 3)).toEqual({
      scenarios: 3,
      trials: 3,
      passRate: expect.closeTo(7 / 9, 10),
      // One pass in three trials never gives two passing draws.
      passHat: { '1': expect.closeTo(7 / 9, 10), '2': expect.closeTo(2 / 3, 10), '3': 2 / 3 },
      allPassed: 2,
    });
  });
});
