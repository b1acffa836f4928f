import arErrors from './ar/errors.json';
import enErrors from './en/errors.json';
import frErrors from './fr/errors.json';

/**
 * Every translated string, by language and namespace. Arabic is the reference
 * language: a test checks that French and English have exactly its keys.
 * Add a namespace by adding one JSON file per language and a line per language here.
 */
export const resources = {
  ar: { errors: arErrors },
  fr: { errors: frErrors },
  en: { errors: enErrors },
} as const;

export type Namespace = keyof (typeof resources)['ar'];
export const namespaces = Object.keys(resources.ar) as Namespace[];
