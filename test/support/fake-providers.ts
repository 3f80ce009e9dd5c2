import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  form: URLSearchParams;
}

export interface FakeServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

async function serve(
  handle: (request: RecordedRequest, res: http.ServerResponse) => void,
): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        form: new URLSearchParams(body),
      };
      requests.push(recorded);
      handle(recorded, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Twilio's Messages API as documented: POST /2010-04-01/Accounts/{AccountSid}/Messages.json,
 * HTTP Basic auth with the account SID and auth token, a form body with To, From (or
 * MessagingServiceSid) and Body; 201 with the message resource, or 4xx with
 * {code, message, more_info, status}. The magic number +15005550001 is refused as invalid (21211),
 * as on Twilio's test credentials.
 */
export function fakeTwilio(accountSid: string, authToken: string): Promise<FakeServer> {
  const expectedAuth = 'Basic ' + Buffer.from(`${accountSid}:${authToken}`).toString('base64');
  return serve((request, res) => {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (request.headers.authorization !== expectedAuth) {
      return json(401, {
        code: 20003,
        message: 'Authenticate',
        more_info: 'https://www.twilio.com/docs/errors/20003',
        status: 401,
      });
    }
    if (
      request.method !== 'POST' ||
      request.path !== `/2010-04-01/Accounts/${accountSid}/Messages.json`
    ) {
      return json(404, {
        code: 20404,
        message: 'The requested resource was not found',
        status: 404,
      });
    }
    const to = request.form.get('To');
    if (to === '+15005550001') {
      return json(400, {
        code: 21211,
        message: `The 'To' number ${to} is not a valid phone number.`,
        more_info: 'https://www.twilio.com/docs/errors/21211',
        status: 400,
      });
    }
    return json(201, {
      sid: 'SM' + randomBytes(16).toString('hex'),
      account_sid: accountSid,
      to,
      from: request.form.get('From'),
      messaging_service_sid: request.form.get('MessagingServiceSid'),
      body: request.form.get('Body'),
      status: 'queued',
      num_segments: '1',
      direction: 'outbound-api',
      api_version: '2010-04-01',
      date_created: new Date().toUTCString(),
      uri: `/2010-04-01/Accounts/${accountSid}/Messages.json`,
    });
  });
}

/**
 * Amazon SNS's Query API as documented: POST / with a form body Action=Publish,
 * Version=2010-03-31, PhoneNumber, Message and MessageAttributes.entry.N.*, signed with AWS
 * Signature Version 4; an XML PublishResponse, or an XML ErrorResponse. +15005550001 is refused
 * with InvalidParameter.
 */
export function fakeSns(): Promise<FakeServer> {
  return serve((request, res) => {
    const xml = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/xml' });
      res.end(body);
    };
    const requestId = randomUUID();
    if (request.form.get('Action') !== 'Publish' || request.form.get('Version') !== '2010-03-31') {
      return xml(400, errorXml('InvalidAction', 'Unknown action', requestId));
    }
    if (request.form.get('PhoneNumber') === '+15005550001') {
      return xml(
        400,
        errorXml(
          'InvalidParameter',
          'Invalid parameter: PhoneNumber Reason: not a valid number',
          requestId,
        ),
      );
    }
    return xml(
      200,
      `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>${randomUUID()}</MessageId></PublishResult><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></PublishResponse>`,
    );
  });
}

function errorXml(code: string, message: string, requestId: string): string {
  return `<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
}

/** SNS's form encoding of a message attribute map, back into name → string value. */
export function snsAttributes(form: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 1; form.has(`MessageAttributes.entry.${i}.Name`); i++) {
    out[form.get(`MessageAttributes.entry.${i}.Name`)!] =
      form.get(`MessageAttributes.entry.${i}.Value.StringValue`) ?? '';
  }
  return out;
}
