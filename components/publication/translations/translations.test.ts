/** `<sip-publication>`'s dictionaries: complete in every language. */
import { describeWidgetDictionaries } from '../../internal/dictionary-checks.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';

describeWidgetDictionaries('<sip-publication>', { fr, nl, en });
