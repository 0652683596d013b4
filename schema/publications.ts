/**
 * The annual publication: for each theme, what was asked, what participants
 * said, what is recommended and what the board answered. An admin publishes
 * a year's edition, a frozen snapshot; later editions of the same year do
 * not replace the earlier ones, which stay readable with their dates.
 */
import * as v from 'valibot';
import { BreakdownRole, Instant, Slug } from './common.ts';
import { ContributionView } from './contributions.ts';
import { PollKind, PollResults } from './polls.ts';
import {
  BoardAnswer,
  PublicStatus,
  RecommendationLink,
  StatusChange,
  WrittenText,
} from './recommendations.ts';
import { TerritoryCode } from './territories.ts';
import { ThemeView } from './themes.ts';

/** What the publication routes answer besides the core problems (schema/problem.ts). */
export const PUBLICATION_PROBLEMS = {
  edition_not_found: { status: 404, title: 'No edition of the publication for this year' },
  quote_not_found: {
    status: 422,
    title: 'A quoted contribution does not exist, is not published, or is on another theme',
    adminOnly: true,
  },
  excerpt_not_in_text: {
    status: 422,
    title: 'An excerpt is not words of the contribution it quotes',
    adminOnly: true,
  },
} as const;

/** The years a publication may cover. */
export const PUBLICATION_YEARS = { min: 2020, max: 2100 } as const;

/** A year of the participation cycle, as a path segment: `2026`. */
const YearSegment = v.pipe(
  v.string(),
  v.regex(/^\d{4}$/, 'a year, e.g. 2026'),
  v.transform(Number),
  v.minValue(PUBLICATION_YEARS.min),
  v.maxValue(PUBLICATION_YEARS.max),
);

/** Text written by the cooperative in each language, French always there. */
const Localized = v.object({
  /** French, always there. */
  fr: v.string(),
  /** Dutch, when written. */
  nl: v.optional(v.string()),
  /** English, when written. */
  en: v.optional(v.string()),
});

/** A poll of the theme, as the publication reports it. */
export const PublicationPoll = v.object({
  /** The poll's slug. */
  slug: Slug,
  /** Single choice, multiple choice, or the members' motion. */
  kind: PollKind,
  /** The question, in each language. */
  question: Localized,
  /** Its options, in the poll's order. */
  options: v.array(
    v.object({
      /** The option's key, as the results name it. */
      key: v.string(),
      /** What voters read, in each language. */
      label: Localized,
    }),
  ),
  /** When voting opened. */
  opensAt: Instant,
  /** When voting closes or closed; null while an admin has set no end. */
  closesAt: v.nullable(Instant),
  /** Whether voting was over when the edition was made. */
  closed: v.boolean(),
  /**
   * The results as the public sees them: null while they are hidden (a
   * poll still open whose results are shown only after voting or after it
   * closes: the publication never reveals them early).
   */
  results: v.nullable(PollResults),
});
export type PublicationPoll = v.InferOutput<typeof PublicationPoll>;

/** One quote the editor picked, as the publication prints it. */
export const PublicationQuote = v.object({
  /** The contribution quoted (its reference). */
  contribution: v.string(),
  /** The words quoted: the editor's excerpt, or the whole text. */
  text: v.string(),
  /** Whether `text` is an excerpt (else the whole contribution). */
  excerpt: v.boolean(),
  /** The author's name; null when published anonymously. */
  author: v.nullable(v.string()),
  /** The author's stakeholder role. */
  role: v.string(),
  /** Where the author takes part from. */
  territory: TerritoryCode,
});
export type PublicationQuote = v.InferOutput<typeof PublicationQuote>;

/** A recommendation of the theme and year, with the board's answer and what became of it. */
export const PublicationRecommendation = v.object({
  /** Its slug. */
  slug: Slug,
  /** Its title, in the languages it is written in. */
  title: WrittenText(200),
  /** Its summary, in the languages it is written in. */
  summary: WrittenText(600),
  /** Its status when the edition was made. */
  status: PublicStatus,
  /** When it entered that status. */
  statusAt: Instant,
  /** Participants supporting it. */
  supports: v.number(),
  /** The board's latest answer, or null. */
  answer: v.nullable(BoardAnswer),
  /** Every status change since its submission, oldest first. */
  timeline: v.array(StatusChange),
  /** For a merged one: the recommendation it now lives in. */
  mergedInto: v.nullable(RecommendationLink),
});
export type PublicationRecommendation = v.InferOutput<typeof PublicationRecommendation>;

/** One theme of an edition. */
export const PublicationTheme = v.object({
  /** The theme. */
  theme: ThemeView,
  /** What was asked: the theme's polls opened that year (the members' motion included), oldest first. */
  asked: v.array(PublicationPoll),
  /** What participants said: figures, and the quotes the editor picked. */
  said: v.object({
    /** The theme's workshops and small talks of the year. */
    events: v.object({
      /** Events held on the theme that year: started that year and ended when the edition was made (cancelled ones not counted). */
      held: v.number(),
      /** People who came to them, as organisers marked them in each event's attendance (an event whose attendance was never recorded adds none; someone who came to two counts twice). */
      attendees: v.number(),
      /** Attendees by the territory they came from (those who gave one), most first. */
      byTerritory: v.array(
        v.object({
          /** The territory's code. */
          territory: TerritoryCode,
          /** Attendees from it. */
          count: v.number(),
        }),
      ),
      /** Attendees by the stakeholder role they registered with (`unspecified` when none), most first. */
      byRole: v.array(
        v.object({
          /** The stakeholder category. */
          role: BreakdownRole,
          /** Attendees in it. */
          count: v.number(),
        }),
      ),
    }),
    /** Written contributions on the theme submitted that year. */
    contributions: v.object({
      /** Every contribution received, whatever became of it. */
      received: v.number(),
      /** Those of them published. */
      published: v.number(),
    }),
    /** The quotes the editor picked, in their order. */
    quotes: v.array(PublicationQuote),
  }),
  /** What is recommended, what the board answered, and what became of it: the theme's recommendations of the year, drafts left out. */
  recommended: v.array(PublicationRecommendation),
});
export type PublicationTheme = v.InferOutput<typeof PublicationTheme>;

/** An edition: frozen when published (`GET /api/v1/publications/:year`, JSON; `.csv` the same rows flat). */
export const PublicationEdition = v.object({
  /** The year it covers. */
  year: v.number(),
  /** 1 for the year's first edition, then 2, 3… */
  edition: v.number(),
  /**
   * When it was published. Who published it is not part of the public
   * edition (an admin's name may be their e-mail address): the audit log and
   * the editors' preview keep it.
   */
  publishedAt: Instant,
  /** Every theme, in display order. */
  themes: v.array(PublicationTheme),
});
export type PublicationEdition = v.InferOutput<typeof PublicationEdition>;

/** An edition as lists name it. */
export const EditionEntry = v.object({
  /** The year it covers. */
  year: v.number(),
  /** Its number in the year, from 1. */
  edition: v.number(),
  /** When it was published. */
  publishedAt: Instant,
});
export type EditionEntry = v.InferOutput<typeof EditionEntry>;

/** `GET /api/v1/publications`: every edition, newest first. */
export const PublicationIndex = v.object({
  /** Every edition of every year, the latest year first, its latest edition first. */
  editions: v.array(EditionEntry),
});
export type PublicationIndex = v.InferOutput<typeof PublicationIndex>;

/** `/api/v1/publications/:year`: the year, and `.csv` for the CSV download (`2026`, `2026.csv`). */
export const PublicationFileParam = v.object({
  /** The year (`2026`) for the JSON edition, with `.csv` (`2026.csv`) for the same data as CSV. */
  year: v.pipe(
    v.string(),
    v.regex(/^\d{4}(?:\.csv)?$/, 'a year, e.g. 2026, or 2026.csv'),
    v.transform((file) => ({ year: Number(file.slice(0, 4)), csv: file.endsWith('.csv') })),
    v.check(
      ({ year }) => year >= PUBLICATION_YEARS.min && year <= PUBLICATION_YEARS.max,
      `a year from ${PUBLICATION_YEARS.min} to ${PUBLICATION_YEARS.max}`,
    ),
  ),
});

/** `/api/v1/admin/publications/:year/…`: the year. */
export const PublicationYearParam = v.object({
  /** The year, e.g. `2026`. */
  year: YearSegment,
});

/** `GET /api/v1/publications/:year?edition=`: the latest edition unless one is named. */
export const PublicationQuery = v.object({
  /** The edition's number (1, 2…); the latest when absent. */
  edition: v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d{0,2}$/), v.transform(Number))),
});

/** Most quotes a year's publication holds, over every theme. */
export const MAX_QUOTES = 100;

/** A quote as the editor picks it. */
export const QuotePick = v.object({
  /** The theme it illustrates (its slug): the contribution must be on it. */
  theme: Slug,
  /** The published contribution quoted (its reference, any case). */
  contribution: v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^[0-9A-Z-]{1,32}$/)),
  /** The words to quote, taken from the text (`…` marks a cut); the whole text when absent or null. */
  excerpt: v.nullish(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(1000))),
});
export type QuotePick = v.InferOutput<typeof QuotePick>;

/** `PUT /api/v1/admin/publications/:year/quotes` (editor): the year's quotes, every theme's, in order. They replace the previous picks. */
export const QuotesInput = v.object({
  /** The picks, in the order each theme shows them; a contribution once per theme. */
  quotes: v.pipe(
    v.array(QuotePick),
    v.maxLength(MAX_QUOTES),
    v.check(
      (quotes) =>
        new Set(quotes.map((quote) => `${quote.theme} ${quote.contribution}`)).size === quotes.length,
      'a contribution is quoted once per theme',
    ),
  ),
});
export type QuotesInput = v.InferOutput<typeof QuotesInput>;

/** `GET /api/v1/admin/publications/:year/preview` (editor): the year as it stands now, what an edition would freeze. */
export const PublicationPreview = v.object({
  /** The year. */
  year: v.number(),
  /** Every theme as an edition published now would hold it. */
  themes: v.array(PublicationTheme),
  /** The quotes picked, as the editor wrote them (excerpt null: the whole text). */
  picks: v.array(
    v.object({
      /** The theme (slug). */
      theme: Slug,
      /** The contribution's reference. */
      contribution: v.string(),
      /** The excerpt, or null for the whole text. */
      excerpt: v.nullable(v.string()),
    }),
  ),
  /** The year's editions already published, the latest first. */
  editions: v.array(
    v.object({
      /** Its number in the year. */
      edition: v.number(),
      /** When it was published. */
      publishedAt: Instant,
      /** Who published it. */
      publishedBy: v.string(),
    }),
  ),
});
export type PublicationPreview = v.InferOutput<typeof PublicationPreview>;

/** `GET /api/v1/admin/publications/:year/contributions?theme=&q=` (editor): published contributions to quote. */
export const QuoteSearchQuery = v.object({
  /** The theme (slug) the quote is for. */
  theme: Slug,
  /** Words of the title or the text; the newest when absent. */
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
});

/** What the quote search answers: at most 20 published contributions of the year on the theme, newest first. */
export const QuoteCandidates = v.object({
  /** The contributions found. */
  contributions: v.array(ContributionView),
});
export type QuoteCandidates = v.InferOutput<typeof QuoteCandidates>;
