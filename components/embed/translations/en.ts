/** English. */
import type { EmbedTranslation } from './translation.ts';

export const en: EmbedTranslation = {
  $code: 'en',
  $name: 'English',

  title: 'Embed a widget — Smart in Progress',
  intro:
    'Choose a widget and its settings, see it as your visitors will, ' +
    'then copy the code to paste into your page.',
  languageLabel: 'Language of this page',
  loading: 'Loading…',
  retry: 'Try again',

  widgetLegend: 'Widget',
  widgets: {
    'sip-poll': {
      name: 'Poll or vote',
      summary: 'A question, the vote form and the results.',
      options: {
        poll: {
          label: 'Poll',
          hint: 'The polls the kit publishes.',
          slugLabel: 'The poll’s slug',
        },
        'hide-breakdown': {
          label: 'Hide the results by stakeholder',
          hint: 'Only the overall results are shown.',
        },
      },
    },
    'sip-contribution-form': {
      name: 'Contribution form',
      summary: 'A written contribution on a theme of the debate.',
      options: {
        theme: {
          label: 'Theme',
          hint: 'Without a theme, the form asks for one.',
          slugLabel: 'The theme’s slug',
          none: 'Chosen by the writer',
        },
        'privacy-url': {
          label: 'Address of your privacy notice',
          hint: 'Linked from the consent checkbox. An http or https address, or a path on your site.',
        },
      },
    },
    'sip-contribution-list': {
      name: 'Published contributions',
      summary: 'The published contributions, newest first, page by page.',
      options: {
        theme: {
          label: 'Theme',
          hint: 'Without a theme, the list shows every theme.',
          slugLabel: 'The theme’s slug',
          none: 'All themes',
        },
        'page-size': { label: 'Contributions per page', hint: 'From 1 to 50.' },
      },
    },
    'sip-event-calendar': {
      name: 'Calendar of workshops and small talks',
      summary: 'The upcoming events, filterable, with registration, waitlist and calendar subscription.',
      options: {
        theme: {
          label: 'Theme',
          hint: 'Without a theme, the calendar shows every theme; visitors can filter it themselves.',
          slugLabel: 'The theme’s slug',
          none: 'All themes',
        },
        'privacy-url': {
          label: 'Address of your privacy notice',
          hint: 'Linked from the registration form for visitors without an account. An http or https address, or a path on your site.',
        },
      },
    },
    'sip-publication': {
      name: 'Annual publication',
      summary:
        'A year’s published edition: per theme, what was asked, what participants said, the recommendations and the board’s answers.',
      options: {
        year: { label: 'Year', hint: 'Empty: the latest year published.' },
      },
    },
    'sip-recommendation-feed': {
      name: 'Recommendations',
      summary:
        'The recommendations to the board, where they come from and what became of them; signed-in participants support them.',
      options: {
        theme: {
          label: 'Theme',
          hint: 'Without a theme, the feed shows every theme and offers a filter.',
          slugLabel: 'Theme identifier',
          none: 'All themes',
        },
        'contribution-url': {
          label: 'A contribution’s page on your site',
          hint: '{ref} becomes its reference. Without an address, the contribution opens in the feed.',
        },
        'event-url': {
          label: 'A workshop’s or small talk’s page on your site',
          hint: '{ref} becomes its identifier. Without an address, it opens in the feed.',
        },
        'poll-url': {
          label: 'A poll’s page on your site',
          hint: '{ref} becomes its identifier. Without an address, it opens in the feed.',
        },
      },
    },
  },
  otherItem: 'Other (type its slug)',
  slugHint: 'Lowercase letters, digits and hyphens, for example outils-en-ligne.',
  settingsLegend: (widget) => `Settings: ${widget}`,
  listFailed: (reason) => `The list could not be loaded: ${reason} You can type the slug.`,

  widgetLanguage: {
    label: 'Widget language',
    hint: 'Without the lang attribute, the widget follows your page’s language (<html lang>).',
  },

  identity: {
    legend: 'Visitors’ identity',
    modes: {
      none: {
        label: 'Anonymous visitors',
        hint: 'No sign-in: polls and themes for members say they are reserved.',
      },
      attribute: {
        label: 'token-url on the widget',
        hint: 'Your site tells the widget who is signed in, for this widget only.',
      },
      meta: {
        label: '<meta name="sip:token-url"> for the whole page',
        hint: 'One tag for every widget on the page.',
      },
    },
    url: {
      label: 'Your site’s token-url address',
      hint: 'It answers { "token": … } for the signed-in person. The preview stays anonymous.',
    },
  },

  appearance: {
    legend: 'Colours and corners',
    hint: 'Colours you leave as they are follow the kit’s, light or dark with the visitor’s system.',
    colors: {
      '--sip-accent': 'Accent (buttons, bars)',
      '--sip-on-accent': 'Text on the accent',
      '--sip-surface': 'Background',
      '--sip-text': 'Text',
      '--sip-muted': 'Secondary text',
      '--sip-border': 'Borders',
    },
    radius: 'Corner radius',
    pixels: (value) => `${value} px`,
    reset: 'Back to the kit’s colours',
    lowContrast: (foreground, background, ratio) =>
      `“${foreground}” on “${background}” is hard to read (contrast ${ratio}:1; aim for at least 4.5:1).`,
  },

  preview: {
    heading: 'Live preview',
    hint: 'The kit’s widget, with these settings, as an anonymous visitor sees it.',
    tryIt: {
      label: 'Try the widget',
      hint: 'Votes and contributions sent from the preview really count.',
    },
  },

  snippet: {
    heading: 'The code to paste',
    hint:
      'Paste it into your page where the widget should appear. ' +
      'With several widgets, the script goes only once per page.',
    sites: 'Your site must be allowed by the kit (its SITES setting): ask the team that runs it.',
    release: {
      legend: 'Script version',
      moving: { label: 'Always the latest', hint: 'sip.js follows the kit’s new releases.' },
      pinned: (version) => ({
        label: `Pinned: ${version}`,
        hint: 'This version only, checked by its hash (Subresource Integrity).',
      }),
    },
    copy: 'Copy the code',
    copied: 'Code copied.',
    copyFailed: 'Copying did not work: the code is selected, copy it with Ctrl+C (⌘+C on a Mac).',
    code: 'HTML code to paste',
  },

  problems: {
    required: 'Fill in this field.',
    slug: 'A slug has only lowercase letters, digits and hyphens.',
    url: 'Type an http or https address, or a path on your site such as /sip-token.',
    range: (min, max) => `A whole number from ${min} to ${max}.`,
  },

  errors: {
    network_error: 'the service cannot be reached.',
    rate_limited: 'too many requests in a short time.',
    not_found: 'not found.',
    origin_not_allowed: 'this page is not allowed by the kit.',
    internal_error: 'something went wrong on our side.',
  },
};
