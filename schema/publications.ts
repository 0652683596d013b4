/**
 * The annual publication: for each theme, what was asked, what participants
 * said, what is recommended and what the board answered. An admin publishes
 * a year's edition, a frozen snapshot; later editions of the same year do
 * not replace the earlier ones, which stay readable with their dates.
 */
import * as v from 'valibot';
import { BreakdownRole, Instant, Slug } from './common.ts';
import { PollKind, PollResults } from './polls.ts';
import { BoardAnswer, PublicStatus, StatusChange, WrittenText } from './recommendations.ts';
import { TerritoryCode } from './territories.ts';
import { ThemeView } from './themes.ts';

/** What the publication routes answer besides the core problems (schema/problem.ts). */
export const PUBLICATION_PROBLEMS = {
  edition_not_found: { status: 404, title: 'No edition of the publication for this year' },
  quote_not_found: {
    status: 422,
    title: 'A quoted contribution does not exist or is not published',
    adminOnly: true,
  },
} as const;

const Year = v.pipe(v.number(), v.integer(), v.minValue(2020), v.maxValue(2100));

/** A count per category. */
const Counts = <T extends v.GenericSchema>(key: T) => v.array(v.object({ key, count: v.number() }));

/** One theme of an edition. */
export const PublicationTheme = v.object({
  theme: ThemeView,
  /** What was asked: the theme's polls of the year (the members' motion included) and their results. */
  asked: v.array(
    v.object({
      slug: Slug,
      kind: PollKind,
      question: v.object({ fr: v.string(), nl: v.optional(v.string()), en: v.optional(v.string()) }),
      options: v.array(
        v.object({
          key: v.string(),
          label: v.object({ fr: v.string(), nl: v.optional(v.string()), en: v.optional(v.string()) }),
        }),
      ),
      closesAt: v.nullable(Instant),
      results: PollResults,
    }),
  ),
  /** What participants said: figures, and the quotes the editor picked. */
  said: v.object({
    events: v.object({
      /** Workshops and small talks held on the theme that year (cancelled ones not counted). */
      held: v.number(),
      attendees: v.number(),
      byTerritory: Counts(TerritoryCode),
      byRole: Counts(BreakdownRole),
    }),
    contributions: v.object({ received: v.number(), published: v.number() }),
    quotes: v.array(
      v.object({
        contribution: v.string(),
        /** The words quoted: the editor's excerpt, or the whole text. */
        text: v.string(),
        author: v.nullable(v.string()),
        role: v.string(),
        territory: TerritoryCode,
      }),
    ),
  }),
  /** What is recommended, what the board answered, and what became of it. */
  recommended: v.array(
    v.object({
      slug: Slug,
      title: WrittenText(200),
      summary: WrittenText(600),
      status: PublicStatus,
      statusAt: Instant,
      supports: v.number(),
      /** The board's latest answer, or null. */
      answer: v.nullable(BoardAnswer),
      timeline: v.array(StatusChange),
    }),
  ),
});
export type PublicationTheme = v.InferOutput<typeof PublicationTheme>;

/** An edition: frozen when published (`GET /api/v1/publications/:year`, JSON; `.csv` the same rows flat). */
export const PublicationEdition = v.object({
  year: v.number(),
  /** 1 for the year's first edition, then 2, 3… */
  edition: v.number(),
  publishedAt: Instant,
  /** Who published it (an admin's name). */
  publishedBy: v.string(),
  themes: v.array(PublicationTheme),
});
export type PublicationEdition = v.InferOutput<typeof PublicationEdition>;

/** `GET /api/v1/publications`: every edition, newest first. */
export const PublicationIndex = v.object({
  editions: v.array(v.object({ year: v.number(), edition: v.number(), publishedAt: Instant })),
});
export type PublicationIndex = v.InferOutput<typeof PublicationIndex>;

/** `GET /api/v1/publications/:year?edition=`: the latest edition unless one is named. */
export const PublicationQuery = v.object({
  edition: v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d{0,2}$/), v.transform(Number))),
});

/** `PUT /api/v1/admin/publications/:year/quotes` (editor): the quotes picked per theme, in order. */
export const QuotesInput = v.object({
  quotes: v.pipe(
    v.array(
      v.object({
        theme: Slug,
        contribution: v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
        /** The words to quote; the whole text when absent. */
        excerpt: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(1000))),
      }),
    ),
    v.maxLength(100),
  ),
});
export type QuotesInput = v.InferOutput<typeof QuotesInput>;

/** `POST /api/v1/admin/publications/:year` (admin): publishes a new edition of the year as it stands now. */
export const PublishInput = v.object({ year: Year });
