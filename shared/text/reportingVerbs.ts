import type { QuoteChannel } from '../model/source';
import { normalizeArabic } from './arabicSearch';

/**
 * The words that tell speech from a quoted term, and a speaker from the rest of
 * a sentence, per article language. Everything is stored folded with
 * `normalizeArabic` (أ→ا, ة→ه, ى→ي, lower case, no accents) and matched against
 * folded words, so spelling variants match without listing them.
 */
export interface QuoteLexicon {
  /** Finite reporting verbs (قال، أوضحت، يضيف; dit, a déclaré → "declare"). */
  verbs: ReadonlySet<string>;
  /** Participles whose subject is the sentence's subject (مؤكدة أن …). */
  participles: ReadonlySet<string>;
  /** "that" before reported words (أن، إنه; que). */
  thatWords: ReadonlySet<string>;
  /** "according to" (وفقا لـ، حسب; selon). The next words name the source. */
  accordingTo: ReadonlySet<string>;
  /** A word right before a quoted span that makes it a name (لموقع “كيفاش”، بتنظيم “…”). */
  namingWords: ReadonlySet<string>;
  /** Head nouns of a role or title (الباحث، وزير; ministre, expert). */
  titleHeads: ReadonlySet<string>;
  /** Head nouns of an organisation (وزارة، المديرية; ministère). */
  organisationHeads: ReadonlySet<string>;
  /** Words that open a circumstance, not a speaker: في سياق حديثه، ضمن التصريح ذاته. */
  circumstance: ReadonlySet<string>;
  /** Head words of an anonymous source (مصدر، مصادر; source). */
  anonymousHeads: ReadonlySet<string>;
  /** "the same speaker": المتحدث ذاته، المصدر نفسه. */
  sameWords: ReadonlySet<string>;
  /** Capitals used for their governments (واشنطن), with a word of the nationality to find the organisation. */
  capitals: ReadonlyMap<string, string>;
  /** Common given names, to find where a name starts after a title without a comma (وزير الداخلية عبد الوافي لفتيت). */
  givenNames: ReadonlySet<string>;
  /** Words in the attribution clause that say how the words were obtained. */
  channels: ReadonlyArray<{ word: string; channel: QuoteChannel }>;
  /** Prefixes glued to a word (و، ف، ل، ب) that the matcher strips when a word is not found as is. */
  prefixes: readonly string[];
  /** Whether names are told by capital letters (Latin scripts). */
  capitalisedNames: boolean;
}

const fold = (words: string): Set<string> => new Set(words.trim().split(/\s+/u).map(normalizeArabic));

const arabicLexicon: QuoteLexicon = {
  verbs: fold(`
    قال قالت يقول تقول أوضح أوضحت يوضح توضح أبرز أبرزت يبرز تبرز لفت لفتت يلفت تلفت اعتبر اعتبرت يعتبر تعتبر
    أكد أكدت يؤكد تؤكد شدد شددت يشدد تشدد تابع تابعت يتابع تتابع خلص خلصت أضاف أضافت يضيف تضيف أشار أشارت يشير تشير
    صرح صرحت يصرح تصرح كشف كشفت يكشف تكشف ذكر ذكرت يذكر تذكر أفاد أفادت يفيد تفيد أعلن أعلنت نبه نبهت ينبه تنبه
    أورد أوردت أردف أردفت استطرد استطردت رأى رأت يرى ترى حذر حذرت يحذر تحذر أفصح أفصحت استرسل استرسلت علق علقت
    سجل سجلت يسجل تسجل لاحظ لاحظت يلاحظ تلاحظ وصف وصفت يصف تصف أوضحوا أكدوا قالوا أضافوا أشاروا اعتبروا`),
  participles: fold(`
    مؤكدا مؤكدة مشيرا مشيرة مضيفا مضيفة موضحا موضحة معتبرا معتبرة لافتا لافتة مبرزا مبرزة قائلا قائلة
    منبها منبهة مشددا مشددة كاشفا كاشفة معلنا معلنة متابعا متابعة مسجلا مسجلة محذرا محذرة مستطردا مستطردة`),
  thatWords: fold('أن أنه أنها أنهم إن إنه إنها بأن بأنه بأنها'),
  accordingTo: fold('وفقا وفق حسب بحسب حسبما طبقا استنادا نقلا'),
  namingWords: fold(`
    لموقع موقع لجريدة جريدة لصحيفة صحيفة لقناة قناة لوكالة وكالة لإذاعة إذاعة لمجلة مجلة بتنظيم تنظيم لتنظيم
    حركة جماعة حزب فرقة الفرقة فرقة مهرجان برنامج حملة مبادرة شعار عنوان كتاب فيلم أغنية مسلسل رواية مشروع عملية
    يسمى تسمى المسمى المسماة المعروف المعروفة باسم بلقب لقب الملقب الملقبة هاشتاغ وسم منصة تطبيق شركة علامة`),
  titleHeads: fold(`
    خبير الخبير خبيرة الخبيرة باحث الباحث باحثة الباحثة متحدث المتحدث متحدثة المتحدثة ناطق الناطق الناطقة مسؤول المسؤول
    مسؤولة المسؤولة وزير الوزير وزيرة الوزيرة رئيس الرئيس رئيسة الرئيسة مدير المدير مديرة المديرة أستاذ الأستاذ أستاذة الأستاذة
    محلل المحلل محللة المحللة فاعل الفاعل الفاعلة ناشط الناشط ناشطة الناشطة كاتب الكاتب كاتبة الكاتبة أمين الأمين الدكتور الدكتورة
    دكتور محام المحامي محامية المحامية نائب النائب نائبة النائبة البرلماني البرلمانية برلماني قيادي القيادي القيادية الفنان الفنانة
    فنان فنانة المغني المغنية الممثل الممثلة سفير السفير سفيرة السفيرة المندوب مندوب الوالي والي عامل العامل مستشار المستشار
    المستشارة طبيب الطبيب الطبيبة المختص المختصة مختص الأكاديمي الأكاديمية أكاديمي المدرب المدرب اللاعب لاعب عضو العضو العضوة
    المنسق منسق المنسقة الحقوقي الحقوقية حقوقي الصحفي الصحفية صحفي الإعلامي الإعلامية المواطن المواطنة الشاهد شاهد الضحية
    المتهم المتهمة المحققون الكاتب العام الملك الأمير المفوض المراقب المراقبون المتتبعون المهتمون`),
  organisationHeads: fold(`
    مؤسسة المؤسسة وزارة الوزارة المديرية مديرية المكتب مكتب الحكومة حكومة الإدارة إدارة الشركة شركة جمعية الجمعية النقابة نقابة منظمة المنظمة
    هيئة الهيئة المجلس مجلس الجامعة جامعة حزب الحزب الأمم البنك بنك المندوبية مندوبية المركز مركز السلطات سلطات الوكالة وكالة
    اللجنة لجنة النيابة المحكمة محكمة الديوان ديوان رئاسة الرئاسة الرابطة رابطة الاتحاد اتحاد الفيدرالية فيدرالية الكونفدرالية
    المرصد مرصد البرلمان الولاية ولاية العمالة عمالة الجماعة المصالح مصالح القوات قوات الجيش الدرك المعهد معهد الصندوق صندوق
    التقرير تقرير البلاغ بلاغ البيان بيان الدراسة دراسة السفارة سفارة القنصلية`),
  circumstance: fold(`
    في ضمن خلال على عبر أثناء تعليقا ردا بخصوص حول عن بشأن وفي وضمن وخلال وعلى بدوره بدورها من جهته من جهتها جهته جهتها
    حين عندما لدى بعد قبل منذ`),
  anonymousHeads: fold('مصدر مصادر المصدر المصادر'),
  sameWords: fold('ذاته ذاتها نفسه نفسها عينه عينها ذاتهم نفسهم'),
  capitals: new Map(
    [
      ['واشنطن', 'أمريك'],
      ['باريس', 'فرنس'],
      ['مدريد', 'إسبان'],
      ['لندن', 'بريطان'],
      ['موسكو', 'روس'],
      ['بكين', 'صين'],
      ['برلين', 'ألمان'],
      ['الرباط', 'مغرب'],
      ['القاهرة', 'مصر'],
      ['الرياض', 'سعود'],
      ['بروكسل', 'أوروب'],
      ['أنقرة', 'ترك'],
      ['طهران', 'إيران'],
      ['تل أبيب', 'إسرائيل'],
    ].map(([capital, nationality]) => [normalizeArabic(capital!), normalizeArabic(nationality!)]),
  ),
  givenNames: fold(`
    محمد أحمد محمود مصطفى عبد عبدالله عبدالرحمن عبداللطيف عبدالإله عبدالعزيز عبدالحق عبدالكريم علي عمر عثمان يوسف إبراهيم
    إسماعيل خالد سعيد سعد حسن حسين حميد رشيد كريم مراد نبيل هشام ياسين يونس إدريس إلياس أنس أيوب بلال جمال حمزة رضا زكرياء
    سمير سفيان طارق عادل عزيز فؤاد كمال لحسن المهدي مهدي منير نور نزار هاني وليد ياسر إحسان عزيز عبدالوافي ادريس الحسن الحسين
    فاطمة خديجة عائشة مريم زينب سناء سلمى سارة نادية نجاة ليلى لطيفة أمينة حنان هند وفاء سعاد رشيدة نعيمة إيمان أسماء حياة
    شكيب ناصر نزهة بشرى عزيزة جميلة حاتم سعدالدين عبدالإله امحمد مولاي سيدي لالة`),
  channels: [
    ['تقرير', 'report'],
    ['تقريرها', 'report'],
    ['تقريره', 'report'],
    ['للتقرير', 'report'],
    ['التقرير', 'report'],
    ['دراسة', 'report'],
    ['ندوة', 'press_conference'],
    ['مؤتمر', 'press_conference'],
    ['ندوه', 'press_conference'],
    ['تدوينة', 'social_media'],
    ['تغريدة', 'social_media'],
    ['حسابه', 'social_media'],
    ['حسابها', 'social_media'],
    ['فيسبوك', 'social_media'],
    ['تويتر', 'social_media'],
    ['منشور', 'social_media'],
    ['بلاغ', 'statement'],
    ['بيان', 'statement'],
    ['حوار', 'interview'],
    ['مقابلة', 'interview'],
    ['تصريح', 'to_us'],
  ].map(([word, channel]) => ({ word: normalizeArabic(word!), channel: channel as QuoteChannel })),
  prefixes: ['و', 'ف', 'ل', 'ب', 'وب', 'ول', 'فل'],
  capitalisedNames: false,
};

const frenchLexicon: QuoteLexicon = {
  verbs: fold(`
    dit dis disait declare declarait affirme affirmait explique expliquait souligne soulignait ajoute ajoutait indique indiquait
    precise precisait estime estimait assure assurait rappelle rappelait confie confiait insiste insistait martele poursuit
    poursuivait conclut concluait note notait observe observait releve relevait raconte racontait lance lancait previent
    prevenait avertit avertissait commente commentait reconnait reconnaissait temoigne temoignait regrette regrettait
    declare declaree affirmee expliquee souligne ajoutee indiquee precisee estimee assuree rappelee confiee insiste
    conclu note observe releve raconte lance prevenu averti commente reconnu temoigne regrette ecrit ecrivait`),
  participles: fold('affirmant soulignant ajoutant precisant estimant indiquant expliquant assurant rappelant notant'),
  thatWords: fold("que qu qu'"),
  accordingTo: fold('selon dapres'),
  namingWords: fold(`
    site journal quotidien hebdomadaire magazine chaine radio agence groupe organisation mouvement parti festival programme
    campagne initiative slogan titre livre film chanson serie roman projet operation baptise baptisee appele appelee nomme
    nommee dit dite surnomme surnommee hashtag application plateforme marque societe`),
  titleHeads: fold(`
    ministre expert experte chercheur chercheuse porte-parole responsable directeur directrice president presidente professeur
    professeure analyste militant militante ecrivain ecrivaine secretaire docteur avocat avocate depute deputee elu elue
    dirigeant dirigeante artiste chanteur chanteuse acteur actrice ambassadeur ambassadrice wali gouverneur conseiller
    conseillere medecin specialiste universitaire entraineur joueur joueuse membre coordinateur coordinatrice journaliste
    temoin victime procureur maire roi prince commissaire`),
  organisationHeads: fold(`
    departement ministere direction fondation bureau gouvernement administration societe entreprise association syndicat organisation organisme
    conseil universite parti banque haut-commissariat centre autorites agence commission parquet tribunal cabinet presidence
    ligue union federation confederation observatoire parlement prefecture commune services forces armee gendarmerie
    institut fonds rapport communique etude ambassade consulat onu`),
  circumstance: fold('dans lors au en pendant apres avant depuis sur via pour interroge interrogee contacte contactee joint jointe'),
  anonymousHeads: fold('source sources'),
  sameWords: fold('meme'),
  capitals: new Map(
    [
      ['washington', 'americ'],
      ['paris', 'franc'],
      ['madrid', 'espagn'],
      ['londres', 'britann'],
      ['moscou', 'russ'],
      ['pekin', 'chin'],
      ['berlin', 'allemand'],
      ['rabat', 'maroc'],
      ['alger', 'alger'],
      ['bruxelles', 'europ'],
    ].map(([capital, nationality]) => [normalizeArabic(capital!), normalizeArabic(nationality!)]),
  ),
  givenNames: new Set(),
  channels: [
    ['rapport', 'report'],
    ['etude', 'report'],
    ['conference', 'press_conference'],
    ['tweet', 'social_media'],
    ['publication', 'social_media'],
    ['facebook', 'social_media'],
    ['communique', 'statement'],
    ['declaration', 'statement'],
    ['entretien', 'interview'],
    ['interview', 'interview'],
  ].map(([word, channel]) => ({ word: normalizeArabic(word!), channel: channel as QuoteChannel })),
  prefixes: [],
  capitalisedNames: true,
};

export function quoteLexicon(language: 'ar' | 'fr' | 'en'): QuoteLexicon {
  return language === 'ar' ? arabicLexicon : frenchLexicon;
}
