// Demo controls of the example page: they only change what a real host page
// would set itself, the language of the page and the widgets' token-url.
const languageSelect = document.getElementById('demo-language');
const personSelect = document.getElementById('demo-person');
const widgets = () => document.querySelectorAll('sip-poll, sip-contribution-form, sip-contribution-list');

languageSelect.value = document.documentElement.lang;
languageSelect.addEventListener('change', () => {
  document.documentElement.lang = languageSelect.value;
});

const roleNames = {
  freelancer: 'travailleur·euse autonome',
  member: 'sociétaire',
  staff: 'permanent·e',
  client: 'client·e',
  supplier: 'fournisseur',
  partner: 'partenaire',
};

async function loadPeople() {
  const response = await fetch('/api/v1/dev/people');
  if (!response.ok) {
    personSelect.disabled = true;
    personSelect.title = 'DEV_TOKENS n’est pas activé : seul le visiteur anonyme est disponible.';
    return;
  }
  const { people } = await response.json();
  for (const person of people) {
    const roles = person.roles.map((role) => roleNames[role] ?? role).join(', ');
    personSelect.append(new Option(`${person.name} (${roles})`, person.id));
  }
}

personSelect.addEventListener('change', () => {
  const person = personSelect.value;
  for (const widget of widgets()) {
    if (person) widget.setAttribute('token-url', `/api/v1/dev/people/${encodeURIComponent(person)}/token`);
    else widget.removeAttribute('token-url');
  }
});

loadPeople();
