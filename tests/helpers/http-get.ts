import { request } from 'node:http';

export interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

/**
 * A GET with the path sent exactly as written (fetch would resolve `%2e%2e` before sending it, as
 * browsers do; an attacker's client does not), no redirect followed, and optional headers and Host.
 */
export function httpGet(origin: string, path: string, { host, headers = {} }: { host?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, headers: host ? { ...headers, host } : headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(response.headersDistinct)) for (const each of value ?? []) headers.append(name, each);
        resolve({ status: response.statusCode!, headers, body: Buffer.concat(chunks).toString('utf8') });
      });
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}
