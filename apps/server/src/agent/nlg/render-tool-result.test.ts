import { errorCodes } from '@bankdesk/contracts';
import { describe, expect, it } from 'vitest';
import { toolCatalog } from '../../tools/index.js';
import type { ToolOutcome } from '../../tools/index.js';
import { hasToolTemplate, renderToolResult, variantFor } from './render-tool-result.js';
import type { RenderContext, Rendered } from './types.js';

const ctx: RenderContext = {
  timeZone: 'America/New_York',
  now: new Date('2026-11-21T15:00:00Z'),
  channel: 'chat',
};

function expectClean(rendered: Rendered, where: string) {
  for (const text of [rendered.text, rendered.speech]) {
    expect(text.trim(), where).not.toBe('');
    expect(text, where).not.toMatch(/undefined|NaN|\[object|\bnull\b|Invalid Date/);
  }
  expect(rendered.speech, where).not.toMatch(/[*#`_\n$]|(^|\s)- |\d{5,}/);
}

describe('renderToolResult', () => {
  it('words every error code for every tool, on screen and aloud', () => {
    for (const tool of toolCatalog) {
      for (const code of errorCodes) {
        for (const channel of ['chat', 'phone'] as const) {
          const outcome = { ok: false, code, message: '' } as ToolOutcome;
          expectClean(
            renderToolResult(tool.name, outcome, { ...ctx, channel }),
            `${tool.name} ${code}`,
          );
        }
      }
    }
  });

  it('says something honest for a tool it does not know, whatever happened', () => {
    expect(hasToolTemplate('open_safe_deposit_box')).toBe(false);
    expect(renderToolResult('open_safe_deposit_box', { ok: true }, ctx).text).toBe(
      "That's done, though I can't show you the details right now.",
    );
    const missing = renderToolResult(
      'open_safe_deposit_box',
      { ok: false, code: 'NOT_FOUND', message: 'there is no tool called open_safe_deposit_box' },
      ctx,
    );
    expect(missing.text).toBe("That isn't something I can do in this conversation.");
  });

  it('falls back rather than print a field that is missing or of the wrong type', () => {
    const odd = renderToolResult(
      'check_balance',
      { ok: true, accounts: [{ type: 'checking', last4: 4521, available_cents: 'lots' }] },
      ctx,
    );
    expectClean(odd, 'odd balance');
    expect(odd.text).not.toContain('4521');
    const empty = renderToolResult('internal_transfer', { ok: true }, ctx);
    expectClean(empty, 'empty transfer');
    expect(empty.text).toMatch(/^Transfer complete!/);
    const unknownCode = renderToolResult(
      'check_balance',
      { ok: false, code: 'SOMETHING_NEW', message: 'x' } as unknown as ToolOutcome,
      ctx,
    );
    expect(unknownCode.text).toMatch(/went wrong on our side/);
  });

  it('gives a refusal the words of its tool when the tool has them', () => {
    const limit = {
      ok: false,
      code: 'LIMIT_EXCEEDED',
      message: 'wires here are limited to $100,000.00',
    } as ToolOutcome;
    expect(renderToolResult('send_wire', limit, ctx).text).toContain('$100,000.00 limit for wires');
    const step = {
      ok: false,
      code: 'AUTH_REQUIRED',
      message: '',
      level: 3,
      next: 'security_answer',
    } as ToolOutcome;
    expect(renderToolResult('stop_payment', step, ctx).text).toMatch(/security question/);
    const identify = {
      ok: false,
      code: 'AUTH_REQUIRED',
      message: '',
      level: 1,
      next: 'identify',
    } as ToolOutcome;
    expect(renderToolResult('check_balance', identify, ctx).text).toMatch(
      /date of birth or ZIP code/,
    );
    expect(
      renderToolResult('check_balance', identify, { ...ctx, channel: 'phone' }).text,
    ).not.toMatch(/ZIP/);
  });

  it('picks the variant a channel uses', () => {
    expect(variantFor('chat')).toBe('text');
    expect(variantFor('mcp')).toBe('text');
    expect(variantFor('voice')).toBe('speech');
    expect(variantFor('phone')).toBe('speech');
  });
});
