// The fixed wording of the letter in each submission language. This is document content in the
// language the notifying member reads, not interface text, so it is not in the i18n namespaces.
import type { TbtConcern } from '../domain/comment';
import type { SubmissionLanguage } from './types';

function isoParts(iso: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

/** A date as a letter writes it; text that is not an ISO date is kept as it is. */
function dateWith(format: (parts: { year: number; month: number; day: number }) => string): (iso: string) => string {
  return (iso) => {
    const parts = isoParts(iso);
    return parts ? format(parts) : iso;
  };
}

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/** French typography: a no-break space before a colon. */
const NBSP = '\u00A0';

export interface LetterText {
  /** An ISO yyyy-mm-dd date as the letter writes it. */
  date(iso: string): string;
  /** A reference to a standard and its clause, e.g. `ISO 8124-1:2022, 5.2`. */
  citation(standard: string, clause: string): string;
  /** Label of the TBT concerns line in the letter and in the table's Comments cell. */
  concernsLabel: string;
  /** Label of the reference standard line. */
  referenceLabel: string;
  concernNames: Record<TbtConcern, string>;
  /** The comment table's eight column headers. */
  tableHeaders: readonly string[];
  subject(country: string, symbol: string, title: string): string;
  introduction(country: string, member: string, symbol: string, title: string): string;
  /** After a label: `: ` in Latin scripts, a full-width `：` in Chinese. */
  colon: string;
  from: string;
  to: string;
  /** Between items of a list on one line. */
  listSeparator: string;
  subjectLabel: string;
  dateLabel: string;
  salutation: string;
  generalComments: string;
  specificComments: string;
  requests: string;
  extendCommentPeriod(finalDate: string | null): string;
  writtenReply: string;
  closing: string;
  clause: string;
  paragraph: string;
  line: string;
  proposedChange: string;
  observation: string;
  annex: string;
  none: string;
  typeNames: Record<'ge' | 'te' | 'ed', string>;
}

/** The ISO/IEC template's own headers, which receiving secretariats and tools match on. */
export const ISO_TABLE_HEADERS = [
  'MB/NC',
  'Line number',
  'Clause/Subclause',
  'Paragraph/Figure/Table',
  'Type of comment',
  'Comments',
  'Proposed change',
  'Observations of the secretariat',
] as const;

/** Spanish `a` + `el` contracts to `al`. */
function withA(member: string): string {
  return member.startsWith('el ') ? `al ${member.slice(3)}` : `a ${member}`;
}

export const LETTER_TEXT: Record<SubmissionLanguage, LetterText> = {
  en: {
    date: dateWith(({ year, month, day }) => `${day} ${MONTHS.en[month - 1]} ${year}`),
    citation: (standard, clause) => [standard, clause].filter(Boolean).join(', '),
    concernsLabel: 'TBT concerns',
    referenceLabel: 'Reference',
    concernNames: {
      not_international_standard: 'not based on the relevant international standard (Art. 2.4)',
      more_trade_restrictive: 'more trade-restrictive than necessary (Art. 2.2)',
      conformity_assessment: 'conformity assessment stricter than necessary or foreign results not recognised (Art. 5 and 6)',
      transition_period: 'transition period before entry into force too short (Art. 2.12)',
      clarification: 'request for clarification or for the full text',
      labelling_marking: 'labelling and marking requirements',
      extend_comment_period: 'request to extend the comment period',
      other: 'other',
    },
    tableHeaders: ISO_TABLE_HEADERS,
    subject: (country, symbol, title) => `Comments of ${country} on ${symbol} – ${title}`,
    introduction: (country, member, symbol, title) =>
      `${country} thanks ${member || 'the notifying Member'} for the opportunity to comment on notification ${symbol} (${title}) and submits the following comments under Article 2.9.4 of the Agreement on Technical Barriers to Trade.`,
    colon: ': ',
    from: 'From',
    to: 'To',
    listSeparator: ', ',
    subjectLabel: 'Subject',
    dateLabel: 'Date',
    salutation: 'Dear Sir or Madam,',
    generalComments: 'General comments',
    specificComments: 'Specific comments',
    requests: 'Requests',
    extendCommentPeriod: (date) => `We request that the period for comments${date ? ` (currently ending on ${date})` : ''} be extended to allow a full assessment.`,
    writtenReply: 'We would be grateful for a written reply to these comments and for information on how they were taken into account.',
    closing: 'Yours faithfully,',
    clause: 'Clause',
    paragraph: 'Paragraph',
    line: 'Line',
    proposedChange: 'Proposed change',
    observation: 'Observation',
    annex: 'Annex: comment table',
    none: 'None.',
    typeNames: { ge: 'general', te: 'technical', ed: 'editorial' },
  },
  fr: {
    date: dateWith(({ year, month, day }) => `${day === 1 ? '1er' : day} ${MONTHS.fr[month - 1]} ${year}`),
    citation: (standard, clause) => [standard, clause].filter(Boolean).join(', '),
    concernsLabel: 'Préoccupations OTC',
    referenceLabel: 'Référence',
    concernNames: {
      not_international_standard: "non fondé sur la norme internationale pertinente (article 2.4)",
      more_trade_restrictive: 'plus restrictif pour le commerce qu’il n’est nécessaire (article 2.2)',
      conformity_assessment: 'évaluation de la conformité plus stricte que nécessaire ou résultats étrangers non reconnus (articles 5 et 6)',
      transition_period: "délai avant l’entrée en vigueur trop court (article 2.12)",
      clarification: 'demande d’éclaircissements ou du texte intégral',
      labelling_marking: 'prescriptions en matière d’étiquetage et de marquage',
      extend_comment_period: 'demande de prorogation du délai pour les observations',
      other: 'autre',
    },
    tableHeaders: ISO_TABLE_HEADERS,
    subject: (country, symbol, title) => `Observations de la ${country} sur ${symbol} – ${title}`,
    introduction: (country, member, symbol, title) =>
      `La ${country} remercie ${member || 'le Membre notifiant'} de la possibilité de formuler des observations sur la notification ${symbol} (${title}) et présente les observations suivantes au titre de l'article 2.9.4 de l'Accord sur les obstacles techniques au commerce.`,
    colon: `${NBSP}: `,
    from: 'De',
    to: 'À',
    listSeparator: ', ',
    subjectLabel: 'Objet',
    dateLabel: 'Date',
    salutation: 'Madame, Monsieur,',
    generalComments: 'Observations générales',
    specificComments: 'Observations particulières',
    requests: 'Demandes',
    extendCommentPeriod: (date) => `Nous demandons que le délai de présentation des observations${date ? ` (qui expire le ${date})` : ''} soit prorogé afin de permettre une évaluation complète.`,
    writtenReply: 'Nous vous serions reconnaissants de bien vouloir répondre par écrit à ces observations et nous indiquer comment elles ont été prises en compte.',
    closing: "Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.",
    clause: 'Article',
    paragraph: 'Paragraphe',
    line: 'Ligne',
    proposedChange: 'Modification proposée',
    observation: 'Observation',
    annex: `Annexe${NBSP}: tableau des observations`,
    none: 'Néant.',
    typeNames: { ge: 'générale', te: 'technique', ed: 'rédactionnelle' },
  },
  es: {
    date: dateWith(({ year, month, day }) => `${day} de ${MONTHS.es[month - 1]} de ${year}`),
    citation: (standard, clause) => [standard, clause].filter(Boolean).join(', '),
    concernsLabel: 'Preocupaciones OTC',
    referenceLabel: 'Referencia',
    concernNames: {
      not_international_standard: 'no se basa en la norma internacional pertinente (artículo 2.4)',
      more_trade_restrictive: 'más restrictivo del comercio de lo necesario (artículo 2.2)',
      conformity_assessment: 'evaluación de la conformidad más estricta de lo necesario o no reconocimiento de resultados extranjeros (artículos 5 y 6)',
      transition_period: 'plazo antes de la entrada en vigor demasiado breve (artículo 2.12)',
      clarification: 'solicitud de aclaraciones o del texto completo',
      labelling_marking: 'prescripciones de etiquetado y marcado',
      extend_comment_period: 'solicitud de prórroga del plazo para la presentación de observaciones',
      other: 'otra',
    },
    tableHeaders: ISO_TABLE_HEADERS,
    subject: (country, symbol, title) => `Observaciones de ${country} sobre ${symbol} – ${title}`,
    introduction: (country, member, symbol, title) =>
      `${country} agradece ${withA(member || 'el Miembro notificante')} la oportunidad de formular observaciones sobre la notificación ${symbol} (${title}) y presenta las siguientes observaciones en virtud del párrafo 4 del artículo 2.9 del Acuerdo sobre Obstáculos Técnicos al Comercio.`,
    colon: ': ',
    from: 'De',
    to: 'A',
    listSeparator: ', ',
    subjectLabel: 'Asunto',
    dateLabel: 'Fecha',
    salutation: 'Estimados señores:',
    generalComments: 'Observaciones generales',
    specificComments: 'Observaciones específicas',
    requests: 'Solicitudes',
    extendCommentPeriod: (date) => `Solicitamos que se prorrogue el plazo para la presentación de observaciones${date ? ` (que vence el ${date})` : ''} a fin de permitir una evaluación completa.`,
    writtenReply: 'Agradeceríamos una respuesta por escrito a estas observaciones y información sobre cómo se han tenido en cuenta.',
    closing: 'Atentamente,',
    clause: 'Cláusula',
    paragraph: 'Párrafo',
    line: 'Línea',
    proposedChange: 'Cambio propuesto',
    observation: 'Observación',
    annex: 'Anexo: cuadro de observaciones',
    none: 'Ninguna.',
    typeNames: { ge: 'general', te: 'técnica', ed: 'editorial' },
  },
  zh: {
    date: dateWith(({ year, month, day }) => `${year}年${month}月${day}日`),
    citation: (standard, clause) => (clause ? `${standard}${standard ? ' ' : ''}第 ${clause} 条` : standard),
    concernsLabel: '技术性贸易措施关注点',
    referenceLabel: '参考标准',
    concernNames: {
      not_international_standard: '未以相关国际标准为基础（第 2.4 条）',
      more_trade_restrictive: '对贸易的限制超过必要限度（第 2.2 条）',
      conformity_assessment: '合格评定程序严于必要限度或不承认国外结果（第 5、6 条）',
      transition_period: '生效前过渡期过短（第 2.12 条）',
      clarification: '要求澄清或提供全文',
      labelling_marking: '标签和标识要求',
      extend_comment_period: '要求延长评议期',
      other: '其他',
    },
    tableHeaders: ['成员机构', '行号', '条款/子条款', '段落/图/表', '意见类型', '评议意见', '修改建议', '秘书处意见'],
    subject: (country, symbol, title) => `${country}对 ${symbol}《${title}》的评议意见`,
    introduction: (country, member, symbol, title) =>
      `${country}感谢${member || '通报成员'}就 ${symbol}《${title}》通报征求意见，现根据《技术性贸易壁垒协定》第2.9.4条提出以下评议意见。`,
    colon: '：',
    from: '发件人',
    to: '致',
    listSeparator: '，',
    subjectLabel: '事由',
    dateLabel: '日期',
    salutation: '尊敬的先生或女士：',
    generalComments: '一般性意见',
    specificComments: '具体意见',
    requests: '请求',
    extendCommentPeriod: (date) => `请求延长评议期${date ? `（现截止日期为 ${date}）` : ''}，以便进行全面评估。`,
    writtenReply: '请就上述意见作出书面答复，并告知意见的采纳情况。',
    closing: '此致\n敬礼！',
    clause: '条款',
    paragraph: '段落',
    line: '行',
    proposedChange: '修改建议',
    observation: '秘书处意见',
    annex: '附件：评议意见表',
    none: '无。',
    typeNames: { ge: '一般性', te: '技术性', ed: '编辑性' },
  },
};

/** The commenting country's name in each language, for a Chinese institute. */
export const CHINA: Record<SubmissionLanguage, string> = { en: 'China', fr: 'Chine', es: 'China', zh: '中国' };
