import type { ToolTemplate } from '../types.js';
import { accountTemplates } from './accounts.js';
import { authTemplates } from './auth.js';
import { cardPaymentTemplates } from './card-payments.js';
import { cardTemplates } from './cards.js';
import { complianceTemplates } from './compliance.js';
import { disputeTemplates } from './disputes.js';
import { fraudTemplates } from './fraud.js';
import { handoffTemplates } from './handoff.js';
import { paymentTemplates } from './payments.js';
import { transferTemplates } from './transfers.js';

/** Every tool's wording, by tool name. */
export const toolTemplates: ReadonlyMap<string, ToolTemplate> = new Map(
  Object.entries({
    ...authTemplates,
    ...accountTemplates,
    ...cardTemplates,
    ...disputeTemplates,
    ...paymentTemplates,
    ...transferTemplates,
    ...fraudTemplates,
    ...complianceTemplates,
    ...handoffTemplates,
    ...cardPaymentTemplates,
  }),
);
