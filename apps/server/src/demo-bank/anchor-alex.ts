import { PlanBuilder } from './plan.js';
import type { CustomerPlan } from './plan.js';
import { dispute, externalTransfer, paperCheck, payeeWithPayment } from './plan-events.js';
import type { BankClock, SeedRandom } from './seed-random.js';
import { businessDaysAhead } from './weekdays.js';

/** Alex's numbers are the ones the seed dialogues quote; tests pin every one of them. */
export const alexRivera = {
  customerNumber: 'CUST-10001',
  phone: '+15552345678',
  dateOfBirth: '1985-03-14',
  postalCode: '80202',
  securityAnswer: 'Johnson',
  checkingLast4: '4521',
  savingsLast4: '7789',
  debitCardLast4: '4532',
  checkingAvailableCents: 564_732,
  checkingPendingCents: 20_000,
  savingsCents: 1_240_000,
  openDisputeCents: 110_424,
} as const;

export function planAlexRivera(random: SeedRandom, clock: BankClock): CustomerPlan {
  const b = new PlanBuilder(random, clock, {
    id: random.ids('customer'),
    customerNumber: alexRivera.customerNumber,
    firstName: 'Alex',
    lastName: 'Rivera',
    email: 'alex.rivera@example.com',
    phone: alexRivera.phone,
    dateOfBirth: alexRivera.dateOfBirth,
    addressLine1: '1550 Larimer St, Apt 1204',
    city: 'Denver',
    region: 'CO',
    postalCode: alexRivera.postalCode,
    jurisdiction: 'US-CO',
    securityQuestion: "What is your mother's maiden name?",
    securityAnswer: alexRivera.securityAnswer,
    createdAt: clock.at(2_200),
  });
  const opened = clock.at(2_190);
  const accountBase = (kind: 'checking' | 'savings') => ({
    type: kind,
    openedAt: opened,
    firstDepositAt: clock.at(2_189),
  });
  b.account(
    'checking',
    {
      ...accountBase('checking'),
      nickname: 'Everyday Checking',
      numberLast4: alexRivera.checkingLast4,
    },
    alexRivera.checkingAvailableCents + alexRivera.checkingPendingCents,
  );
  b.account(
    'savings',
    {
      ...accountBase('savings'),
      nickname: 'High-Yield Savings',
      numberLast4: alexRivera.savingsLast4,
    },
    alexRivera.savingsCents,
  );
  b.card('debit', 'checking', {
    kind: 'debit',
    brand: 'visa',
    last4: alexRivera.debitCardLast4,
    expMonth: 8,
    expYear: clock.now.getUTCFullYear() + 3,
    cardholderName: 'ALEX RIVERA',
    status: 'active',
    createdAt: clock.at(400),
  });

  const denver = { city: 'Denver', region: 'CO', cardPresent: true };
  const buy = (
    daysAgo: number,
    descriptor: string,
    merchantName: string,
    mcc: string,
    category: string,
    amountCents: number,
    where: { city: string; region: string; cardPresent: boolean },
    extra: { pending?: boolean; ref?: string } = {},
  ) =>
    b.purchase('debit', 'checking', {
      descriptor,
      merchantName,
      mcc,
      category,
      amountCents,
      daysAgo,
      ...where,
      ...extra,
    });

  for (const daysAgo of [30, 16, 2]) {
    b.deposit('checking', {
      kind: 'payroll',
      amountCents: 215_000,
      daysAgo,
      description: 'ACME ANALYTICS PAYROLL PPD',
      counterparty: 'Acme Analytics Inc',
    });
  }
  b.transfer('checking', 'savings', 40_000, 25, 'Monthly savings');
  b.deposit('savings', {
    kind: 'interest',
    amountCents: 1_021,
    daysAgo: 21,
    description: 'INTEREST PAYMENT',
  });
  paperCheck(b, 'checking', {
    checkNumber: 1233,
    amountCents: 8_500,
    payeeName: 'Denver Water',
    issuedDaysAgo: 26,
    clearedDaysAgo: 22,
  });
  buy(
    20,
    'DELTA AIR 0062371049855',
    'Delta Air Lines',
    '4511',
    'travel',
    110_424,
    {
      city: 'Atlanta',
      region: 'GA',
      cardPresent: false,
    },
    { ref: 'alex:delta' },
  );
  buy(14, 'SQ *BLUE BOTTLE COFFEE', 'Blue Bottle Coffee', '5814', 'dining', 525, denver);
  dispute(b, {
    chargeRef: 'alex:delta',
    accountKey: 'checking',
    cardKey: 'debit',
    amountCents: alexRivera.openDisputeCents,
    reason: 'fraudulent',
    status: 'under_review',
    network: 'visa',
    networkReasonCode: '10.4',
    regulation: 'reg_e',
    narrative: 'I did not book this Delta flight. My card never left my wallet.',
    filedDaysAgo: 12,
    isPointOfSale: true,
    evidence: [
      {
        type: 'uncategorized_text',
        content:
          'Cardholder states the card was in their possession and no one else has access to it.',
      },
    ],
    provisionalCreditDaysAgo: 5,
  });
  payeeWithPayment(b, {
    name: 'Xcel Energy',
    category: 'utilities',
    accountLast4: '3390',
    addedDaysAgo: 200,
    payment: { fromKey: 'checking', amountCents: 14_218, daysAgo: 12, frequency: 'once' },
  });
  externalTransfer(b, 'checking', 9, {
    rail: 'zelle',
    amountCents: 12_000,
    counterpartyName: 'Sam Lee',
    counterpartyHandle: 's***@example.com',
    memo: 'Dinner split',
    status: 'completed',
  });
  buy(8, 'TST* SHAKE SHACK', 'Shake Shack', '5812', 'dining', 1_847, denver);
  buy(6, 'AMZN MKTP US*2K4L81VW3', 'Amazon Marketplace', '5999', 'shopping', 24_789, {
    city: 'Seattle',
    region: 'WA',
    cardPresent: false,
  });
  paperCheck(b, 'checking', {
    checkNumber: 1234,
    amountCents: 15_000,
    payeeName: 'ABC Company',
    issuedDaysAgo: 5,
  });
  buy(4, 'SQ *BLUE BOTTLE COFFEE', 'Blue Bottle Coffee', '5814', 'dining', 675, denver);
  buy(3, 'XYZ RESTAURANT', 'XYZ Restaurant', '5812', 'dining', 7_500, denver);
  buy(
    2,
    'HILTON GARDEN INN BOULDER',
    'Hilton Garden Inn',
    '7011',
    'travel',
    15_500,
    {
      city: 'Boulder',
      region: 'CO',
      cardPresent: true,
    },
    { pending: true },
  );
  buy(1, 'ELECTRONICS STORE', 'Electronics Store', '5732', 'shopping', 25_000, {
    city: 'Miami',
    region: 'FL',
    cardPresent: true,
  });
  buy(1, 'SHELL OIL 57444', 'Shell', '5541', 'fuel', 4_500, denver, { pending: true });
  externalTransfer(b, 'checking', 1, {
    rail: 'ach',
    amountCents: 50_000,
    counterpartyName: 'Vanguard',
    counterpartyBank: 'Vanguard Brokerage Services',
    counterpartyAccountLast4: '6612',
    memo: 'IRA contribution',
    status: 'pending',
    expectedBy: businessDaysAhead(clock, 2),
  });
  return b.plan;
}
