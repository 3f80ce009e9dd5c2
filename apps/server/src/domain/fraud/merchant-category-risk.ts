/**
 * How much a merchant category code (MCC, ISO 18245) says about fraud risk. The list is short on
 * purpose: it names the categories where stolen card credentials turn into money fastest or where
 * disputes run high, and the everyday ones where they rarely do. Everything else is "standard".
 */
export type MerchantCategoryTier = 'high' | 'elevated' | 'standard' | 'low';

export interface MerchantCategoryRisk {
  tier: MerchantCategoryTier;
  /** What the category is, for the explanation; null when the code is not in the table. */
  label: string | null;
  /** Why the tier, in a phrase a customer could read. */
  why: string;
}

interface Row {
  tier: Exclude<MerchantCategoryTier, 'standard'>;
  label: string;
  why: string;
}

const cashOut = 'money sent this way is hard to trace or get back';
const resale = 'the goods are valuable and easy to resell';

export const merchantCategoryTable: Readonly<Record<string, Row>> = {
  '4829': { tier: 'high', label: 'wire transfers and money orders', why: cashOut },
  '6051': {
    tier: 'high',
    label: 'quasi-cash such as money orders and foreign currency',
    why: 'it works like cash, so it is a favorite way to cash out a stolen card',
  },
  '6540': {
    tier: 'high',
    label: 'prepaid and stored-value card loads',
    why: 'loading a prepaid card turns stolen credit into spendable money',
  },
  '7995': {
    tier: 'high',
    label: 'gambling',
    why: 'chips and credits convert to cash, and disputes in this category run high',
  },
  '5732': { tier: 'elevated', label: 'electronics stores', why: resale },
  '5944': { tier: 'elevated', label: 'jewelry and watch stores', why: resale },
  '5967': {
    tier: 'elevated',
    label: 'direct marketing by inbound telemarketing',
    why: 'card networks treat it as high-risk, with frequent disputes',
  },
  '5999': {
    tier: 'elevated',
    label: 'miscellaneous retail',
    why: 'marketplaces and small online sellers use this catch-all, so it says little about what was bought',
  },
  '5411': { tier: 'low', label: 'grocery stores', why: 'everyday, low-value, usually local' },
  '5812': { tier: 'low', label: 'restaurants', why: 'everyday, low-value, usually local' },
  '5814': { tier: 'low', label: 'fast food', why: 'everyday, low-value, usually local' },
  '5541': { tier: 'low', label: 'service stations', why: 'everyday, low-value, usually local' },
};

export function merchantCategoryRisk(code: string | null | undefined): MerchantCategoryRisk {
  const row = code === null || code === undefined ? undefined : merchantCategoryTable[code.trim()];
  if (row) return row;
  return {
    tier: 'standard',
    label: null,
    why: code ? 'a category with no particular fraud pattern' : 'no merchant category was given',
  };
}
