import { eq } from 'drizzle-orm';
import { customers } from '../../apps/server/src/db/index.js';
import type { Store } from '../../apps/server/src/db/index.js';
import { seedDemoBank } from '../../apps/server/src/demo-bank/index.js';
import { fastKdf, testTimeZone } from './fixtures.js';
import { testSecurity } from './security.js';
import type { TestSecurity } from './security.js';

/** The demo bank, seeded with the test security context's pepper so answers verify. */
export async function seededBank(
  store: Store,
  options: Parameters<typeof testSecurity>[1] = {},
): Promise<TestSecurity> {
  const security = testSecurity(store, options);
  await seedDemoBank(store.db, {
    timeZone: testTimeZone,
    pepper: security.keys.derive('kba-pepper'),
    kdfParams: fastKdf,
  });
  return security;
}

export async function customerId(store: Store, customerNumber: string): Promise<string> {
  const [row] = await store.db
    .select({ id: customers.id })
    .from(customers)
    .where(eq(customers.customerNumber, customerNumber));
  if (!row) throw new Error(`no ${customerNumber}`);
  return row.id;
}

export const alex = {
  phone: '+15552345678',
  dateOfBirth: '1985-03-14',
  postalCode: '80202',
  answer: 'Johnson',
};
export const priya = {
  phone: '+15558765432',
  dateOfBirth: '1990-07-22',
  postalCode: '94110',
  answer: 'Biscuit',
};
