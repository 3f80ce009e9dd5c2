/**
 * Field names whose values never reach a log line, at any of the first three levels of a logged
 * object. Card data and one-time codes are also kept out by construction (they never enter the
 * objects we log); this is the net under that.
 */
export const secretFieldNames = [
  'password',
  'secret',
  'token',
  'accessToken',
  'refreshToken',
  'apiKey',
  'otp',
  'otpCode',
  'oneTimeCode',
  'verificationCode',
  'securityAnswer',
  'security_answer',
  'answer',
  'pan',
  'cardNumber',
  'card_number',
  'number',
  'cvv',
  'cvc',
  'cid',
  'pin',
  'track',
  'trackData',
  'ssn',
  'dateOfBirth',
  'dob',
] as const;

export const redactPaths: string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  ...secretFieldNames.flatMap((name) => [name, `*.${name}`, `*.*.${name}`]),
];

export const redactionCensor = '[redacted]';

/** Query strings can carry phone numbers and emails; logs keep the keys, not the values. */
export function redactQueryString(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  const keys = [...new Set(params.keys())];
  return `${url.slice(0, q)}?${keys.map((k) => `${encodeURIComponent(k)}=…`).join('&')}`;
}
