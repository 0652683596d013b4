/** `<sip-contribution-list>` in Dutch. */
import type { ContributionListStrings } from './translation.ts';

export const nl: ContributionListStrings = {
  label: 'Gepubliceerde bijdragen',
  anonymousAuthor: 'Anoniem',
  publishedOn: (date) => `Gepubliceerd op ${date}`,
  takenUpIn: 'Opgenomen in:',
  empty: 'Er is nog geen enkele bijdrage gepubliceerd.',
  loadMore: 'Meer bijdragen tonen',
  report: 'Melden',
  reportLegend: 'Waarom meld je deze bijdrage?',
  reasons: {
    spam: 'Spam of reclame',
    offensive: 'Beledigende of kwetsende taal',
    off_topic: 'Niet relevant',
  },
  reportNoteLabel: 'Toelichting (optioneel)',
  sendReport: 'Melding versturen',
  chooseReason: 'Kies een reden.',
  reportThanks: 'Bedankt! Je melding is doorgegeven aan het moderatieteam.',
  alreadyReported: 'Je hebt deze bijdrage al gemeld: het moderatieteam is op de hoogte.',

  problems: {
    contribution_not_found: 'Deze bijdrage werd niet gevonden. Misschien werd ze verwijderd.',
    already_reported: 'Je hebt deze bijdrage al gemeld.',
  },
};
