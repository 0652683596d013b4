/**
 * Where people take part: the regions of Belgium and France, online, or elsewhere.
 */
import * as v from 'valibot';
import { LocalizedText } from './common.ts';

/** A territory's code, e.g. `wallonie`, `ile-de-france`, `online` (see `GET /api/v1/territories`). */
export const TerritoryCode = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(64));

/** A territory people take part from. */
export const TerritoryView = v.object({
  /** Its code, as contributions name it. */
  code: TerritoryCode,
  /** `BE`, `FR`, or null for `online` and `other`. */
  country: v.nullable(v.picklist(['BE', 'FR'])),
  /** Its name in each language. */
  name: LocalizedText,
});
export type TerritoryView = v.InferOutput<typeof TerritoryView>;

/** `GET /api/v1/territories`. */
export const TerritoryList = v.object({
  /** Belgian regions, French regions, then `online` and `other`, in display order. */
  territories: v.array(TerritoryView),
});
export type TerritoryList = v.InferOutput<typeof TerritoryList>;
