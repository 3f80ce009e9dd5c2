import { createHash, createHmac } from 'node:crypto';
import type { RecordedRequest } from './fake-llm-script.js';

export interface SigV4Check {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  /** Whether the signature matches the request as received, under the given secret key. */
  valid: boolean;
}

const sha256 = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string) =>
  createHmac('sha256', key).update(data, 'utf8').digest();

/** RFC 3986 encoding as AWS specifies it: everything but unreserved characters, slashes kept. */
const awsEncode = (path: string) =>
  encodeURIComponent(path)
    .replace(/%2F/g, '/')
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Recomputes an AWS Signature Version 4 for a recorded request, following AWS's published steps
 * (canonical request, string to sign, derived signing key), so a test can tell a real signature
 * from a header that merely looks like one. Services other than S3 encode the path twice.
 */
export function checkSigV4(request: RecordedRequest, secretAccessKey: string): SigV4Check {
  const header = String(request.headers.authorization ?? '');
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
      header,
    );
  if (!match) throw new Error(`not a SigV4 Authorization header: ${header.slice(0, 40)}`);
  const [, accessKeyId, date, region, service, signed, signature] = match as unknown as string[];
  const signedHeaders = signed!.split(';');
  const amzDate = String(request.headers['x-amz-date'] ?? '');
  const canonicalHeaders = signedHeaders
    .map(
      (name) =>
        `${name}:${String(request.headers[name] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const canonicalRequest = [
    request.method,
    awsEncode(request.path),
    '',
    canonicalHeaders,
    signed,
    sha256(request.raw),
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(
    hmac(hmac(hmac(`AWS4${secretAccessKey}`, date!), region!), service!),
    'aws4_request',
  );
  const expected = createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
  return {
    accessKeyId: accessKeyId!,
    date: date!,
    region: region!,
    service: service!,
    signedHeaders,
    valid: expected === signature,
  };
}
