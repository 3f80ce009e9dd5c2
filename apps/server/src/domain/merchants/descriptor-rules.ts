import { cleanMerchantName } from './clean-name.js';

/**
 * Descriptor prefixes we can vouch for. Each rule matches the upper-cased descriptor; `rest` is
 * whatever follows the prefix. Prefixes seen in the wild but not certain enough to explain to a
 * customer (PY *, BT*, CKO*, SPO*, FS *) are deliberately absent: a wrong "this is X" is worse
 * than an honest "we don't recognise the prefix".
 */
export interface DescriptorRule {
  /** Who processed or billed the payment; null when the merchant bills in its own name. */
  processor: string | null;
  patterns: readonly RegExp[];
  merchant: (rest: string) => string;
  explain: (merchant: string) => string;
}

const named = (fallback: string) => (rest: string) => cleanMerchantName(rest) || fallback;
const fixed = (name: string) => () => name;

const amazonExplanation = (merchant: string) =>
  `This is an ${merchant === 'Amazon Marketplace' ? 'Amazon.com order' : `${merchant} charge`}. ` +
  "The code after the * is Amazon's reference for the payment, not another company; your Amazon order history shows what it was for.";

export const descriptorRules: readonly DescriptorRule[] = [
  {
    processor: 'Square',
    patterns: [/^SQ ?\*\s*(?<rest>.*)$/],
    merchant: named('a Square seller'),
    explain: (m) =>
      `This is a payment to ${m}. "SQ *" means it went through Square, the card reader and payment service many small businesses use.`,
  },
  {
    processor: 'Squarespace',
    patterns: [/^SQSP ?\*\s*(?<rest>.*)$/],
    merchant: (rest) => {
      const name = cleanMerchantName(rest);
      return name === '' || /^(?:Inv|Website|Domain)/i.test(name) ? 'Squarespace' : name;
    },
    explain: (m) =>
      m === 'Squarespace'
        ? 'This is a Squarespace charge, usually a website or domain subscription.'
        : `This is a payment to ${m}, a shop built on Squarespace, which processed the payment.`,
  },
  {
    processor: 'Toast',
    patterns: [/^TST ?\*\s*(?<rest>.*)$/],
    merchant: named('a restaurant using Toast'),
    explain: (m) =>
      `This is a payment to ${m}. "TST*" means it went through Toast, a payment system restaurants use.`,
  },
  {
    processor: 'Amazon',
    patterns: [/^AMZN MKTP\b(?<rest>.*)$/, /^AMAZON MKTPL?\b(?<rest>.*)$/],
    merchant: fixed('Amazon Marketplace'),
    explain: amazonExplanation,
  },
  {
    processor: 'Amazon',
    patterns: [/^AMAZON PRIME\b(?<rest>.*)$/],
    merchant: fixed('Amazon Prime'),
    explain: () =>
      "This is an Amazon Prime membership charge. The code after the * is Amazon's reference for the payment.",
  },
  {
    processor: 'Amazon',
    patterns: [/^AMZN DIGITAL\b(?<rest>.*)$/, /^PRIME VIDEO\b(?<rest>.*)$/],
    merchant: fixed('Amazon Digital'),
    explain: () =>
      'This is an Amazon digital purchase, such as a Kindle book, Prime Video rental or music. Your Amazon digital orders list each one.',
  },
  {
    processor: 'Amazon',
    patterns: [
      /^AMAZON\.COM\b(?<rest>.*)$/,
      /^AMZN\.COM\b(?<rest>.*)$/,
      /^AMAZON RETA\b(?<rest>.*)$/,
    ],
    merchant: fixed('Amazon'),
    explain: amazonExplanation,
  },
  {
    processor: 'PayPal',
    patterns: [/^PAYPAL ?\*\s*(?<rest>.*)$/],
    merchant: named('PayPal'),
    explain: (m) =>
      m === 'PayPal'
        ? 'This is a payment made with PayPal using this card. Your PayPal activity shows who was paid.'
        : `This is a payment to ${m} made with PayPal. "PAYPAL *" means PayPal paid the merchant using this card.`,
  },
  {
    processor: 'Apple',
    patterns: [/^APL ?\*\s*(?<rest>.*)$/, /^APPLE\.COM\/BILL\b(?<rest>.*)$/],
    merchant: fixed('Apple'),
    explain: () =>
      "This is a charge from Apple: an App Store or iTunes purchase, or a subscription such as iCloud or Apple Music. Your Apple account's purchase history lists each item.",
  },
  {
    processor: 'Google',
    patterns: [/^GOOGLE ?\*\s*(?<rest>.*)$/],
    merchant: named('Google'),
    explain: (m) =>
      m === 'Google'
        ? 'This is a charge from Google, such as a Google Play purchase or a Google subscription.'
        : `This is ${m}, billed by Google. "GOOGLE *" appears on Google Play purchases and Google subscriptions.`,
  },
  {
    processor: 'Shopify',
    patterns: [/^SP ?\*\s*(?<rest>.*)$/],
    merchant: named('an online store'),
    explain: (m) =>
      `This is a payment to ${m}, an online store. "SP *" means the store runs on Shopify, which processed the payment.`,
  },
  {
    processor: 'Microsoft',
    patterns: [/^MSFT ?\*\s*(?<rest>.*)$/],
    merchant: fixed('Microsoft'),
    explain: () =>
      "This is a charge from Microsoft, such as Microsoft 365, Xbox or a Microsoft Store purchase. The code after the * is Microsoft's order reference.",
  },
  {
    processor: 'eBay',
    patterns: [/^EBAY O ?\*\s*(?<rest>.*)$/],
    merchant: fixed('eBay'),
    explain: () => 'This is an eBay purchase. The number after "O*" is the eBay order number.',
  },
  {
    processor: 'WePay',
    patterns: [/^WPY ?\*\s*(?<rest>.*)$/],
    merchant: named('a WePay merchant'),
    explain: (m) =>
      `This is a payment to ${m}. "WPY*" means it went through WePay, a payment service online platforms use.`,
  },
  {
    processor: 'Uber',
    patterns: [/^UBER\s*\*\s*EATS\b(?<rest>.*)$/, /^UBER EATS\b(?<rest>.*)$/],
    merchant: fixed('Uber Eats'),
    explain: () => 'This is an Uber Eats food delivery order.',
  },
  {
    processor: 'Uber',
    patterns: [/^UBER\s*\*\s*(?<rest>.*)$/],
    merchant: fixed('Uber'),
    explain: () =>
      'This is an Uber ride. The words after the * (such as TRIP) describe the service; the Uber app lists each trip.',
  },
  {
    processor: 'Lyft',
    patterns: [/^LYFT\s*\*\s*(?<rest>.*)$/],
    merchant: fixed('Lyft'),
    explain: () =>
      'This is a Lyft ride. The words after the * describe the ride, often its day and time.',
  },
  {
    processor: 'DoorDash',
    patterns: [/^DD ?\*\s*(?<rest>.*)$/, /^DOORDASH\s*\*\s*(?<rest>.*)$/],
    merchant: (rest) => {
      const tail = rest.replace(/^DOORDASH\s*/, '');
      if (/^DASHPASS\b/.test(tail)) return 'DoorDash DashPass';
      const name = cleanMerchantName(tail);
      return name === '' ? 'DoorDash' : name;
    },
    explain: (m) =>
      m === 'DoorDash'
        ? 'This is a DoorDash delivery order.'
        : m === 'DoorDash DashPass'
          ? 'This is a DoorDash DashPass membership charge.'
          : `This is a DoorDash delivery order from ${m}.`,
  },
  {
    processor: 'Instacart',
    patterns: [/^IC ?\*\s*(?<rest>.*)$/],
    merchant: (rest) => {
      const tail = rest.replace(/\bINSTACART?\b|\bINSTACAR\b|\bBY\s*$|\*/g, ' ').trim();
      const name = cleanMerchantName(tail.replace(/\s+BY\s*$/, ''));
      return name === '' || /^Subscription$/i.test(name) ? 'Instacart' : name;
    },
    explain: (m) =>
      m === 'Instacart'
        ? 'This is an Instacart order or membership.'
        : `This is an Instacart order from ${m}.`,
  },
  airline('Delta Air Lines', /^DELTA AIR(?: LINES)? (?<rest>\d{13}\b.*)$/),
  airline('American Airlines', /^AMERICAN AIR(?:LINES)? (?<rest>\d{13}\b.*)$/),
  airline('United Airlines', /^UNITED(?: AIRLINES)? (?<rest>\d{13}\b.*)$/),
  shortened('Whole Foods Market', /^WHOLEFDS\b(?<rest>.*)$/),
  shortened('Costco', /^COSTCO WHSE\b(?<rest>.*)$/),
  shortened("Trader Joe's", /^TRADER JOE ?S\b(?<rest>.*)$/),
  shortened('Walmart', /^WM SUPERCENTER\b(?<rest>.*)$/, /^WAL-?MART\b(?<rest>.*)$/),
];

/** Airlines bill in their own name followed by the 13-digit ticket number. */
function airline(name: string, pattern: RegExp): DescriptorRule {
  return {
    processor: null,
    patterns: [pattern],
    merchant: fixed(name),
    explain: () =>
      `This is a ${name} ticket. The long number is the ticket number, which is also on the booking confirmation.`,
  };
}

/** Big retailers whose statement names are cut down to fit the descriptor field. */
function shortened(name: string, ...patterns: RegExp[]): DescriptorRule {
  return {
    processor: null,
    patterns,
    merchant: fixed(name),
    explain: () => `This is ${name}; card statements shorten the name to fit.`,
  };
}
