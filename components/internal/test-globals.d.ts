/**
 * Mocha's globals, as @web/test-runner provides them in the browser. The
 * project does not depend on @types/mocha for these few signatures.
 */
type TestBody = (this: unknown) => unknown;

declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: TestBody): void;
declare function before(body: TestBody): void;
declare function after(body: TestBody): void;
declare function beforeEach(body: TestBody): void;
declare function afterEach(body: TestBody): void;
