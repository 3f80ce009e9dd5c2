import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { accounts, preparedOnce, transactions } from '../../../db/index.js';
import type { Db } from '../../../db/index.js';
import { builtinClassifier } from '../../nlu/classifier/index.js';
import { extractEntities } from '../../nlu/entities/index.js';
import type { Entities } from '../../nlu/entities/index.js';
import type { Intent } from '../../nlu/intents.js';
import { isIntent } from '../../nlu/intents.js';
import { quickIntent } from './quick-intents.js';

export interface Understanding {
  intent: Intent;
  confidence: number;
  /** Neither a request we serve nor a conversational move: counts towards a hand-off. */
  outOfScope: boolean;
  entities: Entities;
}

/**
 * The built-in brain's reading of one message: an intent with a confidence, and the entities in
 * it. Merchants are matched against the customer's own transactions, so "Amazon" finds
 * "AMZN MKTP US" only for someone who shops there.
 */
/** The requests whose slots name a merchant: only these pay for matching the customer's charges. */
const merchantIntents = new Set<string>([
  'view_transactions',
  'dispute_charge',
  'search_transactions',
  'report_fraud',
  'fraud_check',
  'clarify_merchant',
]);

export async function understand(
  db: Db,
  text: string,
  context: {
    customerId: string | null;
    now: Date;
    timeZone: string;
    /** The open request, whose slots this message may be answering. */
    openIntent?: string | undefined;
  },
): Promise<Understanding> {
  const quick = quickIntent(text);
  let intent: Intent = quick ?? 'out_of_scope';
  let confidence = 1;
  let outOfScope = false;
  if (!quick) {
    const prediction = builtinClassifier().classify(text);
    const label = isIntent(prediction.label) ? prediction.label : 'out_of_scope';
    confidence = prediction.confidence;
    // The classifier's own out-of-scope decision: its threshold is calibrated on our utterances.
    outOfScope = prediction.outOfScope || label === 'out_of_scope';
    intent = outOfScope ? 'out_of_scope' : label;
  }
  const needsMerchants =
    context.customerId !== null &&
    (merchantIntents.has(intent) || merchantIntents.has(context.openIntent ?? ''));
  const merchants = needsMerchants ? await merchantsOf(db, context.customerId!) : [];
  const entities = extractEntities(text, {
    now: context.now,
    timeZone: context.timeZone,
    merchants,
  });
  // "Show me my charges from Blue Bottle" is a search, whatever words carried it: a listing
  // request that names one of the customer's merchants, an amount or a period is narrowed.
  if (
    intent === 'view_transactions' &&
    (entities.merchant?.matched !== undefined ||
      entities.amountsCents.length > 0 ||
      entities.dateRange !== undefined)
  )
    intent = 'search_transactions';
  return { intent, confidence, outOfScope, entities };
}

async function merchantsOf(db: Db, customerId: string): Promise<string[]> {
  const rows = await merchantsQuery(db).execute({ customerId });
  const names = new Set<string>();
  for (const row of rows) {
    if (row.name) names.add(row.name);
    names.add(row.description);
  }
  return [...names];
}

const merchantsQuery = (db: Db) =>
  preparedOnce(db, 'customer_merchants', (name) =>
    db
      .selectDistinct({ name: transactions.merchantName, description: transactions.description })
      .from(transactions)
      .innerJoin(accounts, eq(accounts.id, transactions.accountId))
      .where(
        and(
          eq(accounts.customerId, sql.placeholder('customerId')),
          isNotNull(transactions.merchantName),
        ),
      )
      .orderBy(desc(transactions.description))
      .limit(200)
      .prepare(name),
  );
