// WTO Members as a letter names them, by the member code of the notification symbol: in English,
// French and Spanish with the article the WTO uses mid-sentence ("the European Union",
// "les États-Unis", "el Brasil"), and in Chinese.

export type MemberLanguage = 'en' | 'fr' | 'es' | 'zh';

type MemberNames = Record<MemberLanguage, string>;

const MEMBERS: Record<string, MemberNames> = {
  ARE: { en: 'the United Arab Emirates', fr: 'les Émirats arabes unis', es: 'los Emiratos Árabes Unidos', zh: '阿联酋' },
  ARG: { en: 'Argentina', fr: "l'Argentine", es: 'la Argentina', zh: '阿根廷' },
  AUS: { en: 'Australia', fr: "l'Australie", es: 'Australia', zh: '澳大利亚' },
  BRA: { en: 'Brazil', fr: 'le Brésil', es: 'el Brasil', zh: '巴西' },
  CAN: { en: 'Canada', fr: 'le Canada', es: 'el Canadá', zh: '加拿大' },
  CHE: { en: 'Switzerland', fr: 'la Suisse', es: 'Suiza', zh: '瑞士' },
  CHL: { en: 'Chile', fr: 'le Chili', es: 'Chile', zh: '智利' },
  CHN: { en: 'China', fr: 'la Chine', es: 'China', zh: '中国' },
  COL: { en: 'Colombia', fr: 'la Colombie', es: 'Colombia', zh: '哥伦比亚' },
  ECU: { en: 'Ecuador', fr: "l'Équateur", es: 'el Ecuador', zh: '厄瓜多尔' },
  EGY: { en: 'Egypt', fr: "l'Égypte", es: 'Egipto', zh: '埃及' },
  EU: { en: 'the European Union', fr: "l'Union européenne", es: 'la Unión Europea', zh: '欧盟' },
  GBR: { en: 'the United Kingdom', fr: 'le Royaume-Uni', es: 'el Reino Unido', zh: '英国' },
  IDN: { en: 'Indonesia', fr: "l'Indonésie", es: 'Indonesia', zh: '印度尼西亚' },
  IND: { en: 'India', fr: "l'Inde", es: 'la India', zh: '印度' },
  ISR: { en: 'Israel', fr: 'Israël', es: 'Israel', zh: '以色列' },
  JOR: { en: 'Jordan', fr: 'la Jordanie', es: 'Jordania', zh: '约旦' },
  JPN: { en: 'Japan', fr: 'le Japon', es: 'el Japón', zh: '日本' },
  KEN: { en: 'Kenya', fr: 'le Kenya', es: 'Kenya', zh: '肯尼亚' },
  KOR: { en: 'the Republic of Korea', fr: 'la République de Corée', es: 'la República de Corea', zh: '韩国' },
  MEX: { en: 'Mexico', fr: 'le Mexique', es: 'México', zh: '墨西哥' },
  MYS: { en: 'Malaysia', fr: 'la Malaisie', es: 'Malasia', zh: '马来西亚' },
  NZL: { en: 'New Zealand', fr: 'la Nouvelle-Zélande', es: 'Nueva Zelandia', zh: '新西兰' },
  PER: { en: 'Peru', fr: 'le Pérou', es: 'el Perú', zh: '秘鲁' },
  PHL: { en: 'the Philippines', fr: 'les Philippines', es: 'Filipinas', zh: '菲律宾' },
  QAT: { en: 'Qatar', fr: 'le Qatar', es: 'Qatar', zh: '卡塔尔' },
  RUS: { en: 'the Russian Federation', fr: 'la Fédération de Russie', es: 'la Federación de Rusia', zh: '俄罗斯' },
  RWA: { en: 'Rwanda', fr: 'le Rwanda', es: 'Rwanda', zh: '卢旺达' },
  SAU: { en: 'the Kingdom of Saudi Arabia', fr: "le Royaume d'Arabie saoudite", es: 'el Reino de la Arabia Saudita', zh: '沙特阿拉伯' },
  SGP: { en: 'Singapore', fr: 'Singapour', es: 'Singapur', zh: '新加坡' },
  THA: { en: 'Thailand', fr: 'la Thaïlande', es: 'Tailandia', zh: '泰国' },
  TPKM: { en: 'Chinese Taipei', fr: 'le Taipei chinois', es: 'el Taipei Chino', zh: '中国台北' },
  TUR: { en: 'Türkiye', fr: 'la Türkiye', es: 'Türkiye', zh: '土耳其' },
  TZA: { en: 'Tanzania', fr: 'la Tanzanie', es: 'Tanzanía', zh: '坦桑尼亚' },
  UGA: { en: 'Uganda', fr: "l'Ouganda", es: 'Uganda', zh: '乌干达' },
  UKR: { en: 'Ukraine', fr: "l'Ukraine", es: 'Ucrania', zh: '乌克兰' },
  USA: { en: 'the United States', fr: 'les États-Unis', es: 'los Estados Unidos', zh: '美国' },
  VNM: { en: 'Viet Nam', fr: 'le Viet Nam', es: 'Viet Nam', zh: '越南' },
  ZAF: { en: 'South Africa', fr: "l'Afrique du Sud", es: 'Sudáfrica', zh: '南非' },
};

/** Whether the list names this member code. */
export function isKnownMember(code: string): boolean {
  return Object.hasOwn(MEMBERS, code.toUpperCase());
}

/**
 * The member as a sentence names it in `language`. A member the list lacks keeps the name as
 * notified (item 1), which is English; the Chinese version then shows that name too.
 */
export function memberName(code: string, notifiedName: string, language: MemberLanguage): string {
  const names = MEMBERS[code.toUpperCase()];
  return names ? names[language] : notifiedName.trim();
}
