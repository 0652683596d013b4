/**
 * The event form's fields: each labelled, with its hint and its error beside
 * it (`aria-describedby`), `aria-invalid` while refused. A field's id is its
 * path with dashes (`title-fr`), its error's id that plus `-error`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { AUDIENCES, LANGUAGES, type Language } from '../../../schema/common.ts';
import { EVENT_FORMATS, EVENT_MODES } from '../../../schema/events.ts';
import { type Named, nameOf } from '../model.ts';
import type { EventDraft, Field, FieldErrors, TextDraft } from './form-model.ts';
import { timeZoneChoices } from './time.ts';
import type { EventsTranslation } from './translations/dictionaries.ts';

export const idOf = (field: string) => field.replaceAll('.', '-');

/**
 * A change to the draft, or how to make it from the draft as it then is:
 * several changes may come before the next render (a list of choices, the
 * languages of a text), and each must build on the one before.
 */
export type Patch = Partial<EventDraft> | ((draft: EventDraft) => Partial<EventDraft>);

/** What the fields need: the draft, its errors, and how to change it. */
export interface FormContext {
  w: EventsTranslation;
  draft: EventDraft;
  errors: FieldErrors;
  editing: boolean;
  themes: readonly Named[];
  territories: readonly Named[];
  /** Merges a change into the draft; the fields it touches lose their errors. */
  change: (patch: Patch, ...fields: Field[]) => void;
}

function errorOf(context: FormContext, field: Field): TemplateResult {
  const message = context.errors[field];
  return html`<span id="${idOf(field)}-error" class="error">${message ? context.w.fieldErrors[message] : nothing}</span>`;
}

const described = (field: Field, hint: boolean) =>
  hint ? `${idOf(field)}-hint ${idOf(field)}-error` : `${idOf(field)}-error`;

const typedValue = (event: Event) => (event.target as HTMLInputElement).value;
const checkedOf = (event: Event) => (event.target as HTMLInputElement).checked;

interface InputOptions {
  type?: string;
  hint?: string;
  required?: boolean;
  maxlength?: number;
  wide?: boolean;
  attributes?: { min?: number; max?: number; inputmode?: string; autocomplete?: string };
}

function input(
  context: FormContext,
  field: Field,
  label: string,
  value: string,
  set: (value: string) => Patch,
  options: InputOptions = {},
): TemplateResult {
  const id = idOf(field);
  const { min, max, inputmode } = options.attributes ?? {};
  return html`
    <label class=${options.wide ? 'wide' : ''}>
      ${label}
      <input
        id=${id}
        name=${field}
        type=${options.type ?? 'text'}
        .value=${value}
        ?required=${options.required ?? false}
        maxlength=${options.maxlength ?? nothing}
        min=${min ?? nothing}
        max=${max ?? nothing}
        step=${options.type === 'number' ? 1 : nothing}
        inputmode=${inputmode ?? nothing}
        autocomplete="off"
        aria-invalid=${context.errors[field] ? 'true' : 'false'}
        aria-describedby=${described(field, Boolean(options.hint))}
        @input=${(event: Event) => context.change(set(typedValue(event)), field)}
      />
      ${options.hint ? html`<span id="${id}-hint" class="hint">${options.hint}</span>` : nothing}
      ${errorOf(context, field)}
    </label>
  `;
}

function textarea(
  context: FormContext,
  field: Field,
  label: string,
  value: string,
  set: (value: string) => Patch,
  required: boolean,
): TemplateResult {
  const id = idOf(field);
  return html`
    <label class="wide">
      ${label}
      <textarea
        id=${id}
        name=${field}
        maxlength="2000"
        ?required=${required}
        .value=${value}
        aria-invalid=${context.errors[field] ? 'true' : 'false'}
        aria-describedby=${described(field, false)}
        @input=${(event: Event) => context.change(set(typedValue(event)), field)}
      ></textarea>
      ${errorOf(context, field)}
    </label>
  `;
}

/** A text in French (required unless `optional`) and, beside it, in Dutch and English. */
function texts(
  context: FormContext,
  base: 'title' | 'description' | 'accessibility.note',
  label: string,
  key: 'title' | 'description' | 'accessibilityNote',
  multiline: boolean,
  optional = false,
): TemplateResult[] {
  const { w } = context;
  return LANGUAGES.map((language: Language) => {
    const field = `${base}.${language}` as Field;
    const name = w.form.inLanguage(label, w.languages[language], optional || language !== 'fr');
    const text: TextDraft = context.draft[key];
    const update =
      (value: string): Patch =>
      (draft) => ({ [key]: { ...draft[key], [language]: value } });
    return multiline
      ? textarea(context, field, name, text[language], update, !optional && language === 'fr')
      : input(context, field, name, text[language], update, {
          required: !optional && language === 'fr',
          maxlength: 2000,
          wide: true,
        });
  });
}

function select(
  context: FormContext,
  field: Field,
  label: string,
  options: TemplateResult | TemplateResult[],
  set: (value: string) => Patch,
  hint?: string,
): TemplateResult {
  const id = idOf(field);
  return html`
    <label>
      ${label}
      <select
        id=${id}
        name=${field}
        aria-invalid=${context.errors[field] ? 'true' : 'false'}
        aria-describedby=${described(field, Boolean(hint))}
        @change=${(event: Event) => context.change(set(typedValue(event)), field)}
      >${options}</select>
      ${hint ? html`<span id="${id}-hint" class="hint">${hint}</span>` : nothing}
      ${errorOf(context, field)}
    </label>
  `;
}

const option = (value: string, label: string, current: string) =>
  html`<option value=${value} ?selected=${value === current}>${label}</option>`;

function checkbox(
  id: string,
  label: string,
  checked: boolean,
  set: (checked: boolean) => void,
): TemplateResult {
  return html`<label class="check"><input type="checkbox" id=${id} .checked=${checked} @change=${(event: Event) => set(checkedOf(event))} />${label}</label>`;
}

/** A group of fields with one error for the whole (`data-invalid` marks it for the focus). */
function group(
  context: FormContext,
  field: Field,
  legend: string,
  body: TemplateResult | TemplateResult[],
  hint?: string,
): TemplateResult {
  const id = idOf(field);
  return html`
    <fieldset
      id="${id}-group"
      ?data-invalid=${Boolean(context.errors[field])}
      aria-describedby=${described(field, Boolean(hint))}
    >
      <legend>${legend}</legend>
      ${hint ? html`<span id="${id}-hint" class="hint">${hint}</span>` : nothing}
      ${body}
      ${errorOf(context, field)}
    </fieldset>
  `;
}

/** Adds or removes one value of a list of choices, in the list's own order. */
function toggled<T extends string>(values: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  const next = new Set(values);
  if (on) next.add(value);
  else next.delete(value);
  return order.filter((candidate) => next.has(candidate));
}

export function renderAbout(context: FormContext): TemplateResult {
  const { w, draft } = context;
  const f = w.form;
  const themeKeys = context.themes.map((theme) => theme.key);
  return html`
    <fieldset>
      <legend>${f.about}</legend>
      <div class="fields">
        ${
          context.editing
            ? nothing
            : input(context, 'slug', f.slug, draft.slug, (slug) => ({ slug }), {
                hint: f.slugHint,
                required: true,
                maxlength: 64,
              })
        }
        ${select(
          context,
          'format',
          f.format,
          EVENT_FORMATS.map((format) => option(format, w.formats[format], draft.format)),
          (format) => ({ format: format as EventDraft['format'] }),
        )}
      </div>
      <div class="fields">${texts(context, 'title', f.title, 'title', false)}</div>
      <div class="fields">
        ${texts(context, 'description', f.description, 'description', true)}
      </div>
      ${group(
        context,
        'themes',
        f.themes,
        html`<div class="checks">
          ${context.themes.map((theme) =>
            checkbox(
              `theme-${theme.key}`,
              nameOf(context.themes, theme.key, w.$code),
              draft.themes.includes(theme.key),
              (on) =>
                context.change(
                  (current) => ({ themes: toggled(current.themes, theme.key, on, themeKeys) }),
                  'themes',
                ),
            ),
          )}
        </div>`,
        f.themesHint,
      )}
      ${group(
        context,
        'languages',
        f.languages,
        html`<div class="checks">
          ${LANGUAGES.map((language) =>
            checkbox(
              `language-${language}`,
              w.languages[language],
              draft.languages.includes(language),
              (on) =>
                context.change(
                  (current) => ({ languages: toggled(current.languages, language, on, LANGUAGES) }),
                  'languages',
                ),
            ),
          )}
        </div>`,
      )}
    </fieldset>
  `;
}

export function renderWhen(context: FormContext): TemplateResult {
  const { w, draft } = context;
  const f = w.form;
  const zones = timeZoneChoices(draft.timeZone);
  const hint = f.timesHint(draft.timeZone);
  return html`
    <fieldset>
      <legend>${f.when}</legend>
      <div class="fields">
        ${select(
          context,
          'timeZone',
          f.timeZone,
          html`
            <optgroup label=${f.usualZones}>${zones.usual.map((zone) => option(zone, zone, draft.timeZone))}</optgroup>
            <optgroup label=${f.otherZones}>${zones.others.map((zone) => option(zone, zone, draft.timeZone))}</optgroup>
          `,
          // The times stay as typed: they are read in the zone now chosen.
          (timeZone) => ({ timeZone }),
        )}
        ${input(context, 'startsAt', f.startsAt, draft.startsAt, (startsAt) => ({ startsAt }), {
          type: 'datetime-local',
          hint,
          required: true,
        })}
        ${input(context, 'endsAt', f.endsAt, draft.endsAt, (endsAt) => ({ endsAt }), {
          type: 'datetime-local',
          hint,
          required: true,
        })}
        ${input(
          context,
          'reminderHours',
          f.reminderHours,
          draft.reminderHours,
          (reminderHours) => ({ reminderHours }),
          {
            type: 'number',
            hint: f.reminderHint,
            required: true,
            attributes: { min: 0, max: 336, inputmode: 'numeric' },
          },
        )}
      </div>
    </fieldset>
  `;
}

export function renderWhere(context: FormContext): TemplateResult {
  const { w, draft } = context;
  const f = w.form;
  const inPerson = draft.mode !== 'online';
  const online = draft.mode !== 'in_person';
  const seats = (
    field: 'capacity.in_person' | 'capacity.online',
    label: string,
    value: string,
    key: keyof EventDraft,
  ) =>
    input(context, field, label, value, (typed) => ({ [key]: typed }), {
      type: 'number',
      required: true,
      attributes: { min: 1, max: 10_000, inputmode: 'numeric' },
    });
  return html`
    <fieldset>
      <legend>${f.where}</legend>
      <div class="fields">
        ${select(
          context,
          'mode',
          f.mode,
          EVENT_MODES.map((mode) => option(mode, w.modes[mode], draft.mode)),
          (mode) => ({ mode: mode as EventDraft['mode'] }),
        )}
        ${select(
          context,
          'territory',
          f.territory,
          html`${option('', f.chooseTerritory, draft.territory)}${context.territories.map((territory) =>
            option(territory.key, nameOf(context.territories, territory.key, w.$code), draft.territory),
          )}`,
          (territory) => ({ territory }),
        )}
        ${select(
          context,
          'audience',
          f.audience,
          AUDIENCES.map((audience) => option(audience, w.audiences[audience], draft.audience)),
          (audience) => ({ audience: audience as EventDraft['audience'] }),
        )}
      </div>
      ${
        inPerson
          ? group(
              context,
              'place',
              w.event.place,
              html`<div class="fields">
                ${input(context, 'place.name', f.placeName, draft.placeName, (placeName) => ({ placeName }), {
                  required: true,
                  maxlength: 200,
                })}
                ${input(
                  context,
                  'place.address',
                  f.placeAddress,
                  draft.placeAddress,
                  (placeAddress) => ({ placeAddress }),
                  {
                    required: true,
                    maxlength: 300,
                  },
                )}
              </div>`,
            )
          : nothing
      }
      ${group(
        context,
        'capacity',
        w.list.seats,
        html`<div class="fields">
          ${inPerson ? seats('capacity.in_person', f.capacityInPerson, draft.capacityInPerson, 'capacityInPerson') : nothing}
          ${online ? seats('capacity.online', f.capacityOnline, draft.capacityOnline, 'capacityOnline') : nothing}
        </div>
        <div class="checks">
          ${checkbox('waitlist', f.waitlist, draft.waitlist, (waitlist) => context.change({ waitlist }, 'waitlist'))}
          ${checkbox('allowGuests', f.allowGuests, draft.allowGuests, (allowGuests) =>
            context.change({ allowGuests }, 'allowGuests'),
          )}
        </div>`,
      )}
      ${
        online
          ? html`<div class="fields">${input(
              context,
              'onlineUrl',
              f.onlineUrl,
              draft.onlineUrl,
              (onlineUrl) => ({ onlineUrl }),
              {
                type: 'url',
                hint: f.onlineUrlHint,
                maxlength: 500,
                wide: true,
              },
            )}</div>`
          : nothing
      }
    </fieldset>
  `;
}

export function renderWho(context: FormContext): TemplateResult {
  const { w, draft } = context;
  const f = w.form;
  const person = (field: Field, label: string, value: string, set: (value: string) => Patch) =>
    input(context, field, label, value, set, { maxlength: 120 });
  return html`
    <fieldset>
      <legend>${f.who}</legend>
      <div class="fields">
        ${person('facilitator', f.facilitator, draft.facilitator, (facilitator) => ({ facilitator }))}
        ${person('secretary', f.secretary, draft.secretary, (secretary) => ({ secretary }))}
      </div>
      ${group(
        context,
        'referents',
        w.event.referents,
        html`<div class="fields">
          ${person('referents.0', f.referent(1), draft.referents[0], (first) => (current) => ({
            referents: [first, current.referents[1]],
          }))}
          ${person('referents.1', f.referent(2), draft.referents[1], (second) => (current) => ({
            referents: [current.referents[0], second],
          }))}
        </div>`,
      )}
    </fieldset>
  `;
}

export function renderAccessibility(context: FormContext): TemplateResult {
  const { w, draft } = context;
  const f = w.form;
  return group(
    context,
    'accessibility',
    f.accessibility,
    html`
      <div class="checks">
        ${checkbox('stepFree', f.stepFree, draft.stepFree, (stepFree) => context.change({ stepFree }, 'accessibility'))}
        ${checkbox('signLanguage', f.signLanguage, draft.signLanguage, (signLanguage) =>
          context.change({ signLanguage }, 'accessibility'),
        )}
      </div>
      <div class="fields">
        ${texts(context, 'accessibility.note', f.accessibilityNote, 'accessibilityNote', false, true)}
      </div>
    `,
  );
}
