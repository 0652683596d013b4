/**
 * French: the default and the fallback. A no-break space (U+00A0) before `:`
 * and `?`, as the cooperative writes.
 */
import type { EmbedTranslation } from './translation.ts';

export const fr: EmbedTranslation = {
  $code: 'fr',
  $name: 'Français',

  title: 'Intégrer un widget — Smart in Progress',
  intro:
    'Choisissez un widget et ses réglages, voyez-le tel que vos visiteur·euses le verront, ' +
    'puis copiez le code à coller dans votre page.',
  languageLabel: 'Langue de cette page',
  loading: 'Chargement…',
  retry: 'Réessayer',

  widgetLegend: 'Widget',
  widgets: {
    'sip-poll': {
      name: 'Sondage ou vote',
      summary: 'Une question, le formulaire de vote et les résultats.',
      options: {
        poll: {
          label: 'Sondage',
          hint: 'Les sondages publiés par le kit.',
          slugLabel: 'Identifiant du sondage',
        },
        'hide-breakdown': {
          label: 'Masquer les résultats par partie prenante',
          hint: 'Seuls les résultats d’ensemble sont montrés.',
        },
      },
    },
    'sip-contribution-form': {
      name: 'Formulaire de contribution',
      summary: 'Une contribution écrite sur un thème du débat.',
      options: {
        theme: {
          label: 'Thème',
          hint: 'Sans thème, le formulaire propose de le choisir.',
          slugLabel: 'Identifiant du thème',
          none: 'Au choix de la personne qui écrit',
        },
        'privacy-url': {
          label: 'Adresse de votre page vie privée',
          hint: 'Liée depuis la case de consentement. Une adresse http ou https, ou un chemin de votre site.',
        },
      },
    },
    'sip-contribution-list': {
      name: 'Contributions publiées',
      summary: 'Les contributions publiées, les plus récentes d’abord, page par page.',
      options: {
        theme: {
          label: 'Thème',
          hint: 'Sans thème, la liste montre tous les thèmes.',
          slugLabel: 'Identifiant du thème',
          none: 'Tous les thèmes',
        },
        'page-size': { label: 'Contributions par page', hint: 'De 1 à 50.' },
      },
    },
    'sip-event-calendar': {
      name: 'Agenda des ateliers et small talks',
      summary:
        'Les événements à venir, filtrables, avec l’inscription, la liste d’attente et l’abonnement à l’agenda.',
      options: {
        theme: {
          label: 'Thème',
          hint: 'Sans thème, l’agenda montre tous les thèmes ; la personne peut filtrer elle-même.',
          slugLabel: 'Identifiant du thème',
          none: 'Tous les thèmes',
        },
        'privacy-url': {
          label: 'Adresse de votre page vie privée',
          hint: 'Liée depuis le formulaire d’inscription sans compte. Une adresse http ou https, ou un chemin de votre site.',
        },
      },
    },
    'sip-publication': {
      name: 'Publication annuelle',
      summary:
        'L’édition publiée d’une année : par thème, ce qui a été demandé, ce que les participant·es ont dit, les recommandations et les réponses du conseil.',
      options: {
        year: { label: 'Année', hint: 'Vide : la dernière année publiée.' },
      },
    },
    'sip-recommendation-feed': {
      name: 'Recommandations',
      summary:
        'Les recommandations au conseil d’administration, d’où elles viennent et ce qu’elles sont devenues\u00a0; les participant·es connecté·es les soutiennent.',
      options: {
        theme: {
          label: 'Thème',
          hint: 'Sans thème, le fil montre tous les thèmes et propose de filtrer.',
          slugLabel: 'Identifiant du thème',
          none: 'Tous les thèmes',
        },
        'contribution-url': {
          label: 'Page d’une contribution sur votre site',
          hint: '{ref} y devient sa référence. Sans adresse, la contribution s’ouvre dans le fil.',
        },
        'event-url': {
          label: 'Page d’un atelier ou small talk sur votre site',
          hint: '{ref} y devient son identifiant. Sans adresse, il s’ouvre dans le fil.',
        },
        'poll-url': {
          label: 'Page d’un sondage sur votre site',
          hint: '{ref} y devient son identifiant. Sans adresse, il s’ouvre dans le fil.',
        },
      },
    },
  },
  otherItem: 'Autre (saisir son identifiant)',
  slugHint: 'Lettres minuscules, chiffres et traits d’union, par exemple outils-en-ligne.',
  settingsLegend: (widget) => `Réglages\u00a0: ${widget}`,
  listFailed: (reason) =>
    `La liste n’a pas pu être chargée\u00a0: ${reason} Vous pouvez saisir l’identifiant.`,

  widgetLanguage: {
    label: 'Langue du widget',
    hint: 'Sans l’attribut lang, le widget suit la langue de votre page (<html lang>).',
  },

  identity: {
    legend: 'Identité des visiteur·euses',
    modes: {
      none: {
        label: 'Visiteur·euses anonymes',
        hint: 'Pas de connexion\u00a0: les sondages et thèmes réservés aux sociétaires le disent.',
      },
      attribute: {
        label: 'token-url sur le widget',
        hint: 'Votre site dit au widget qui est connecté·e, pour ce widget seulement.',
      },
      meta: {
        label: '<meta name="sip:token-url"> pour toute la page',
        hint: 'Une seule balise pour tous les widgets de la page.',
      },
    },
    url: {
      label: 'Adresse token-url de votre site',
      hint: 'Elle répond { "token": … } pour la personne connectée. L’aperçu reste anonyme.',
    },
  },

  appearance: {
    legend: 'Couleurs et arrondi',
    hint: 'Les couleurs laissées telles quelles suivent celles du kit, claires ou sombres selon le système de la personne.',
    colors: {
      '--sip-accent': 'Accent (boutons, barres)',
      '--sip-on-accent': 'Texte sur l’accent',
      '--sip-surface': 'Fond',
      '--sip-text': 'Texte',
      '--sip-muted': 'Texte secondaire',
      '--sip-border': 'Bordures',
    },
    radius: 'Arrondi des coins',
    pixels: (value) => `${value}\u00a0px`,
    reset: 'Revenir aux couleurs du kit',
    lowContrast: (foreground, background, ratio) =>
      `«\u00a0${foreground}\u00a0» sur «\u00a0${background}\u00a0» se lit mal (contraste ${ratio}:1, visez au moins 4,5:1).`,
  },

  preview: {
    heading: 'Aperçu en direct',
    hint: 'Le widget du kit, avec ces réglages, tel qu’un·e visiteur·euse anonyme le voit.',
    tryIt: {
      label: 'Essayer le widget',
      hint: 'Les votes et contributions envoyés depuis l’aperçu comptent vraiment.',
    },
  },

  snippet: {
    heading: 'Le code à coller',
    hint:
      'Collez-le dans votre page, là où le widget doit apparaître. ' +
      'Avec plusieurs widgets, le script ne se met qu’une fois par page.',
    sites:
      'Votre site doit être autorisé par le kit (son réglage SITES)\u00a0: demandez-le à l’équipe qui le gère.',
    release: {
      legend: 'Version du script',
      moving: { label: 'Toujours la dernière', hint: 'sip.js suit les nouvelles versions du kit.' },
      pinned: (version) => ({
        label: `Figée\u00a0: ${version}`,
        hint: 'Cette version seulement, vérifiée par son empreinte (Subresource Integrity).',
      }),
    },
    copy: 'Copier le code',
    copied: 'Code copié.',
    copyFailed:
      'La copie automatique n’a pas fonctionné\u00a0: le code est sélectionné, copiez-le avec Ctrl+C (⌘+C sur Mac).',
    code: 'Code HTML à coller',
  },

  problems: {
    required: 'Remplissez ce champ.',
    slug: 'Un identifiant n’a que des lettres minuscules, des chiffres et des traits d’union.',
    url: 'Saisissez une adresse http ou https, ou un chemin de votre site comme /sip-token.',
    range: (min, max) => `Un nombre entier de ${min} à ${max}.`,
  },

  errors: {
    network_error: 'le service est injoignable.',
    rate_limited: 'trop de demandes en peu de temps.',
    not_found: 'introuvable.',
    origin_not_allowed: 'cette page n’est pas autorisée par le kit.',
    internal_error: 'une erreur est survenue de notre côté.',
  },
};
