import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { AppError } from '../errors/index.js';
import type { SmsMessage, SmsSender } from './sms-sender.js';

export interface SnsSettings {
  region: string;
  /** Another endpoint than AWS's (a test double, a VPC endpoint). */
  endpoint?: string;
  /** Where supported, the sender name shown on the handset. */
  senderId?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** Texts through Amazon SNS's Publish action with the official AWS SDK. */
export class SnsSmsSender implements SmsSender {
  readonly provider = 'sns' as const;
  private readonly client: SNSClient;

  constructor(private readonly settings: SnsSettings) {
    this.client = new SNSClient({
      region: settings.region,
      maxAttempts: 3,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      ...(settings.credentials ? { credentials: settings.credentials } : {}),
    });
  }

  async send(message: SmsMessage): Promise<{ messageId: string }> {
    try {
      const result = await this.client.send(
        new PublishCommand({
          PhoneNumber: message.to,
          Message: message.body,
          MessageAttributes: {
            // One-time codes must not be delayed or dropped as marketing.
            'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
            ...(this.settings.senderId
              ? {
                  'AWS.SNS.SMS.SenderID': {
                    DataType: 'String',
                    StringValue: this.settings.senderId,
                  },
                }
              : {}),
          },
        }),
      );
      if (!result.MessageId) throw new Error('no MessageId');
      return { messageId: result.MessageId };
    } catch (error) {
      const name = (error as { name?: unknown }).name;
      throw new AppError(
        'SMS_DELIVERY_FAILED',
        `SNS refused the message${typeof name === 'string' ? ` (${name})` : ''}`,
      );
    }
  }

  close(): void {
    this.client.destroy();
  }
}
