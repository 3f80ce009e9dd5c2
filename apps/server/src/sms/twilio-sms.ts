import twilio from 'twilio';
import { AppError } from '../errors/index.js';
import type { SmsMessage, SmsSender } from './sms-sender.js';

export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  /** A Twilio number in E.164, or a messaging service — one of the two. */
  from?: string;
  messagingServiceSid?: string;
  /**
   * Sends the SDK's requests to another host (a test double, an egress proxy). The SDK still
   * builds every request — path, form body, authentication — as it would for api.twilio.com.
   */
  apiBaseUrl?: string;
}

/** Texts through Twilio's Messages API with the official SDK. */
export class TwilioSmsSender implements SmsSender {
  readonly provider = 'twilio' as const;
  private readonly client: twilio.Twilio;

  constructor(private readonly settings: TwilioSettings) {
    if (!settings.from && !settings.messagingServiceSid) {
      throw new AppError(
        'CONFIG_INVALID',
        'Twilio needs TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID',
      );
    }
    const base = settings.apiBaseUrl;
    this.client = twilio(settings.accountSid, settings.authToken, {
      autoRetry: true,
      maxRetries: 2,
      ...(base ? { httpClient: new RedirectingRequestClient(base) } : {}),
    });
  }

  async send(message: SmsMessage): Promise<{ messageId: string }> {
    try {
      const sent = await this.client.messages.create({
        to: message.to,
        body: message.body,
        ...(this.settings.messagingServiceSid
          ? { messagingServiceSid: this.settings.messagingServiceSid }
          : { from: this.settings.from! }),
      });
      return { messageId: sent.sid };
    } catch (error) {
      // Twilio's error carries a numeric code and its own message, never our body.
      const code = (error as { code?: unknown }).code;
      const status = (error as { status?: unknown }).status;
      throw new AppError(
        'SMS_DELIVERY_FAILED',
        `Twilio refused the message${typeof code === 'number' ? ` (error ${code})` : ''}${typeof status === 'number' ? ` [HTTP ${status}]` : ''}`,
      );
    }
  }
}

/** The SDK's own request client, with only the scheme and host of each request replaced. */
class RedirectingRequestClient extends twilio.RequestClient {
  private readonly base: URL;

  constructor(base: string) {
    super();
    this.base = new URL(base);
  }

  override request<TData>(
    opts: Parameters<typeof twilio.RequestClient.prototype.request<TData>>[0],
  ) {
    const target = new URL(opts.uri);
    target.protocol = this.base.protocol;
    target.host = this.base.host;
    return super.request<TData>({ ...opts, uri: target.toString() });
  }
}
