import { describe, expect, it } from 'vitest';
import { createRegistry, toolCatalog } from '../../tools/index.js';
import { mcpJsonSchema } from './mcp-server.js';

// Seed 004, part 3: the six MCP tools' input schemas as the seed writes them, keyword for keyword.
const integer = { type: 'integer' };
const string = { type: 'string' };
const seed004: Record<string, { properties: Record<string, unknown>; required?: string[] }> = {
  file_dispute: {
    properties: {
      charge_id: {
        type: 'string',
        pattern: '^ch_[a-zA-Z0-9]{24}$',
        description: 'Transaction/charge ID to dispute',
      },
      reason: {
        type: 'string',
        enum: [
          'fraudulent',
          'product_not_received',
          'duplicate',
          'product_unacceptable',
          'subscription_canceled',
          'credit_not_processed',
          'unrecognized',
          'general',
        ],
        description: 'Category of the dispute',
      },
      complaint_narrative: {
        type: 'string',
        maxLength: 5000,
        description: "Customer's description of the issue",
      },
      amount_cents: { type: 'integer', description: 'Optional partial dispute amount' },
    },
    required: ['charge_id', 'reason'],
  },
  check_dispute_status: {
    properties: { dispute_id: { type: 'string', pattern: '^dp_[a-zA-Z0-9]{24}$' } },
    required: ['dispute_id'],
  },
  get_compliance_deadline: {
    properties: {
      dispute_id: string,
      card_type: { type: 'string', enum: ['debit', 'credit', 'prepaid'] },
      dispute_created_at: integer,
      is_new_account: { type: 'boolean', default: false },
      is_foreign_transaction: { type: 'boolean', default: false },
    },
    required: ['card_type'],
  },
  add_evidence: {
    properties: {
      dispute_id: string,
      evidence_type: {
        type: 'string',
        enum: [
          'access_activity_log',
          'billing_address',
          'cancellation_policy_disclosure',
          'customer_communication',
          'customer_email_address',
          'customer_name',
          'customer_purchase_ip',
          'product_description',
          'shipping_documentation',
          'shipping_tracking_number',
          'uncategorized_text',
        ],
      },
      content: { type: 'string', maxLength: 20000 },
      submit_to_network: { type: 'boolean', default: false },
    },
    required: ['dispute_id', 'evidence_type', 'content'],
  },
  lookup_transaction: {
    properties: {
      account_id: string,
      date_from: { type: 'string', format: 'date' },
      date_to: { type: 'string', format: 'date' },
      amount_cents: integer,
      amount_tolerance_cents: { type: 'integer', default: 0 },
      merchant_name: string,
      limit: { type: 'integer', default: 10, maximum: 50 },
    },
  },
  fraud_score: {
    properties: {
      transaction_id: string,
      amount_cents: integer,
      merchant_category_code: string,
      is_card_present: { type: 'boolean', default: true },
      distance_from_home_miles: { type: 'number', default: 0 },
      account_age_days: { type: 'integer', default: 365 },
      disputes_last_90_days: { type: 'integer', default: 0 },
    },
    required: ['amount_cents'],
  },
};

describe("seed 004's MCP tools", () => {
  const registry = createRegistry(toolCatalog);

  it.each(Object.keys(seed004))('%s is listed with exactly the seed input schema', (name) => {
    const tool = registry.get(name);
    expect(tool, `${name} is in the catalog`).toBeDefined();
    // Unknown arguments are refused (additionalProperties: false): stricter than the seed, on purpose.
    const { $schema: _dialect, additionalProperties, ...schema } = mcpJsonSchema(tool!);
    expect(additionalProperties).toBe(false);
    expect(schema).toEqual({ type: 'object', ...seed004[name] });
  });

  it('keeps the limits it drops from the listing when a call is checked', () => {
    const lookup = registry.get('lookup_transaction')!;
    expect(lookup.input.safeParse({ date_from: '2026-02-30' }).success).toBe(false);
    expect(lookup.input.safeParse({ amount_cents: 2 ** 60 }).success).toBe(false);
    expect(lookup.input.safeParse({ limit: 51 }).success).toBe(false);
  });
});
