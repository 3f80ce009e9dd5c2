import { cleanMerchantName } from './clean-name.js';
import { descriptorRules } from './descriptor-rules.js';

export interface DescriptorExplanation {
  /** The payment company or biller named by the prefix; null when there is none we know. */
  processor: string | null;
  /** The merchant as a person would name it; '' only for an empty descriptor. */
  merchant: string;
  /** One or two sentences for the customer. */
  explanation: string;
  /** Whether a known prefix or biller pattern was found (false: the name is taken as written). */
  recognised: boolean;
}

/** Explains a card-statement descriptor such as "SQ *BLUE BOTTLE COFFEE" or "AMZN MKTP US*2K4L81VW3". */
export function explainDescriptor(descriptor: string): DescriptorExplanation {
  const text = descriptor.toUpperCase().replace(/\s+/g, ' ').trim();
  for (const rule of descriptorRules) {
    for (const pattern of rule.patterns) {
      const match = pattern.exec(text);
      if (!match) continue;
      const merchant = rule.merchant(match.groups?.rest?.trim() ?? '');
      return {
        processor: rule.processor,
        merchant,
        explanation: rule.explain(merchant),
        recognised: true,
      };
    }
  }
  // The raw text, not the space-collapsed one: padding between name and city marks the location.
  const merchant = cleanMerchantName(descriptor);
  if (merchant === '') {
    return {
      processor: null,
      merchant: '',
      explanation: 'This charge has no merchant name we can read.',
      recognised: false,
    };
  }
  return {
    processor: null,
    merchant,
    explanation: `This charge is from ${merchant}, the name the business uses on card statements. If you don't recognise it, we can look into it with you.`,
    recognised: false,
  };
}
