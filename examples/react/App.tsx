/**
 * The kit in a React 19 app written in TypeScript: the elements are used as
 * any intrinsic element, their props and events typed by
 * `@smart-coop/sip-kit/react`. `onsip-vote` is the `sip-vote` event itself
 * (React 19 listens to `on` + the event's name on custom elements), so
 * `event.detail` is a SipVoteDetail without a cast.
 */
import type {
  SipContributionForm,
  SipErrorDetail,
  SipSubmitDetail,
  SipVoteDetail,
} from '@smart-coop/sip-kit';
import { useEffect, useRef, useState } from 'react';

type Language = 'fr' | 'nl' | 'en';

const LABELS: Record<Language, { heading: string; voted: string; sent: string; failed: string }> = {
  fr: {
    heading: 'Participer',
    voted: 'Votre vote :',
    sent: 'Contribution reçue, référence',
    failed: 'Erreur :',
  },
  nl: { heading: 'Meedoen', voted: 'Uw stem:', sent: 'Bijdrage ontvangen, referentie', failed: 'Fout:' },
  en: {
    heading: 'Take part',
    voted: 'Your vote:',
    sent: 'Contribution received, reference',
    failed: 'Error:',
  },
};

export function App() {
  const [language, setLanguage] = useState<Language>('fr');
  const [vote, setVote] = useState<SipVoteDetail>();
  const [receipt, setReceipt] = useState<SipSubmitDetail['receipt']>();
  const [failure, setFailure] = useState<SipErrorDetail>();
  const form = useRef<SipContributionForm>(null);
  const labels = LABELS[language];

  // A ref is the element itself: its properties and the kit's typed event map are there too.
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    const listening = new AbortController();
    element.addEventListener('sip-error', (event) => setFailure(event.detail), { signal: listening.signal });
    return () => listening.abort();
  }, []);

  return (
    <div lang={language}>
      <header>
        <h1>{labels.heading}</h1>
        <select
          aria-label="Language"
          value={language}
          onChange={(event) => setLanguage(event.currentTarget.value as Language)}
        >
          <option value="fr">Français</option>
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </header>

      <sip-poll poll="outils-en-ligne" onsip-vote={(event) => setVote(event.detail)} />
      {vote && (
        <p data-testid="vote">
          {labels.voted} {vote.choices.join(', ')} ({vote.poll.slug})
        </p>
      )}

      <sip-contribution-form
        ref={form}
        theme="cooperative-pour-qui"
        privacy-url="/privacy"
        onsip-submit={(event) => setReceipt(event.detail.receipt)}
      />
      {receipt && (
        <p data-testid="receipt">
          {labels.sent} {receipt.id}
        </p>
      )}
      {failure && (
        <p data-testid="error" role="alert">
          {labels.failed} {failure.code}
        </p>
      )}
    </div>
  );
}
