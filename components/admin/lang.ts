/**
 * The moderation page's language, resolved as the widgets' is (the element's
 * `lang`, else the nearest ancestor's across shadow roots, else `<html lang>`),
 * with the page's own dictionaries.
 */
import type { ReactiveControllerHost } from 'lit';
import { LanguageController } from '../internal/lang.ts';
import { type AdminTranslation, adminDictionaries } from './translations/dictionaries.ts';

/** The widgets' language controller, speaking the moderation page's dictionaries. */
export class AdminLanguageController extends LanguageController<AdminTranslation> {
  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host, adminDictionaries);
  }
}
