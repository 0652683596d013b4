/** `<sip-event-calendar>` in English: the list's words, and the details' (fetched on demand as a whole). */
import { plural } from '../../translations/format.ts';
import type { EventCalendarStringsWithDetails } from './translation.ts';

const events = (count: number) => plural('en', count, { one: '# event', other: '# events' });

export const en: EventCalendarStringsWithDetails = {
  listLabel: 'Events',

  filtersLabel: 'Filter the events',
  themeLabel: 'Theme',
  territoryLabel: 'Territory',
  formatLabel: 'Format',
  modeLabel: 'Taking part',
  whenLabel: 'Period',
  anyTheme: 'All themes',
  anyTerritory: 'All territories',
  anyFormat: 'All formats',
  anyMode: 'In person or online',
  periods: { upcoming: 'Upcoming', past: 'Past' },
  viewLabel: 'View',
  views: { list: 'List', month: 'Month' },

  formats: { workshop: 'Workshop', small_talk: 'Small talk' },
  modes: { in_person: 'In person', online: 'Online', hybrid: 'In person and online' },
  online: 'Online',
  labelled: (label, value) => `${label}: ${value}`,
  cancelledBadge: 'Cancelled',

  empty: 'No event matches these filters.',
  found: (count, more) => (more ? `${events(count)} shown, more follow.` : `${events(count)}.`),
  loadMore: 'Show more events',
  seatsLeft: (left, capacity) =>
    `${plural('en', left, { one: '# seat left', other: '# seats left' })} of ${capacity}`,
  full: 'Full',

  subscribe: 'Subscribe to these events',

  back: 'Back to the events',

  details: {
    seatModes: { in_person: 'in person', online: 'online' },

    fullWaitlist: 'Full — join the waitlist',

    subscribeHelp:
      'Subscribing adds the events these filters pick to your calendar (Google Calendar, Outlook, Apple ' +
      'Calendar…). Your calendar then updates by itself: new events, changes and cancellations appear ' +
      'without you doing anything.',
    subscribeLink: 'Open in my calendar',
    feedUrlLabel: 'Or copy this address into your calendar (“add from URL”)',
    copyUrl: 'Copy the address',
    copied: 'Address copied.',
    copyFailed: 'Copying did not work: the address is selected, copy it with Ctrl+C.',
    myFeed: 'My registrations as a calendar',
    myFeedPrivate: 'This link is yours alone: it shows the events you registered for. Do not share it.',
    resetFeed: 'Reset this link',
    resetWarning:
      'A new link will replace this one, which will stop working: calendars subscribed to the old link will no longer update.',
    resetConfirm: 'Yes, make a new link',
    resetCancel: 'Cancel',
    feedReset: 'New link made. The old link no longer works.',

    whenHeading: 'When',
    inZone: (range, zone) => `${range} (${zone})`,
    yourTime: (range, zone) => `Your time: ${range} (${zone})`,
    whereHeading: 'Where',
    themesLabel: 'Themes',
    languagesLabel: 'Languages spoken',
    facilitatorLabel: 'Facilitator',
    referentsLabel: 'Referent board members',
    secretaryLabel: 'Minute-taker',
    accessibilityLabel: 'Accessibility',
    stepFree: 'Step-free access',
    notStepFree: 'No step-free access',
    signLanguage: 'Sign language interpretation',
    audienceLabel: 'Who may register',
    seatsLabel: 'Seats',
    waiting: (count) => plural('en', count, { one: '# person waiting', other: '# people waiting' }),

    minutesHeading: 'Minutes',
    attendees: (count) => plural('en', count, { one: '# attendee', other: '# attendees' }),
    byRoleLabel: 'By stakeholder',
    byTerritoryLabel: 'By territory',

    calendarHeading: 'Add to my calendar',
    downloadIcs: 'Calendar file (.ics)',
    addToGoogle: 'Google Calendar',
    addToOutlook: 'Outlook',
    newTab: '(new tab)',

    registrationHeading: 'Registration',
    register: 'Register',
    registerIn: (mode) => `Register ${mode}`,
    joinWaitlist: 'Join the waitlist',
    joinWaitlistIn: (mode) => `Join the waitlist ${mode}`,
    chooseMode: 'How will you take part?',
    myRegistration: {
      confirmed: (mode) => `You are registered (${mode}).`,
      waitlisted: (mode, position) =>
        position
          ? `You are on the waitlist (${mode}): position ${position}.`
          : `You are on the waitlist (${mode}).`,
      pending_confirmation: (mode, until) =>
        `Your seat (${mode}) awaits your confirmation: follow the link in your e-mail` +
        (until ? ` before ${until}.` : '.'),
    },
    cancelRegistration: 'Cancel my registration',
    confirmCancel: 'Cancel your registration? Your seat will be freed for someone else.',
    confirmCancelYes: 'Yes, cancel',
    keepSeat: 'Keep my seat',
    registrationCancelled: 'Your registration is cancelled.',
    eventCancelled: 'This event is cancelled.',
    eventPast: 'This event has taken place.',
    registered: {
      confirmed: 'Done, you are registered.',
      waitlisted: 'You are on the waitlist.',
    },

    guestStart: 'Register without an account',
    guestIntro: 'Give your name and e-mail address: you will get a link to confirm your seat.',
    nameLabel: 'Name',
    emailLabel: 'E-mail address',
    emailHint: 'To confirm your seat, then for the reminder. Never published.',
    consentLabel: 'I agree that my name and address are used to organise this event.',
    privacyLink: 'Privacy',
    guestSubmit: 'Book my seat',
    guestErrors: {
      mode: 'Choose in person or online.',
      name: 'Enter your name.',
      email: 'Enter a valid e-mail address, e.g. name@example.org.',
      consent: 'Tick the box to agree.',
    },
    checkEmail: (until) =>
      `Check your e-mail to confirm your seat${until ? ` (it is held for you until ${until}).` : '.'}`,

    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    eventsOnDay: (count) => events(count),
    dayHeading: (date) => `On ${date}`,
    noEventsOnDay: 'No event on that day.',

    problems: {
      event_not_found: 'This event could not be found. It may have been removed.',
      event_cancelled: 'This event is cancelled: registration is closed.',
      event_past: 'This event has already taken place.',
      mode_not_offered: 'This event is not held that way. Reload the page.',
      event_full: 'No seat is left, and this event has no waitlist.',
      already_registered: 'You are already registered for this event.',
      guests_not_allowed: 'This event is for signed-in people: sign in on the site.',
      registration_not_found: 'No registration to cancel was found.',
      confirmation_expired: 'The confirmation link has expired. Register again.',
      sign_in_required: 'Sign in on the site to register.',
      members_only: 'This event is for members (sociétaires). Sign in with a member account.',
    },
  },
};
