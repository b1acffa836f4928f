import { normalizeArabic } from './arabicSearch';
import type { QuoteLexicon } from './reportingVerbs';

/** A speaker the analysis found in the text; `key` is stable within one analysis. */
export interface DetectedSource {
  key: string;
  kind: 'person' | 'organisation';
  name: string;
  title: string;
  organisation: string;
  aliases: string[];
  anonymous: boolean;
}

/** One way the text names a speaker, as the attribution clause reads it. */
export interface Mention {
  role: 'name' | 'description' | 'organisation' | 'anonymous' | 'same';
  text: string;
  /** For a title that names an employer ("المتحدث باسم وزارة الداخلية"): that organisation. */
  organisation?: string;
}

const fold = (text: string): string => normalizeArabic(text).replace(/\s+/gu, ' ').trim();
const stripArticle = (word: string): string => (word.startsWith('ال') && word.length > 3 ? word.slice(2) : word);
const lastWord = (text: string): string => fold(text).split(' ').at(-1) ?? '';

/**
 * The speakers met so far in one article, and the rules that link a later
 * mention to an earlier one: a surname to the full name ("الحافيظي"), a
 * definite description to the most recent person ("الخبير الأمني", "المتحدث
 * ذاته"), "التقرير" to the organisation that published it, a capital to its
 * government ("واشنطن" → "وزارة الخارجية الأمريكية").
 */
export class SourceRegistry {
  readonly sources: DetectedSource[] = [];
  /** Most recent first. */
  private recent: DetectedSource[] = [];

  constructor(private readonly lexicon: QuoteLexicon) {}

  get lastSpeaker(): DetectedSource | undefined {
    return this.recent[0];
  }

  /** The source the mentions of one attribution clause name, creating it when new; and the title used there. */
  resolve(mentions: Mention[]): { source: DetectedSource; titleUsed?: string } | undefined {
    const named = mentions.find((mention) => mention.role === 'name' || mention.role === 'organisation' || mention.role === 'anonymous');
    const description = mentions.find((mention) => mention.role === 'description');
    let source: DetectedSource | undefined;
    if (named) {
      source = this.findNamed(named) ?? this.create(named);
      if (description && !source.title) {
        source.title = description.text;
        source.organisation ||= description.organisation ?? '';
      } else if (description && fold(description.text) !== fold(source.title)) {
        this.addAlias(source, description.text);
      }
    } else if (mentions.some((mention) => mention.role === 'same')) {
      source = this.recent[0];
    } else if (description) {
      source = this.findByAlias(description.text) ?? this.linkDescription(description.text);
      if (source) this.addAlias(source, description.text);
      else source = this.create({ role: 'description', text: description.text });
    }
    if (!source) return undefined;
    this.touch(source);
    return { source, titleUsed: description?.text };
  }

  /** A mention that is not attached to a quote still makes its source the most recent. */
  touch(source: DetectedSource): void {
    this.recent = [source, ...this.recent.filter((other) => other !== source)];
  }

  /** Whether the text names a source already met, by name, alias or a person's surname. */
  knows(text: string): boolean {
    if (this.findByAlias(text)) return true;
    const folded = fold(text);
    return !folded.includes(' ') && folded.length >= 3 && this.recent.some((source) => source.kind === 'person' && !source.anonymous && lastWord(source.name) === folded);
  }

  findByAlias(text: string): DetectedSource | undefined {
    const folded = fold(text);
    return this.recent.find((source) => fold(source.name) === folded || source.aliases.some((alias) => fold(alias) === folded));
  }

  private findNamed(mention: Mention): DetectedSource | undefined {
    const exact = this.findByAlias(mention.text);
    if (exact) return exact;
    const folded = fold(mention.text);
    if (mention.role === 'organisation') {
      const nationality = this.lexicon.capitals.get(folded);
      if (nationality) {
        const government = this.recent.find((source) => source.kind === 'organisation' && fold(source.name).includes(nationality));
        if (government) this.addAlias(government, mention.text);
        return government;
      }
      return undefined;
    }
    if (mention.role !== 'name') return undefined;
    const surname = lastWord(mention.text);
    if (surname.length < 3) return undefined;
    const person = this.recent.find((source) => source.kind === 'person' && !source.anonymous && lastWord(source.name) === surname);
    if (!person) return undefined;
    // The surname came first ("الحافيظي"), the full name now: keep the fuller one as the name.
    if (folded.split(' ').length > fold(person.name).split(' ').length) {
      this.addAlias(person, person.name);
      person.name = mention.text;
    } else {
      this.addAlias(person, mention.text);
    }
    return person;
  }

  /**
   * A definite description ("الخبير الأمني", "le ministre") refers back; an
   * indefinite role ("وزير الداخلية", a construct without the article) names
   * someone new unless an earlier source carries it.
   */
  private linkDescription(text: string): DetectedSource | undefined {
    const parts = fold(text).split(/[\s'’]+/u);
    const head = (/^(le|la|les|l|the)$/u.test(parts[0] ?? '') ? parts[1] : parts[0]) ?? '';
    const bare = stripArticle(head);
    const organisational = this.lexicon.organisationHeads.has(head) || this.lexicon.organisationHeads.has(bare);
    const candidates = this.recent.filter((source) => (source.kind === 'organisation') === organisational && !source.anonymous);
    const carrying = candidates.find((source) =>
      [source.name, source.title, ...source.aliases].some((label) => fold(label).split(' ').some((word) => stripArticle(word) === bare)),
    );
    if (carrying) return carrying;
    const definite = head !== bare || head !== parts[0];
    return definite ? candidates[0] : undefined;
  }

  private create(mention: Mention): DetectedSource {
    const organisation = mention.role === 'organisation';
    const source: DetectedSource = {
      key: `${organisation ? 'org' : 'person'}:${fold(mention.text)}`,
      kind: organisation || (mention.role === 'description' && this.isOrganisational(mention.text)) ? 'organisation' : 'person',
      name: mention.text,
      title: '',
      organisation: '',
      aliases: [],
      anonymous: mention.role === 'anonymous',
    };
    let key = source.key;
    for (let n = 2; this.sources.some((other) => other.key === key); n++) key = `${source.key}#${n}`;
    source.key = key;
    this.sources.push(source);
    return source;
  }

  private isOrganisational(text: string): boolean {
    const [head = ''] = fold(text).split(' ');
    return this.lexicon.organisationHeads.has(head) || this.lexicon.organisationHeads.has(stripArticle(head));
  }

  private addAlias(source: DetectedSource, alias: string): void {
    const folded = fold(alias);
    if (folded === '' || folded === fold(source.name)) return;
    if (source.aliases.some((existing) => fold(existing) === folded)) return;
    source.aliases.push(alias.trim());
  }
}
