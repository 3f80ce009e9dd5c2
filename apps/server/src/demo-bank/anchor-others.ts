import { merchants } from './merchants.js';
import type { Merchant } from './merchants.js';
import { PlanBuilder } from './plan.js';
import type { CustomerPlan } from './plan.js';
import { dispute } from './plan-events.js';
import type { BankClock, SeedRandom } from './seed-random.js';

export const priyaShah = {
  customerNumber: 'CUST-10002',
  phone: '+15558765432',
  creditCardLast4: '8810',
  checkingLast4: '1190',
  jurisdiction: 'US-CA',
} as const;

export const marcusChen = {
  customerNumber: 'CUST-10003',
  phone: '+15553001200',
  checkingOpenedDaysAgo: 12,
} as const;

export const cardLostCustomer = { customerNumber: 'CUST-10004' } as const;

/** Buys something from the merchant catalog, local merchants in the cardholder's city. */
export function buyFrom(
  b: PlanBuilder,
  cardKey: string,
  accountKey: string,
  merchant: Merchant,
  daysAgo: number,
  home: { city: string; region: string },
  extra: { amountCents?: number; pending?: boolean; ref?: string } = {},
): void {
  b.purchase(cardKey, accountKey, {
    descriptor: merchant.descriptor,
    merchantName: merchant.name,
    mcc: merchant.mcc,
    category: merchant.category,
    amountCents: extra.amountCents ?? b.random.cents(merchant.minDollars, merchant.maxDollars),
    daysAgo,
    cardPresent: merchant.cardPresent,
    city: merchant.city ?? home.city,
    region: merchant.region ?? home.region,
    ...(extra.pending ? { pending: true } : {}),
    ...(extra.ref ? { ref: extra.ref } : {}),
  });
}

export function merchant(descriptorStart: string): Merchant {
  const found = merchants.find((m) => m.descriptor.startsWith(descriptorStart));
  if (!found) throw new Error(`seed: no merchant ${descriptorStart}`);
  return found;
}

/** Priya: a Regulation Z credit card with an open billing dispute, in an all-party-consent state. */
export function planPriyaShah(random: SeedRandom, clock: BankClock): CustomerPlan {
  const home = { city: 'San Francisco', region: 'CA' };
  const b = new PlanBuilder(random, clock, {
    id: random.ids('customer'),
    customerNumber: priyaShah.customerNumber,
    firstName: 'Priya',
    lastName: 'Shah',
    email: 'priya.shah@example.com',
    phone: priyaShah.phone,
    dateOfBirth: '1990-07-22',
    addressLine1: '2450 Mission St',
    city: home.city,
    region: home.region,
    postalCode: '94110',
    jurisdiction: priyaShah.jurisdiction,
    securityQuestion: 'What was the name of your first pet?',
    securityAnswer: 'Biscuit',
    createdAt: clock.at(1_100),
  });
  const opened = clock.at(1_095);
  b.account('card', {
    type: 'credit_card',
    nickname: 'Platinum Rewards Card',
    numberLast4: priyaShah.creditCardLast4,
    creditLimitCents: 800_000,
    aprBasisPoints: 2_199,
    statementDay: 15,
    openedAt: opened,
  });
  b.account('checking', {
    type: 'checking',
    nickname: 'Everyday Checking',
    numberLast4: priyaShah.checkingLast4,
    openedAt: opened,
    firstDepositAt: opened,
  });
  const expYear = clock.now.getUTCFullYear() + 2;
  b.card('credit', 'card', {
    kind: 'credit',
    brand: 'mastercard',
    last4: priyaShah.creditCardLast4,
    expMonth: 11,
    expYear,
    cardholderName: 'PRIYA SHAH',
    status: 'active',
    createdAt: opened,
  });
  b.card('credit-authorized-user', 'card', {
    kind: 'credit',
    brand: 'mastercard',
    last4: random.digits(4),
    expMonth: 11,
    expYear,
    cardholderName: 'ROHAN SHAH',
    status: 'active',
    createdAt: clock.at(300),
  });
  b.card('debit', 'checking', {
    kind: 'debit',
    brand: 'visa',
    last4: random.digits(4),
    expMonth: 4,
    expYear: expYear + 1,
    cardholderName: 'PRIYA SHAH',
    status: 'active',
    createdAt: opened,
  });

  b.deposit('checking', {
    kind: 'deposit',
    amountCents: 420_000,
    daysAgo: 45,
    description: 'BALANCE FORWARD',
  });
  for (const daysAgo of [28, 14]) {
    b.deposit('checking', {
      kind: 'payroll',
      amountCents: 310_000,
      daysAgo,
      description: 'BRIGHTWAVE MEDIA PAYROLL PPD',
      counterparty: 'Brightwave Media',
    });
  }
  buyFrom(b, 'credit', 'card', merchant('WHOLEFDS'), 26, home);
  buyFrom(b, 'credit', 'card', merchant('NETFLIX'), 22, home);
  buyFrom(b, 'credit-authorized-user', 'card', merchant('UBER'), 19, home);
  buyFrom(b, 'credit', 'card', merchant('SP * ALLBIRDS'), 17, home, {
    amountCents: 12_800,
    ref: 'priya:allbirds',
  });
  // Less than the charges: the card carries a balance, so it can be paid (seed 003's call).
  b.transfer('checking', 'card', 15_000, 10, 'Card payment');
  buyFrom(b, 'credit', 'card', merchant('PAYPAL *ETSY'), 9, home);
  buyFrom(b, 'debit', 'checking', merchant('TRADER JOE'), 7, home);
  buyFrom(b, 'debit', 'checking', merchant('STARBUCKS'), 2, home);
  buyFrom(b, 'credit', 'card', merchant('LYFT'), 1, home, { pending: true });
  dispute(b, {
    chargeRef: 'priya:allbirds',
    accountKey: 'card',
    cardKey: 'credit',
    amountCents: 12_800,
    reason: 'product_not_received',
    status: 'needs_response',
    network: 'mastercard',
    networkReasonCode: '4853',
    regulation: 'reg_z',
    narrative:
      'Ordered shoes five weeks ago; they never arrived and the store stopped answering email.',
    filedDaysAgo: 3,
    isPointOfSale: true,
  });
  return b.plan;
}

/** Marcus: a checking account opened 12 days ago, so Regulation E's new-account rules apply. */
export function planMarcusChen(random: SeedRandom, clock: BankClock): CustomerPlan {
  const home = { city: 'Austin', region: 'TX' };
  const b = new PlanBuilder(random, clock, {
    id: random.ids('customer'),
    customerNumber: marcusChen.customerNumber,
    firstName: 'Marcus',
    lastName: 'Chen',
    email: 'marcus.chen@example.com',
    phone: marcusChen.phone,
    dateOfBirth: '1998-11-05',
    addressLine1: '600 Congress Ave, Unit 14',
    city: home.city,
    region: home.region,
    postalCode: '78701',
    jurisdiction: 'US-TX',
    securityQuestion: 'In what city were you born?',
    securityAnswer: 'El Paso',
    createdAt: clock.at(marcusChen.checkingOpenedDaysAgo, 9, 0),
  });
  b.account('checking', {
    type: 'checking',
    nickname: 'Starter Checking',
    numberLast4: random.digits(4),
    openedAt: clock.at(marcusChen.checkingOpenedDaysAgo, 9, 30),
  });
  b.card('debit', 'checking', {
    kind: 'debit',
    brand: 'visa',
    last4: random.digits(4),
    expMonth: 10,
    expYear: clock.now.getUTCFullYear() + 4,
    cardholderName: 'MARCUS CHEN',
    status: 'active',
    createdAt: clock.at(marcusChen.checkingOpenedDaysAgo, 9, 30),
  });
  b.deposit('checking', {
    kind: 'deposit',
    amountCents: 150_000,
    daysAgo: marcusChen.checkingOpenedDaysAgo,
    description: 'MOBILE CHECK DEPOSIT',
  });
  buyFrom(b, 'debit', 'checking', merchant('CHIPOTLE'), 9, home);
  buyFrom(b, 'debit', 'checking', merchant('TARGET'), 6, home);
  buyFrom(b, 'debit', 'checking', merchant('UBER'), 3, home);
  buyFrom(b, 'debit', 'checking', merchant('SPOTIFY'), 1, home, { pending: true });
  return b.plan;
}

/** CUST-10004: reported the debit card lost three days ago; the replacement is on its way. */
export function planCardLostCustomer(random: SeedRandom, clock: BankClock): CustomerPlan {
  const home = { city: 'Nashville', region: 'TN' };
  const b = new PlanBuilder(random, clock, {
    id: random.ids('customer'),
    customerNumber: cardLostCustomer.customerNumber,
    firstName: 'Dana',
    lastName: 'Brooks',
    email: 'dana.brooks@example.com',
    phone: '+15554102288',
    dateOfBirth: '1979-01-30',
    addressLine1: '401 Broadway, Apt 5C',
    city: home.city,
    region: home.region,
    postalCode: '37203',
    jurisdiction: 'US-TN',
    securityQuestion: 'What was the make of your first car?',
    securityAnswer: 'Subaru',
    createdAt: clock.at(1_500),
  });
  const opened = clock.at(1_490);
  for (const [key, type, nickname] of [
    ['checking', 'checking', 'Everyday Checking'],
    ['savings', 'savings', 'Rainy Day Savings'],
  ] as const) {
    b.account(key, {
      type,
      nickname,
      numberLast4: random.digits(4),
      openedAt: opened,
      firstDepositAt: opened,
    });
  }
  const expYear = clock.now.getUTCFullYear() + 2;
  b.card('lost-debit', 'checking', {
    kind: 'debit',
    brand: 'visa',
    last4: random.digits(4),
    expMonth: 6,
    expYear,
    cardholderName: 'DANA BROOKS',
    status: 'lost',
    statusReason: 'reported lost by the cardholder',
    statusChangedAt: clock.at(3, 20, 10),
    createdAt: clock.at(700),
  });
  b.card('replacement-debit', 'checking', {
    kind: 'debit',
    brand: 'visa',
    last4: random.digits(4),
    expMonth: 6,
    expYear: expYear + 2,
    cardholderName: 'DANA BROOKS',
    status: 'pending_activation',
    replacesCardId: b.idOf('lost-debit'),
    shippingStatus: 'in_transit',
    shippedAt: clock.at(2, 16, 0),
    expectedDeliveryOn: clock.date(3),
    trackingNumber: `9400 1118 9922 ${random.digits(4)} ${random.digits(4)} ${random.digits(2)}`,
    createdAt: clock.at(3, 20, 12),
  });
  b.deposit('checking', {
    kind: 'deposit',
    amountCents: 310_000,
    daysAgo: 40,
    description: 'BALANCE FORWARD',
  });
  b.deposit('savings', {
    kind: 'deposit',
    amountCents: 825_000,
    daysAgo: 40,
    description: 'BALANCE FORWARD',
  });
  b.deposit('checking', {
    kind: 'payroll',
    amountCents: 265_000,
    daysAgo: 15,
    description: 'METRO GENERAL HOSPITAL PAYROLL PPD',
    counterparty: 'Metro General Hospital',
  });
  buyFrom(b, 'lost-debit', 'checking', merchant('COSTCO'), 11, home);
  buyFrom(b, 'lost-debit', 'checking', merchant('CVS'), 6, home);
  buyFrom(b, 'lost-debit', 'checking', merchant('SHELL'), 4, home);
  b.deposit('savings', {
    kind: 'interest',
    amountCents: 687,
    daysAgo: 21,
    description: 'INTEREST PAYMENT',
  });
  return b.plan;
}
