/** `<sip-contribution-form>` in English. */
import { formatNumber, plural } from '../../translations/format.ts';
import type { ContributionFormStringsWithFeedback } from './translation.ts';

export const en: ContributionFormStringsWithFeedback = {
  theme: 'Theme',
  choose: 'Choose…',
  requiredNote: 'All fields are required unless marked optional.',
  draftNote: 'Your text is saved on this device as you type.',
  titleLabel: 'Title',
  titleHint: (min, max) => `Between ${min} and ${max} characters.`,
  textLabel: 'Your contribution',
  textHint: 'Plain text, no formatting. Leave a blank line between paragraphs.',
  counter: (count, min, max) => {
    const base = `${formatNumber('en', count)} / ${formatNumber('en', max)} characters`;
    if (count < min) return `${base} (minimum ${formatNumber('en', min)})`;
    if (count > max) return `${base} (${formatNumber('en', count - max)} too many)`;
    return base;
  },
  roleLabel: 'You are taking part as',
  territoryLabel: 'Territory',
  territoryGroups: { BE: 'Belgium', FR: 'France', other: 'Online and elsewhere' },
  displayNameLabel: 'Display name',
  displayNameHint: 'Published with your contribution.',
  displayNameFromSite: 'The name of your account on the site, published with your contribution.',
  anonymousOnly: 'The site does not give your name: your contribution will be published anonymously.',
  anonymousLabel: 'Publish anonymously',
  emailLabel: 'E-mail address (optional)',
  emailHint: 'So the steering committee can get back to you. It is never shown publicly.',
  consentLabel:
    'I agree that my contribution is published and that this data is processed for the Smart in Progress process.',
  privacyLink: 'Privacy notice',
  newTab: '(opens in a new tab)',
  honeypotLabel: 'Website',
  moderationNote: 'Contributions are reviewed by the moderation team before they are published.',
  moderationNoteMember:
    'As a member, your contribution is published right away, then reviewed by the moderation team.',
  submit: 'Send my contribution',
  draftRestored: (savedOn) => `We restored the draft you saved on ${savedOn}.`,
  discardDraft: 'Discard draft',
  draftDiscarded: 'Draft discarded.',
  ineligible: {
    sign_in_required: 'Sign in on the site to contribute to this theme.',
    members_only: 'Only members (sociétaires) may contribute to this theme. Sign in with a member account.',
  },
  noThemes: 'No theme is open to contributions at the moment.',
  feedback: {
    errorSummary: (count) =>
      plural('en', count, { one: 'One field needs correcting:', other: '# fields need correcting:' }),
    fieldErrors: {
      themeRequired: 'Choose a theme.',
      titleTooShort: (min) => `The title must be at least ${min} characters long.`,
      titleTooLong: (max) => `The title cannot be longer than ${max} characters.`,
      textTooShort: (min) => `Your text must be at least ${formatNumber('en', min)} characters long.`,
      textTooLong: (max) => `Your text cannot be longer than ${formatNumber('en', max)} characters.`,
      roleRequired: 'Say in which capacity you are taking part.',
      territoryRequired: 'Choose your territory.',
      displayNameRequired: 'Enter the name to display, or tick “Publish anonymously”.',
      displayNameTooLong: (max) => `The display name cannot be longer than ${max} characters.`,
      emailInvalid: 'This e-mail address is not valid (for example: name@example.org).',
      consentRequired: 'Tick this box to send your contribution.',
      invalid: 'This value is not accepted.',
      notYours: 'This must be the value of your account on the site. Reload the page.',
    },
    received: 'Thank you! Your contribution has been received.',
    pendingNote: 'It will be published once the moderation team has reviewed it.',
    publishedNote: 'It is published.',
    reference: (id) => `Reference: ${id}`,
    writeAnother: 'Write another contribution',
    sentAsNew:
      'An earlier version of this text was already received. “Try again” sends this version as a new contribution.',
    problems: {
      author_mismatch: 'The name or role given does not match your account on the site.',
    },
  },
};
