// The example page's own script, in two parts: the page's text in French,
// Dutch and English, and the demo controls. The widgets need none of it: they
// follow <html lang> and their token-url attribute, which is all the demo
// controls change. A real site would more likely serve one page per language.

const LANGUAGES = ['fr', 'nl', 'en'];
/** The language index.html is written in, shown when the address asks for no other. */
const WRITTEN_IN = document.documentElement.lang;

// The page's text, keyed by the markers in index.html: data-i18n="key" for
// an element's text, data-i18n-<attribute>="key" for an attribute. The
// French text is the page as written (what visitors without JavaScript and
// search engines read): it is taken from the page itself, so it cannot drift.
const PAGE_TEXT = {
  nl: {
    title: 'Smart in Progress — Meedoen | Smart',
    description: 'Voorbeeldpagina van de coöperatie Smart met de widgets van Smart in Progress.',
    demoLabel: 'Demo',
    demoTitle: 'Demo van de kit',
    language: 'Taal',
    signedInAs: 'Aangemeld als',
    anonymous: 'Anonieme bezoeker',
    navLabel: 'Hoofdnavigatie',
    navCooperative: 'De coöperatie',
    navServices: 'Diensten',
    navContact: 'Contact',
    kicker: 'Leven in de coöperatie',
    heading: 'Smart in Progress: samen geven we vorm aan het project van de coöperatie',
    lead:
      'Smart in Progress is het participatieve traject van de coöperatie. Het biedt ruimte om over ons project na te ' +
      'denken en van gedachten te wisselen, informeert over de verschillende stappen en legt vast hoe de vennoten ' +
      'over de toekomst ervan denken.',
    history:
      'Sinds 2015 organiseert Smart in Progress in België de plaatsen en momenten van reflectie waarin de coöperatie ' +
      'leeft en verandert. Een gelijkaardig traject in Frankrijk moet dit project vervolledigen en rekening houden ' +
      'met de eigenheden van de Franse context.',
    voteHeading: 'Stemming van de vennoten: de uitrol in Frankrijk',
    voteText:
      'De raad van bestuur, tot nu toe maar gedeeltelijk betrokken, legt de uitrol van het traject ter stemming ' +
      'voor aan de vennoten. Elke vennoot heeft één stem.',
    themesHeading: 'Vier onderwerpen ter discussie',
    themesText:
      'Workshops, small talks, schriftelijke bijdragen en online peilingen: alle belanghebbenden — freelancers, ' +
      'vennoten, vaste medewerkers, klanten, leveranciers en partners — kunnen deelnemen aan het debat.',
    eventsHeading: 'Workshops en small talks bij jou in de buurt',
    eventsText:
      'De workshops gaan dieper in op elk van de vier thema’s, in België en in Frankrijk; small talks zijn korte ' +
      'gesprekken, ter plaatse of online. Schrijf je in met één klik, of abonneer je agenda op de activiteiten die ' +
      'je interesseren.',
    contributeHeading: 'Schriftelijk bijdragen',
    contributeText:
      'Deel je standpunt over een van de vier thema’s. De stuurgroep leest elke bijdrage om de aanbevelingen aan ' +
      'de raad van bestuur voor te bereiden; ze wordt gepubliceerd na moderatie.',
    publishedHeading: 'Gepubliceerde bijdragen',
    recommendationsHeading: 'De aanbevelingen aan de raad van bestuur',
    recommendationsText:
      'De stuurgroep haalt uit de bijdragen, workshops en peilingen haar aanbevelingen aan de raad van bestuur. ' +
      'Bekijk waar elke aanbeveling vandaan komt, wat de raad antwoordde en wat ermee gebeurde, en steun de ' +
      'aanbevelingen die je na aan het hart liggen.',
    publicationHeading: 'De jaarpublicatie',
    publicationText:
      'Elk jaar vóór de algemene vergadering: wat werd gevraagd, wat jullie zeiden, wat wordt aanbevolen en wat de ' +
      'raad van bestuur antwoordde, thema per thema.',
    sidebarLabel: 'Peiling',
    sidebarHeading: 'Je mening in één klik',
    waysHeading: 'Vier manieren om deel te nemen',
    wayWorkshops: 'Workshops',
    wayBlog: 'Blog en online peiling',
    wayWritten: 'Schriftelijke bijdragen',
    about:
      'Smart — coöperatie van freelancers in België en Frankrijk. Voorbeeldpagina van de kit Smart in Progress.',
    privacy:
      'Privacy: je bijdragen dienen om de aanbevelingen aan de raad van bestuur voor te bereiden. Je e-mailadres ' +
      'wordt nooit gepubliceerd en na een jaar gewist. Je kunt op elk moment vragen om je gegevens te wissen.',
    embedLink: 'Deze widgets op je site insluiten: de configurator',
  },
  en: {
    title: 'Smart in Progress — Take part | Smart',
    description: 'An example page of the Smart cooperative with the Smart in Progress widgets.',
    demoLabel: 'Demo',
    demoTitle: 'Kit demo',
    language: 'Language',
    signedInAs: 'Signed in as',
    anonymous: 'Anonymous visitor',
    navLabel: 'Main navigation',
    navCooperative: 'The cooperative',
    navServices: 'Services',
    navContact: 'Contact',
    kicker: 'Cooperative life',
    heading: 'Smart in Progress: shaping the cooperative’s project together',
    lead:
      'Smart in Progress is the cooperative’s participatory process. It opens spaces to think about and discuss our ' +
      'project, keeps everyone informed of its stages and records where the members’ thinking on its future stands.',
    history:
      'In Belgium since 2015, Smart in Progress has set the places and times for reflection in which the ' +
      'cooperative lives and changes. Launching a similar process in France will round off this project and take ' +
      'account of what is specific to the French context.',
    voteHeading: 'Members’ vote: rolling out the process in France',
    voteText:
      'Only partly involved so far, the board now puts the roll-out of the process in France to a members’ vote. ' +
      'Each member has one vote.',
    themesHeading: 'Four themes up for debate',
    themesText:
      'Workshops, small talks, written contributions and online polls: every stakeholder — freelancers, members, ' +
      'staff, clients, suppliers and partners — can take part in the debate.',
    eventsHeading: 'Workshops and small talks near you',
    eventsText:
      'Workshops go deeper into each of the four themes, in Belgium and in France; small talks are short ' +
      'exchanges, in person or online. Register in one click, or subscribe your calendar to the events that ' +
      'interest you.',
    contributeHeading: 'Contribute in writing',
    contributeText:
      'Share your view on one of the four themes. The steering committee reads every contribution to prepare its ' +
      'recommendations to the board; contributions are published after moderation.',
    publishedHeading: 'Published contributions',
    recommendationsHeading: 'The recommendations to the board',
    recommendationsText:
      'The steering committee draws its recommendations to the board from the contributions, workshops and polls. ' +
      'See where each one comes from, what the board answered and what became of it, and support the ones you ' +
      'care about.',
    publicationHeading: 'The annual publication',
    publicationText:
      'Every year before the general assembly: what was asked, what you said, what is recommended and what the ' +
      'board answered, theme by theme.',
    sidebarLabel: 'Poll',
    sidebarHeading: 'Your opinion in one click',
    waysHeading: 'Four ways to take part',
    wayWorkshops: 'Workshops',
    wayBlog: 'Blog and online poll',
    wayWritten: 'Written contributions',
    about:
      'Smart — a cooperative of freelancers in Belgium and France. Example page of the Smart in Progress kit.',
    privacy:
      'Privacy: your contributions are used to prepare the recommendations to the board. Your e-mail address is ' +
      'never published and is erased after one year. You may ask for your data to be erased at any time.',
    embedLink: 'Embed these widgets on your site: the configurator',
  },
};

// What the script writes itself, in every language.
const SCRIPT_TEXT = {
  fr: {
    noDevTokens: 'DEV_TOKENS n’est pas activé : seul le visiteur anonyme est disponible.',
    roles: {
      freelancer: 'travailleur·euse autonome',
      member: 'sociétaire',
      staff: 'travailleur·euse permanent·e',
      client: 'client·e',
      supplier: 'fournisseur',
      partner: 'partenaire',
    },
  },
  nl: {
    noDevTokens: 'DEV_TOKENS staat niet aan: alleen de anonieme bezoeker is beschikbaar.',
    roles: {
      freelancer: 'freelancer',
      member: 'vennoot',
      staff: 'vaste medewerker',
      client: 'klant',
      supplier: 'leverancier',
      partner: 'partner',
    },
  },
  en: {
    noDevTokens: 'DEV_TOKENS is off: only the anonymous visitor is available.',
    roles: {
      freelancer: 'freelancer',
      member: 'member',
      staff: 'staff',
      client: 'client',
      supplier: 'supplier',
      partner: 'partner',
    },
  },
};

const MARKER = 'data-i18n';
/** Every translated spot of the page: an element, the attribute (or null for its text) and the key. */
const spots = [...document.querySelectorAll('*')].flatMap((element) =>
  [...element.attributes]
    .filter(({ name }) => name === MARKER || name.startsWith(`${MARKER}-`))
    .map(({ name, value }) => ({
      element,
      attribute: name === MARKER ? null : name.slice(MARKER.length + 1),
      key: value,
    })),
);
const textOf = ({ element, attribute }) =>
  (attribute ? element.getAttribute(attribute) : element.textContent).replace(/\s+/g, ' ').trim();
PAGE_TEXT[WRITTEN_IN] = Object.fromEntries(spots.map((spot) => [spot.key, textOf(spot)]));

const languageSelect = document.getElementById('demo-language');
const personSelect = document.getElementById('demo-person');
const widgets = () =>
  document.querySelectorAll(
    'sip-poll, sip-contribution-form, sip-contribution-list, sip-event-calendar, sip-recommendation-feed, sip-publication',
  );
/** The demo people, once the API has listed them. */
let people = [];

function showLanguage(language) {
  for (const spot of spots) {
    const text = PAGE_TEXT[language][spot.key];
    if (text === undefined) {
      // Left in the previous language; the end-to-end test fails on this warning.
      console.warn(`example.js: no ${language} text for "${spot.key}"`);
    } else if (spot.attribute) {
      spot.element.setAttribute(spot.attribute, text);
    } else {
      spot.element.textContent = text;
    }
  }
  nameThePeople(language);
  if (personSelect.disabled) personSelect.title = SCRIPT_TEXT[language].noDevTokens;
  languageSelect.value = language;
  // The widgets follow <html lang> on their own.
  document.documentElement.lang = language;
}

function nameThePeople(language) {
  const roleNames = SCRIPT_TEXT[language].roles;
  for (const person of people) {
    const option = personSelect.querySelector(`option[value="${CSS.escape(person.id)}"]`);
    const roles = person.roles.map((role) => roleNames[role] ?? role).join(', ');
    if (option) option.textContent = `${person.name} (${roles})`;
  }
}

/** The language is kept in the address (?lang=nl), so a reload or a shared link keeps it. */
function rememberLanguage(language) {
  const url = new URL(location.href);
  if (language === WRITTEN_IN) url.searchParams.delete('lang');
  else url.searchParams.set('lang', language);
  history.replaceState(history.state, '', url);
}

async function loadPeople() {
  const response = await fetch('/api/v1/dev/people');
  if (!response.ok) {
    personSelect.disabled = true;
    personSelect.title = SCRIPT_TEXT[document.documentElement.lang].noDevTokens;
    return;
  }
  ({ people } = await response.json());
  for (const person of people) personSelect.append(new Option(person.name, person.id));
  nameThePeople(document.documentElement.lang);
}

languageSelect.addEventListener('change', () => {
  rememberLanguage(languageSelect.value);
  showLanguage(languageSelect.value);
});

personSelect.addEventListener('change', () => {
  const person = personSelect.value;
  for (const widget of widgets()) {
    if (person) widget.setAttribute('token-url', `/api/v1/dev/people/${encodeURIComponent(person)}/token`);
    else widget.removeAttribute('token-url');
  }
});

const asked = new URLSearchParams(location.search).get('lang');
showLanguage(LANGUAGES.includes(asked) ? asked : WRITTEN_IN);
loadPeople();
