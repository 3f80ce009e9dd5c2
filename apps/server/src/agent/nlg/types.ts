import type { ErrorCode } from '@bankdesk/contracts';
import type { BusinessCalendar } from '../../domain/regulation/index.js';

/** Which rendering a channel wants: chat and MCP read text, voice and the phone hear speech. */
export type Variant = 'text' | 'speech';

/** `text` may use light markdown (**bold**, "- " lists); `speech` never does. */
export interface Rendered {
  text: string;
  speech: string;
}

/** The charge a dispute or fraud report is about, as the lookup earlier in the turn showed it. */
export interface ChargeFacts {
  /** The statement descriptor, e.g. "AMZN MKTP US*2K4L81VW3". */
  description: string;
  /** The merchant's plain name when known, e.g. "Amazon Marketplace". */
  merchant_name?: string | null;
  /** The day of the charge, YYYY-MM-DD in the bank's time zone. */
  date: string;
}

export interface RenderContext {
  /** The bank's IANA time zone: dates are the bank's days. */
  timeZone: string;
  now: Date;
  channel: 'chat' | 'voice' | 'phone' | 'mcp';
  /**
   * The call's input, when the caller has it. Some results do not repeat what was asked (a
   * dispute's reason, a hand-off's reason), and a sentence is better for knowing it.
   */
  input?: Record<string, unknown>;
  /** Some results name a charge only by amount and merchant; with this they can give its date. */
  charge?: ChargeFacts;
  /** The bank's business days, to say "in 5-7 business days"; the Federal Reserve's when absent. */
  calendar?: BusinessCalendar;
}

/** A payload as the templates read it: nothing about its shape is taken on trust. */
export type Bag = Record<string, unknown>;

export interface Refusal extends Bag {
  ok: false;
  code: ErrorCode;
  message: string;
}

/**
 * One paragraph (or field block, or list) in both renderings; null leaves it out of one. The
 * speech side is plain text that `toSpeech` turns into what a voice reads out.
 */
export interface Block {
  text: string | null;
  speech: string | null;
}

export type Reply = Block[];

export interface ToolTemplate {
  success(result: Bag, ctx: RenderContext): Reply;
  /** Wording for refusals this tool words its own way; null falls back to the shared sentence. */
  refusal?(refusal: Refusal, ctx: RenderContext): Reply | null;
}
