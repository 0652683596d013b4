/**
 * Where people take part: the regions of Belgium and France, online, or elsewhere.
 */
import * as v from 'valibot';
import { LocalizedText } from './common.ts';

export const TerritoryCode = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(64));

export const TerritoryView = v.object({
  code: TerritoryCode,
  /** `BE`, `FR`, or null for `online` and `other`. */
  country: v.nullable(v.picklist(['BE', 'FR'])),
  name: LocalizedText,
});
export type TerritoryView = v.InferOutput<typeof TerritoryView>;

export const TerritoryList = v.object({ territories: v.array(TerritoryView) });
export type TerritoryList = v.InferOutput<typeof TerritoryList>;
