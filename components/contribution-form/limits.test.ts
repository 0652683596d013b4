import { expect } from '@open-wc/testing';
import * as schema from '../../schema/contributions.ts';
import { TEXT_MAX, TEXT_MIN, TITLE_MAX, TITLE_MIN } from './limits.ts';

describe('contribution form limits', () => {
  it('are the shared schema’s', () => {
    expect([TITLE_MIN, TITLE_MAX, TEXT_MIN, TEXT_MAX]).to.deep.equal([
      schema.TITLE_MIN,
      schema.TITLE_MAX,
      schema.TEXT_MIN,
      schema.TEXT_MAX,
    ]);
  });
});
