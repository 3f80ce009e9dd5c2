/**
 * Card merchants as they appear on statements. The descriptors follow the real prefixes the
 * merchant explainer must decode (SQ *, TST*, AMZN MKTP, PAYPAL *, APL*, GOOGLE *, SP *).
 */
export interface Merchant {
  descriptor: string;
  name: string;
  mcc: string;
  category: string;
  minDollars: number;
  maxDollars: number;
  /** null: the merchant is local to wherever the cardholder lives. */
  city: string | null;
  region: string | null;
  cardPresent: boolean;
}

export const merchants: readonly Merchant[] = [
  local('SQ *BLUE BOTTLE COFFEE', 'Blue Bottle Coffee', '5814', 'dining', 4, 9),
  local('TST* SHAKE SHACK', 'Shake Shack', '5812', 'dining', 12, 32),
  online(
    'AMZN MKTP US*7T2QW93K1',
    'Amazon Marketplace',
    '5999',
    'shopping',
    15,
    120,
    'Seattle',
    'WA',
  ),
  online('PAYPAL *ETSY INC', 'Etsy (via PayPal)', '5999', 'shopping', 18, 75, 'San Jose', 'CA'),
  online(
    'APL* ITUNES.COM/BILL',
    'Apple (App Store and iCloud)',
    '5818',
    'subscriptions',
    1,
    15,
    'Cupertino',
    'CA',
  ),
  online(
    'GOOGLE *YOUTUBE PREMIUM',
    'YouTube Premium (Google)',
    '5818',
    'subscriptions',
    14,
    14,
    'Mountain View',
    'CA',
  ),
  online(
    'SP * ALLBIRDS',
    'Allbirds (Shopify store)',
    '5661',
    'shopping',
    95,
    140,
    'San Francisco',
    'CA',
  ),
  local('WHOLEFDS MKT 10234', 'Whole Foods Market', '5411', 'groceries', 35, 160),
  local('TRADER JOE S #552', "Trader Joe's", '5411', 'groceries', 25, 110),
  local('TARGET 00014423', 'Target', '5310', 'shopping', 20, 140),
  local('COSTCO WHSE #0673', 'Costco', '5300', 'groceries', 60, 260),
  online('UBER *TRIP', 'Uber', '4121', 'transport', 9, 42, 'San Francisco', 'CA'),
  online('LYFT *RIDE SAT 8PM', 'Lyft', '4121', 'transport', 8, 36, 'San Francisco', 'CA'),
  online('NETFLIX.COM', 'Netflix', '4899', 'subscriptions', 15, 23, 'Los Gatos', 'CA'),
  online('SPOTIFY USA', 'Spotify', '4899', 'subscriptions', 11, 17, 'New York', 'NY'),
  local('CHIPOTLE 2211', 'Chipotle', '5814', 'dining', 10, 28),
  local('STARBUCKS STORE 09871', 'Starbucks', '5814', 'dining', 4, 12),
  local('CVS/PHARMACY #04321', 'CVS Pharmacy', '5912', 'health', 8, 60),
  local('THE HOME DEPOT #1502', 'The Home Depot', '5200', 'home', 25, 240),
  local('SHELL OIL 57444', 'Shell', '5541', 'fuel', 30, 70),
];

/** A shop where the cardholder lives, paid for with the card in hand. */
function local(
  descriptor: string,
  name: string,
  mcc: string,
  category: string,
  minDollars: number,
  maxDollars: number,
): Merchant {
  return {
    descriptor,
    name,
    mcc,
    category,
    minDollars,
    maxDollars,
    city: null,
    region: null,
    cardPresent: true,
  };
}

/** An online or app merchant: card not present, billed from the merchant's home city. */
function online(
  descriptor: string,
  name: string,
  mcc: string,
  category: string,
  minDollars: number,
  maxDollars: number,
  city: string,
  region: string,
): Merchant {
  return {
    descriptor,
    name,
    mcc,
    category,
    minDollars,
    maxDollars,
    city,
    region,
    cardPresent: false,
  };
}
