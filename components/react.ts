/**
 * JSX typings for React 19 (`@smart-coop/sip-kit/react`): every `sip-*`
 * element as an intrinsic element, with its properties, its attributes and
 * its events typed. Types only: the module is empty at run time.
 *
 * React 19 sets a prop of a custom element as a property when the element
 * has one (`poll`, `tokenUrl`), else as an attribute (`token-url`; `true`
 * gives an empty attribute, `false` none), and listens to an event for any
 * function prop named `on` + the event's exact name: `onsip-vote` listens to
 * `sip-vote` (names React already knows, `onClick`, keep their usual meaning).
 *
 * Nothing here lists the elements or their events: the elements are the
 * `sip-*` entries of `HTMLElementTagNameMap` (each define module adds its
 * own), their props the class's public fields, their events the names the
 * class's `emit` accepts, typed by the kit's event maps. A new widget is
 * typed without an edit here; the package test checks these typings against
 * custom-elements.json, element by element and event by event.
 *
 * @example
 * // Once in the app (or "types": ["@smart-coop/sip-kit/react"] in tsconfig.json):
 * import type {} from '@smart-coop/sip-kit/react';
 *
 * <sip-poll poll="deploiement-france" onsip-vote={(event) => console.log(event.detail.choices)} />
 */
import type { LitElement } from 'lit';
import type { HTMLAttributes, Key, RefAttributes } from 'react';
import type { SipEventMap, SipLoadDetailMap, SipOpenDetailMap } from './sip.ts';

/** The tag names of the kit's elements in this program. */
export type SipTagName = Extract<keyof HTMLElementTagNameMap, `sip-${string}`>;

/** `tokenUrl` → `token-url`: the kit names every attribute after its property this way. */
type Kebab<Name extends string> = Name extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : Name;

/** The element's own public fields (not Lit's, not HTMLElement's), methods left out. */
type Fields<El> = {
  [Name in Exclude<keyof El, keyof LitElement> as El[Name] extends (...args: never[]) => unknown
    ? never
    : Name]?: El[Name];
};

/** The attribute form of each field whose attribute name differs (`token-url`), for string, number and boolean fields. */
type Attributes<El> = {
  [Name in keyof Fields<El> & string as NonNullable<Fields<El>[Name]> extends string | number | boolean
    ? Kebab<Name> extends Name
      ? never
      : Kebab<Name>
    : never]?: Fields<El>[Name];
};

/** The events an element fires: the names its `emit` accepts. */
type EventName<El> = El extends { emit: (type: infer Name, ...rest: never[]) => void }
  ? Extract<Name, string>
  : never;

/**
 * An event as the element fires it: `sip-load` and `sip-open` with this
 * element's detail (several elements fire them, each its own), the others
 * from the kit's map.
 */
type ElementEvent<Tag, Name> = Name extends 'sip-load'
  ? Tag extends keyof SipLoadDetailMap
    ? CustomEvent<SipLoadDetailMap[Tag]>
    : SipEventMap['sip-load']
  : Name extends 'sip-open'
    ? Tag extends keyof SipOpenDetailMap
      ? CustomEvent<SipOpenDetailMap[Tag]>
      : SipEventMap['sip-open']
    : Name extends keyof SipEventMap
      ? SipEventMap[Name]
      : CustomEvent<unknown>;

/** `onsip-vote={(event) => …}`: React 19 listens to `sip-vote` on the element. */
type EventProps<Tag, El> = {
  [Name in EventName<El> as `on${Name}`]?: (event: ElementEvent<Tag, Name>) => void;
};

/** The props of `<sip-…>` in JSX: React's HTML attributes, the element's fields and attributes, its events, `ref`. */
export type SipElementProps<Tag extends SipTagName> = Omit<
  HTMLAttributes<HTMLElementTagNameMap[Tag]>,
  keyof Fields<HTMLElementTagNameMap[Tag]>
> &
  RefAttributes<HTMLElementTagNameMap[Tag]> & { key?: Key | null } & Fields<HTMLElementTagNameMap[Tag]> &
  Attributes<HTMLElementTagNameMap[Tag]> &
  EventProps<Tag, HTMLElementTagNameMap[Tag]>;

/** Every `sip-*` element's props, by tag name. */
export type SipIntrinsicElements = { [Tag in SipTagName]: SipElementProps<Tag> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends SipIntrinsicElements {}
  }
}
