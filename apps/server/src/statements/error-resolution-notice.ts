import type { StatementBank } from './statement-types.js';

/**
 * Regulation E asks for an error-resolution notice on every periodic statement of an account
 * with electronic transfers (12 CFR 1005.9(b)(7), 1005.11). Kept apart from the layout so
 * compliance can review the wording without reading drawing code. The 60-day window is
 * 12 CFR 1005.11(b)(1); the 10 business days and provisional credit are 1005.11(c).
 */
export function errorResolutionNotice(bank: StatementBank): { heading: string; body: string } {
  return {
    heading: 'Errors or questions about your electronic transfers?',
    body:
      'If you think this statement is wrong, or you need more detail about an electronic ' +
      `transfer on it, call us at ${bank.servicePhone} or write to us at ${bank.addressLine}, ` +
      'right away. We need to hear from you within 60 days after we sent ' +
      'the FIRST statement showing the problem or error. Give us your name and account number, ' +
      'say which transfer or error you mean and why you believe it is wrong or what you need to ' +
      'know, and tell us the dollar amount involved. If you call, we may ask you to confirm in ' +
      'writing within 10 business days. We will investigate and fix any error promptly. If that ' +
      'takes us longer than 10 business days, we will credit your account with the amount in ' +
      'question while we finish, so you have the use of the money in the meantime.',
  };
}
