import type { MediaTag } from '../../model/article';
import type { ArticleLanguage } from '../../model/language';

/**
 * Words printed in the article itself, in the ARTICLE's language (an Arabic
 * story edited from a French interface still says عاجل). They belong to the
 * published page like month names to a date line, not to the UI's i18n.
 */
export interface ArticleLabels {
  breaking: string;
  mediaTags: Record<MediaTag, string>;
  /** Joins the last two authors of a byline. */
  and: string;
  listSeparator: string;
  related: string;
  /** Between the place and the first words of the story: "الرباط – ". */
  placeSeparator: string;
}

export const articleLabels: Record<ArticleLanguage, ArticleLabels> = {
  ar: {
    breaking: 'عاجل',
    mediaTags: { photos: 'صور', video: 'فيديو', audio: 'صوت', infographic: 'إنفوغرافيك', live: 'مباشر' },
    and: ' و',
    listSeparator: '، ',
    related: 'عناوين ذات صلة',
    placeSeparator: ' – ',
  },
  fr: {
    breaking: 'Urgent',
    mediaTags: { photos: 'Photos', video: 'Vidéo', audio: 'Audio', infographic: 'Infographie', live: 'En direct' },
    and: ' et ',
    listSeparator: ', ',
    related: 'À lire aussi',
    placeSeparator: ' – ',
  },
  en: {
    breaking: 'Breaking',
    mediaTags: { photos: 'Photos', video: 'Video', audio: 'Audio', infographic: 'Infographic', live: 'Live' },
    and: ' and ',
    listSeparator: ', ',
    related: 'Related',
    placeSeparator: ' – ',
  },
};

/** "أ، ب وج" / "A, B and C". */
export function joinNames(names: string[], labels: ArticleLabels): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(labels.listSeparator)}${labels.and}${names[names.length - 1]}`;
}
