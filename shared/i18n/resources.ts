import arArticle from './ar/article.json';
import arCli from './ar/cli.json';
import arDesk from './ar/desk.json';
import arComments from './ar/comments.json';
import arCompare from './ar/compare.json';
import arCommon from './ar/common.json';
import arEditor from './ar/editor.json';
import arErrors from './ar/errors.json';
import arImport from './ar/import.json';
import arLibrary from './ar/library.json';
import arMenu from './ar/menu.json';
import arProofreading from './ar/proofreading.json';
import arPublishing from './ar/publishing.json';
import arReview from './ar/review.json';
import arSettings from './ar/settings.json';
import arSources from './ar/sources.json';
import arSuggestions from './ar/suggestions.json';
import enArticle from './en/article.json';
import enCli from './en/cli.json';
import enDesk from './en/desk.json';
import enComments from './en/comments.json';
import enCompare from './en/compare.json';
import enCommon from './en/common.json';
import enEditor from './en/editor.json';
import enErrors from './en/errors.json';
import enImport from './en/import.json';
import enLibrary from './en/library.json';
import enMenu from './en/menu.json';
import enProofreading from './en/proofreading.json';
import enPublishing from './en/publishing.json';
import enReview from './en/review.json';
import enSettings from './en/settings.json';
import enSources from './en/sources.json';
import enSuggestions from './en/suggestions.json';
import frArticle from './fr/article.json';
import frCli from './fr/cli.json';
import frDesk from './fr/desk.json';
import frComments from './fr/comments.json';
import frCompare from './fr/compare.json';
import frCommon from './fr/common.json';
import frEditor from './fr/editor.json';
import frErrors from './fr/errors.json';
import frImport from './fr/import.json';
import frLibrary from './fr/library.json';
import frMenu from './fr/menu.json';
import frProofreading from './fr/proofreading.json';
import frPublishing from './fr/publishing.json';
import frReview from './fr/review.json';
import frSettings from './fr/settings.json';
import frSources from './fr/sources.json';
import frSuggestions from './fr/suggestions.json';

/**
 * Every translated string, by language and namespace. Arabic is the reference
 * language: a test checks that French and English have exactly its keys.
 * Add a namespace by adding one JSON file per language and a line per language here.
 */
export const resources = {
  ar: {
    common: arCommon,
    compare: arCompare,
    comments: arComments,
    errors: arErrors,
    library: arLibrary,
    editor: arEditor,
    settings: arSettings,
    menu: arMenu,
    cli: arCli,
    article: arArticle,
    sources: arSources,
    proofreading: arProofreading,
    publishing: arPublishing,
    review: arReview,
    import: arImport,
    suggestions: arSuggestions,
    desk: arDesk,
  },
  fr: {
    common: frCommon,
    compare: frCompare,
    comments: frComments,
    errors: frErrors,
    library: frLibrary,
    editor: frEditor,
    settings: frSettings,
    menu: frMenu,
    cli: frCli,
    article: frArticle,
    sources: frSources,
    proofreading: frProofreading,
    publishing: frPublishing,
    review: frReview,
    import: frImport,
    suggestions: frSuggestions,
    desk: frDesk,
  },
  en: {
    common: enCommon,
    compare: enCompare,
    comments: enComments,
    errors: enErrors,
    library: enLibrary,
    editor: enEditor,
    settings: enSettings,
    menu: enMenu,
    cli: enCli,
    article: enArticle,
    sources: enSources,
    proofreading: enProofreading,
    publishing: enPublishing,
    review: enReview,
    import: enImport,
    suggestions: enSuggestions,
    desk: enDesk,
  },
} as const;

export type Namespace = keyof (typeof resources)['ar'];
export const namespaces = Object.keys(resources.ar) as Namespace[];
