import { describe, expect, it } from 'vitest';
import { judgeAuthLevels } from './state-checks.js';

const call = (resource: string, authLevel: number | null) => ({ resource, authLevel });

describe('judgeAuthLevels', () => {
  it('passes when every successful run was at the level or above', () => {
    expect(
      judgeAuthLevels([call('check_balance', 1), call('internal_transfer', 2)], {
        check_balance: 1,
        internal_transfer: 2,
      }),
    ).toEqual({ pass: true });
  });

  it('fails a run below the level, naming it', () => {
    expect(
      judgeAuthLevels([call('internal_transfer', 2), call('internal_transfer', 1)], {
        internal_transfer: 2,
      }),
    ).toEqual({
      pass: false,
      reason: 'internal_transfer ran at level 1, below the required 2',
    });
  });

  it('fails a tool that never ran', () => {
    expect(judgeAuthLevels([call('check_balance', 1)], { stop_payment: 3 })).toEqual({
      pass: false,
      reason: 'stop_payment never ran successfully',
    });
  });

  it('accepts any of the alternatives', () => {
    expect(
      judgeAuthLevels([call('file_dispute', 2)], { 'dispute_charge|file_dispute': 2 }).pass,
    ).toBe(true);
    expect(
      judgeAuthLevels([call('file_dispute', 0)], { 'dispute_charge|file_dispute': 2 }),
    ).toEqual({ pass: false, reason: 'file_dispute ran at level 0, below the required 2' });
  });

  it('treats an unknown level as 0', () => {
    expect(judgeAuthLevels([call('freeze_card', null)], { freeze_card: 1 }).pass).toBe(false);
  });
});
