import type { ArticleLanguage } from '../../../../shared/model/language';
import type { DictionaryBytes } from '../../../../shared/proofreading/hunspell';
import arAff from '../../../../resources/dictionaries/ar.aff?url&no-inline';
import arDic from '../../../../resources/dictionaries/ar.dic?url&no-inline';
import enAff from '../../../../resources/dictionaries/en.aff?url&no-inline';
import enDic from '../../../../resources/dictionaries/en.dic?url&no-inline';
import frAff from '../../../../resources/dictionaries/fr.aff?url&no-inline';
import frDic from '../../../../resources/dictionaries/fr.dic?url&no-inline';

/**
 * The bundled Hunspell dictionaries are build assets of the renderer, named by
 * their content hash: the worker fetches them from the page's own origin (the
 * web host's static files, `midad://app/` in the desktop app), and a browser
 * keeps them cached between runs.
 */
const urls: Record<ArticleLanguage, { aff: string; dic: string }> = {
  ar: { aff: arAff, dic: arDic },
  fr: { aff: frAff, dic: frDic },
  en: { aff: enAff, dic: enDic },
};

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`dictionary ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function fetchDictionary(language: ArticleLanguage): Promise<DictionaryBytes> {
  const [aff, dic] = await Promise.all([bytesOf(urls[language].aff), bytesOf(urls[language].dic)]);
  return { aff, dic };
}
