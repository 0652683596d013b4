/** `<sip-poll>` in English. */
import { plural } from '../../translations/format.ts';
import type { PollStrings } from './translation.ts';

const votes = (count: number) => plural('en', count, { one: '# vote', other: '# votes' });

export const en: PollStrings = {
  signedInAs: (name) => `Signed in as ${name}`,

  kinds: {
    single: 'Single-choice question',
    multiple: 'Multiple-choice question',
    motion: 'Motion put to the members’ vote',
  },
  states: { upcoming: 'Upcoming', open: 'Voting open', closed: 'Voting closed' },
  audienceLabel: 'Who may vote',
  opensLabel: 'Opens',
  closesLabel: 'Closes',

  chooseOne: 'Choose one answer',
  chooseUpTo: (max) => `Choose up to ${max} answers`,
  chooseSeveral: 'Choose one or more answers',
  chooseAtLeastOne: 'Choose at least one answer before voting.',
  motionOptions: { for: 'For', against: 'Against', abstain: 'Abstain' },
  vote: 'Vote',
  changeVote: 'Change my vote',
  yourVote: 'Your vote',
  votedOn: (date) => `Recorded on ${date}`,
  voteRecorded: 'Thank you, your vote has been recorded.',

  ineligible: {
    sign_in_required: () => 'Sign in on the site to vote.',
    members_only: (kind) =>
      `Only members (sociétaires) may vote on this ${kind === 'motion' ? 'motion' : 'poll'}. ` +
      'Sign in on the site with a member account.',
  },
  notOpenYet: (opensOn) => (opensOn ? `Voting opens on ${opensOn}.` : 'Voting is not open yet.'),
  closed: 'Voting is closed.',
  alreadyVoted: 'You have already voted.',

  results: 'Results',
  resultsAfterVote: 'Results will be shown after you vote.',
  resultsAfterClose: 'Results will be shown after the poll closes.',
  votes,
  turnout: (count) => `Turnout: ${votes(count)}`,
  resultsUpdated: (count) => `Results updated: ${votes(count)}.`,
  share: (percent, count) => `${percent} (${votes(count)})`,
  breakdown: 'Results by stakeholder',
  roleCaption: (role, count) => `${role} — ${votes(count)}`,
  optionHeader: 'Answer',
  votesHeader: 'Votes',
  shareHeader: 'Share',

  problems: {
    poll_not_found: 'This poll could not be found. It may have been removed.',
    option_not_in_poll: 'One of the chosen answers is not part of this poll. Reload the page.',
    too_many_choices: 'You chose too many answers.',
    poll_not_open: 'This vote is not open at the moment.',
    ballot_already_cast: 'You have already voted, and this vote cannot be changed.',
  },
};
