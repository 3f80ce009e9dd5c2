import { buyFrom, merchant } from './anchor-others.js';
import { merchants } from './merchants.js';
import { PlanBuilder } from './plan.js';
import type { CardRow, CustomerPlan } from './plan.js';
import {
  dispute,
  externalTransfer,
  loanDisbursement,
  paperCheck,
  payeeWithPayment,
  stopPayment,
} from './plan-events.js';
import { places } from './places.js';
import type { BankClock, SeedRandom } from './seed-random.js';

const questions: Array<[string, (r: SeedRandom) => string]> = [
  ["What is your mother's maiden name?", (r) => r.faker.person.lastName()],
  ['What was the name of your first pet?', (r) => r.faker.animal.petName()],
  ['In what city were you born?', (r) => r.faker.helpers.arrayElement(places).city],
  ['What was the make of your first car?', (r) => r.faker.vehicle.manufacturer()],
];

/** What each generated customer holds beyond a checking account and its debit card. */
type Extra = 'savings' | 'credit_card' | 'auto_loan';
const profiles: Array<{
  extras: Extra[];
  extraCards: 'joint' | 'authorized_user' | 'closed_old' | 'none';
}> = [
  { extras: ['savings', 'auto_loan'], extraCards: 'joint' },
  { extras: ['credit_card'], extraCards: 'authorized_user' },
  { extras: ['savings'], extraCards: 'closed_old' },
  { extras: ['savings'], extraCards: 'closed_old' },
  { extras: ['credit_card'], extraCards: 'none' },
  { extras: ['savings'], extraCards: 'closed_old' },
];

/** CUST-10005 … CUST-10010, drawn from the seeded stream. */
export function planGeneratedCustomers(random: SeedRandom, clock: BankClock): CustomerPlan[] {
  const homes = random.faker.helpers.shuffle(places.filter((p) => p.city !== 'Denver'));
  return profiles.map((profile, i) => planOne(random, clock, 10_005 + i, homes[i]!, profile));
}

function planOne(
  random: SeedRandom,
  clock: BankClock,
  number: number,
  home: (typeof places)[number],
  profile: (typeof profiles)[number],
): CustomerPlan {
  const f = random.faker;
  const sex = f.helpers.arrayElement(['female', 'male'] as const);
  const firstName = f.person.firstName(sex);
  const lastName = f.person.lastName();
  const [question, answerOf] = f.helpers.arrayElement(questions);
  const sinceDays = f.number.int({ min: 400, max: 3_000 });
  const b = new PlanBuilder(random, clock, {
    id: random.ids('customer'),
    customerNumber: `CUST-${number}`,
    firstName,
    lastName,
    email: `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, '') + '@example.com',
    // 555-0100 to 555-0199 is reserved for fiction: these numbers never reach a real person.
    phone: `+1${home.areaCode}55501${String(number - 10_000).padStart(2, '0')}`,
    dateOfBirth: f.date
      .between({ from: '1956-01-01', to: '2002-12-31' })
      .toISOString()
      .slice(0, 10),
    addressLine1: `${f.number.int({ min: 100, max: 4_999 })} ${home.street}`,
    city: home.city,
    region: home.region,
    postalCode: home.postalCode,
    jurisdiction: `US-${home.region}`,
    securityQuestion: question,
    securityAnswer: answerOf(random),
    createdAt: clock.at(sinceDays + 5),
  });
  const opened = clock.at(sinceDays);
  const holder = `${firstName} ${lastName}`.toUpperCase();
  const expYear = clock.now.getUTCFullYear() + f.number.int({ min: 1, max: 4 });
  const where = { city: home.city, region: home.region };
  const facts: Facts = {};

  b.account('checking', {
    type: 'checking',
    nickname: 'Everyday Checking',
    numberLast4: random.digits(4),
    openedAt: opened,
    firstDepositAt: opened,
    creditLimitCents: f.helpers.arrayElement([0, 0, 50_000]),
  });
  b.card('debit', 'checking', {
    kind: 'debit',
    brand: 'visa',
    last4: random.digits(4),
    expMonth: f.number.int({ min: 1, max: 12 }),
    expYear,
    cardholderName: holder,
    status: 'active',
    createdAt: opened,
  });
  b.deposit('checking', {
    kind: 'deposit',
    amountCents: random.cents(2_500, 9_000),
    daysAgo: 50,
    description: 'BALANCE FORWARD',
  });
  const employer = f.company.name();
  for (const daysAgo of [33, 19, 5]) {
    b.deposit('checking', {
      kind: 'payroll',
      amountCents: random.cents(1_400, 3_600),
      daysAgo,
      description: `${employer.toUpperCase()} PAYROLL PPD`,
      counterparty: employer,
    });
  }
  const everyday = merchants.filter((m) => !m.descriptor.startsWith('SP *'));
  for (let k = 0, n = f.number.int({ min: 4, max: 6 }); k < n; k++) {
    buyFrom(
      b,
      'debit',
      'checking',
      f.helpers.arrayElement(everyday),
      f.number.int({ min: 1, max: 44 }),
      where,
    );
  }

  if (profile.extras.includes('savings')) {
    b.account('savings', {
      type: 'savings',
      nickname: 'Savings',
      numberLast4: random.digits(4),
      openedAt: opened,
      firstDepositAt: opened,
    });
    b.deposit('savings', {
      kind: 'deposit',
      amountCents: random.cents(1_000, 25_000),
      daysAgo: 50,
      description: 'BALANCE FORWARD',
    });
    b.deposit('savings', {
      kind: 'interest',
      amountCents: random.cents(1, 40),
      daysAgo: 21,
      description: 'INTEREST PAYMENT',
    });
  }
  if (profile.extras.includes('credit_card')) {
    b.account('card', {
      type: 'credit_card',
      nickname: 'Cash Back Card',
      numberLast4: random.digits(4),
      creditLimitCents: random.cents(20, 120) * 100,
      aprBasisPoints: f.helpers.arrayElement([1_899, 2_199, 2_499]),
      statementDay: f.number.int({ min: 1, max: 28 }),
      openedAt: opened,
    });
    b.card('credit', 'card', {
      kind: 'credit',
      brand: f.helpers.arrayElement(['visa', 'mastercard'] as const),
      last4: random.digits(4),
      expMonth: f.number.int({ min: 1, max: 12 }),
      expYear,
      cardholderName: holder,
      status: 'active',
      createdAt: opened,
    });
    // The same purchase presented twice: one customer has disputed the duplicate.
    const costco = random.cents(60, 260);
    buyFrom(b, 'credit', 'card', merchant('COSTCO'), 40, where, { amountCents: costco });
    buyFrom(b, 'credit', 'card', merchant('COSTCO'), 40, where, {
      amountCents: costco,
      ref: `${number}:duplicate`,
    });
    facts.duplicateChargeCents = costco;
    buyFrom(b, 'credit', 'card', f.helpers.arrayElement(everyday), 12, where);
    b.transfer('checking', 'card', random.cents(100, 300), 8, 'Card payment');
  }
  if (profile.extras.includes('auto_loan')) {
    const principal = random.cents(15_000, 24_000);
    b.account('loan', {
      type: 'loan',
      nickname: 'Auto Loan',
      numberLast4: random.digits(4),
      creditLimitCents: principal,
      aprBasisPoints: 649,
      openedAt: clock.at(400),
    });
    loanDisbursement(b, 'loan', principal, 400, 'AUTO LOAN DISBURSEMENT');
    for (const daysAgo of [46, 16])
      b.transfer('checking', 'loan', 41_237, daysAgo, 'Auto loan payment');
  }

  // A second card: a spouse's on the checking account, an authorised user's on the credit card,
  // or the expired card the current debit card replaced.
  const secondCard = (
    key: string,
    accountKey: string,
    kind: 'debit' | 'credit',
    extra: Partial<CardRow>,
  ) =>
    b.card(key, accountKey, {
      kind,
      brand: 'visa',
      last4: random.digits(4),
      expMonth: f.number.int({ min: 1, max: 12 }),
      expYear,
      cardholderName: `${f.person.firstName()} ${lastName}`.toUpperCase(),
      status: 'active',
      createdAt: opened,
      ...extra,
    });
  if (profile.extraCards === 'joint') {
    secondCard('joint-debit', 'checking', 'debit', { createdAt: clock.at(200) });
  } else if (profile.extraCards === 'authorized_user') {
    secondCard('credit-authorized-user', 'card', 'credit', { createdAt: clock.at(150) });
  } else if (profile.extraCards === 'closed_old') {
    secondCard('old-debit', 'checking', 'debit', {
      cardholderName: holder,
      expYear: clock.now.getUTCFullYear() - 1,
      status: 'closed',
      statusReason: 'expired and replaced',
      statusChangedAt: clock.at(330),
    });
  }

  addActivity(b, number, facts);
  return b.plan;
}

interface Facts {
  duplicateChargeCents?: number;
}

/** Per-customer extras, so every table the seeds name holds something to look at. */
function addActivity(b: PlanBuilder, number: number, facts: Facts): void {
  const r = b.random;
  switch (number) {
    case 10_005:
      externalTransfer(b, 'checking', 30, {
        rail: 'wire',
        amountCents: 250_000,
        feeCents: 2_500,
        counterpartyName: 'Summit Title Company',
        counterpartyBank: 'Wells Fargo Bank',
        counterpartyAccountLast4: r.digits(4),
        memo: 'Escrow deposit',
        status: 'completed',
      });
      payeeWithPayment(b, {
        name: 'Comcast',
        category: 'internet',
        accountLast4: r.digits(4),
        addedDaysAgo: 300,
        payment: {
          fromKey: 'checking',
          amountCents: 8_999,
          daysAgo: 20,
          frequency: 'monthly',
          nextInDays: 10,
        },
      });
      payeeWithPayment(b, {
        name: 'State Farm',
        category: 'insurance',
        accountLast4: r.digits(4),
        addedDaysAgo: 280,
      });
      break;
    case 10_006:
      dispute(b, {
        chargeRef: `${number}:duplicate`,
        accountKey: 'card',
        cardKey: 'credit',
        amountCents: facts.duplicateChargeCents!,
        reason: 'duplicate',
        status: 'won',
        network: 'visa',
        networkReasonCode: '12.6.1',
        regulation: 'reg_z',
        narrative: 'Charged twice for the same Costco trip.',
        filedDaysAgo: 38,
        isPointOfSale: true,
        resolvedDaysAgo: 9,
        resolution:
          'The network found the second charge was a duplicate; the merchant refunded it.',
      });
      break;
    case 10_007:
      externalTransfer(b, 'checking', 2, {
        rail: 'zelle',
        amountCents: 6_000,
        counterpartyName: 'Jordan Miles',
        counterpartyHandle: '(***) ***-0199',
        memo: 'Concert tickets',
        status: 'pending_enrollment',
      });
      payeeWithPayment(b, {
        name: 'Verizon Wireless',
        category: 'phone',
        accountLast4: r.digits(4),
        addedDaysAgo: 500,
        payment: { fromKey: 'checking', amountCents: 7_450, daysAgo: 11, frequency: 'once' },
      });
      break;
    case 10_008:
      paperCheck(b, 'checking', {
        checkNumber: 205,
        amountCents: 42_000,
        payeeName: 'Lakeside Roofing LLC',
        issuedDaysAgo: 44,
        ref: `${number}:check-205`,
      });
      stopPayment(b, 'checking', {
        checkRef: `${number}:check-205`,
        checkNumber: 205,
        amountCents: 42_000,
        payeeName: 'Lakeside Roofing LLC',
        feeCents: 3_500,
        daysAgo: 40,
      });
      break;
    case 10_009:
      externalTransfer(b, 'checking', 13, {
        rail: 'ach',
        amountCents: 30_000,
        counterpartyName: 'Fidelity Investments',
        counterpartyBank: 'Fidelity Brokerage',
        counterpartyAccountLast4: r.digits(4),
        status: 'completed',
      });
      break;
    default:
      break;
  }
}
