import { customAlphabet } from 'nanoid';

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** 24 base-62 characters ≈ 143 bits from the OS CSPRNG: unguessable, as seed 004's ids require. */
const randomBody = customAlphabet(base62, 24);

export const idPrefixes = {
  customer: 'cus',
  account: 'acct',
  journal: 'jr',
  hold: 'hold',
  transaction: 'ch',
  card: 'card',
  transfer: 'tr',
  dispute: 'dp',
  disputeEvent: 'dpe',
  disputeEvidence: 'dpev',
  check: 'chk',
  stopPayment: 'sp',
  payee: 'payee',
  billPayment: 'bp',
  session: 'sess',
  consent: 'cons',
  audit: 'aud',
  otp: 'otp',
  sms: 'sms',
  stepUpLock: 'lock',
  staff: 'stf',
  staffSession: 'stfs',
  handoff: 'ho',
  statementRequest: 'stmt',
  vaultCard: 'tok',
  cardCapture: 'cap',
  cardPayment: 'cpay',
  conversation: 'conv',
  message: 'msg',
} as const;

export type IdKind = keyof typeof idPrefixes;

export type IdFactory = (kind: IdKind) => string;

export const newId: IdFactory = (kind) => `${idPrefixes[kind]}_${randomBody()}`;

/**
 * Ids from a seeded generator, for the demo bank only: the same seed gives the same ids, so demo
 * scripts and docs can name them. Never used for anything created at run time.
 */
export function seededIdFactory(next: () => number): IdFactory {
  return (kind) => {
    let body = '';
    for (let i = 0; i < 24; i++) body += base62[Math.floor(next() * base62.length)];
    return `${idPrefixes[kind]}_${body}`;
  };
}

export function isId(kind: IdKind, value: string): boolean {
  return new RegExp(`^${idPrefixes[kind]}_[0-9A-Za-z]{24}$`).test(value);
}
