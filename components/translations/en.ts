/** English. */
import type { Translation } from './translation.ts';

export const en: Translation = {
  $code: 'en',
  $name: 'English',

  loading: 'Loading…',
  retry: 'Try again',
  sending: 'Sending…',
  cancel: 'Cancel',

  audiences: {
    public: 'Open to everyone',
    participants: 'Participants signed in on the site',
    members: 'Members (sociétaires) only',
  },

  roles: {
    freelancer: 'Freelancer',
    member: 'Member',
    staff: 'Staff',
    client: 'Client',
    supplier: 'Supplier',
    partner: 'Partner',
    unspecified: 'No category',
    anonymous: 'Anonymous visitor',
  },

  errors: {
    invalid_json: 'The request could not be read. Reload the page and try again.',
    unsupported_media_type: 'The request format is not accepted. Reload the page and try again.',
    validation_failed: 'Some of the information sent is not valid.',
    not_found: 'This content could not be found.',
    theme_not_found: 'This theme could not be found.',
    sign_in_required: 'Sign in on the site to vote.',
    members_only: 'Only members (sociétaires) may take part here. Sign in with a member account.',
    invalid_token: 'Your session has expired. Sign in again on the site and try again.',
    rate_limited: 'Too many requests in a short time. Wait a moment and try again.',
    territory_not_found: 'This territory is unknown. Choose one from the list.',
    turnstile_failed: 'The anti-spam check failed. Try again.',
    idempotency_key_required: 'The request is incomplete. Reload the page and try again.',
    idempotency_key_reused:
      'An earlier version of this contribution was already received and can no longer be changed. Your changes were not sent.',
    payload_too_large: 'What you sent is too large. Shorten it and try again.',
    internal_error: 'Something went wrong on our side. Try again in a moment.',
    network_error: 'The service cannot be reached. Check your connection and try again.',
    origin_not_allowed:
      'This site is not yet allowed to use Smart in Progress. Its web team must add it to the configuration (SITES).',
    token_refused:
      'Your identity could not be verified because of a configuration error on the site. Try again later.',
  },
  originNotAllowed: (origin) =>
    `This site (${origin}) is not yet allowed to use Smart in Progress. Its web team must add it to the configuration (SITES).`,
  selfDeclared: 'as stated by the author',
};
