export type { SmsMessage, SmsSender } from './sms-sender.js';
export { SandboxSmsSender, readSandboxOutbox } from './sandbox-sms.js';
export type { OutboxMessage } from './sandbox-sms.js';
export { TwilioSmsSender } from './twilio-sms.js';
export type { TwilioSettings } from './twilio-sms.js';
export { SnsSmsSender } from './sns-sms.js';
export type { SnsSettings } from './sns-sms.js';
