/**
 * Test doubles every widget's tests use: a fetch stub that records what the
 * widgets send, API answers (JSON and problem+json), tokens, and waiting for
 * a widget to settle. Each widget's own fixtures live in its folder
 * (`poll/test-utils.ts`, ...), built to the schemas.
 */

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problemResponse(status: number, code: string, detail = 'Stubbed problem'): Response {
  const body = {
    type: `https://smartinprogress.example/problems/${code}`,
    title: code,
    status,
    code,
    detail,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export interface RecordedCall {
  url: URL;
  method: string;
  headers: Headers;
  credentials: RequestCredentials | undefined;
  body: unknown;
}

export type Responder = (call: RecordedCall) => Response | Promise<Response>;

export interface FetchStub {
  calls: RecordedCall[];
  restore(): void;
}

/** Replaces window.fetch until `restore()`; every call is recorded, then answered by `respond`. */
export function stubFetch(respond: Responder): FetchStub {
  const original = window.fetch;
  const calls: RecordedCall[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: RecordedCall = {
      url: new URL(input instanceof Request ? input.url : String(input)),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      credentials: init.credentials,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    if (init.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    return respond(call);
  };
  return {
    calls,
    restore() {
      window.fetch = original;
    },
  };
}

/** A fetch answer that only arrives when the test says so (to observe pending states). */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/** An unsigned JWT with the given claims (the widgets never verify signatures). */
export function fakeToken(claims: Record<string, unknown>): string {
  const encode = (value: unknown) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}.c2lnbmF0dXJl`;
}

/** Claims of a signed-in member, valid for an hour unless overridden. */
export function memberClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: 'smart-be',
    aud: 'sip',
    sub: 'person-42',
    name: 'Aïcha Diallo',
    roles: ['member', 'freelancer'],
    member: true,
    iat: now,
    exp: now + 3600,
    ...overrides,
  };
}

/**
 * Waits until a widget has finished loading (it fired `sip-load` or
 * `sip-error`) and rendered the outcome. Listens before mounting, since a
 * stubbed answer can arrive before `fixture()` returns.
 */
export async function whenSettled<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  mount: () => Promise<T>,
): Promise<T> {
  const listening = new AbortController();
  const settled = new Promise<void>((resolve) => {
    for (const type of ['sip-load', 'sip-error']) {
      document.addEventListener(type, () => resolve(), { signal: listening.signal });
    }
  });
  try {
    const element = await mount();
    await settled;
    await element.updateComplete;
    return element;
  } finally {
    listening.abort();
  }
}

/** The rendered text of a shadow root (or part of it), whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
