// The fixed wording of the letter in each submission language. This is document content in the
// language the notifying member reads, not interface text, so it is not in the i18n namespaces.
import type { SubmissionLanguage } from './types';

export interface LetterText {
  subject(country: string, symbol: string, title: string): string;
  introduction(country: string, member: string, symbol: string, title: string): string;
  /** After a label: `: ` in Latin scripts, a full-width `：` in Chinese. */
  colon: string;
  to: string;
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

export const LETTER_TEXT: Record<SubmissionLanguage, LetterText> = {
  en: {
    subject: (country, symbol, title) => `Comments of ${country} on ${symbol} – ${title}`,
    introduction: (country, member, symbol, title) =>
      `${country} thanks ${member || 'the notifying Member'} for the opportunity to comment on notification ${symbol} (${title}) and submits the following comments under Article 2.9.4 of the Agreement on Technical Barriers to Trade.`,
    colon: ': ',
    to: 'To',
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
    subject: (country, symbol, title) => `Observations de la ${country} sur ${symbol} – ${title}`,
    introduction: (country, member, symbol, title) =>
      `La ${country} remercie ${member || 'le Membre notifiant'} de la possibilité de formuler des observations sur la notification ${symbol} (${title}) et présente les observations suivantes au titre de l'article 2.9.4 de l'Accord sur les obstacles techniques au commerce.`,
    colon: ' : ',
    to: 'À',
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
    annex: 'Annexe : tableau des observations',
    none: 'Néant.',
    typeNames: { ge: 'générale', te: 'technique', ed: 'rédactionnelle' },
  },
  es: {
    subject: (country, symbol, title) => `Observaciones de ${country} sobre ${symbol} – ${title}`,
    introduction: (country, member, symbol, title) =>
      `${country} agradece a ${member || 'el Miembro notificante'} la oportunidad de formular observaciones sobre la notificación ${symbol} (${title}) y presenta las siguientes observaciones en virtud del párrafo 4 del artículo 2.9 del Acuerdo sobre Obstáculos Técnicos al Comercio.`,
    colon: ': ',
    to: 'A',
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
    subject: (country, symbol, title) => `${country}对 ${symbol}《${title}》的评议意见`,
    introduction: (country, member, symbol, title) =>
      `${country}感谢${member || '通报成员'}就 ${symbol}《${title}》通报征求意见，现根据《技术性贸易壁垒协定》第2.9.4条提出以下评议意见。`,
    colon: '：',
    to: '致',
    subjectLabel: '事由',
    dateLabel: '日期',
    salutation: '尊敬的先生/女士：',
    generalComments: '一般性意见',
    specificComments: '具体意见',
    requests: '请求',
    extendCommentPeriod: (date) => `请求延长评议期${date ? `（现截止日期为 ${date}）` : ''}，以便进行全面评估。`,
    writtenReply: '请就上述意见作出书面答复，并告知意见的采纳情况。',
    closing: '此致',
    clause: '条款',
    paragraph: '段落',
    line: '行',
    proposedChange: '修改建议',
    observation: '秘书处意见',
    annex: '附件：评议意见表',
    none: '无。',
    typeNames: { ge: '一般', te: '技术', ed: '编辑' },
  },
};

/** The commenting country's name in each language, for a Chinese institute. */
export const CHINA: Record<SubmissionLanguage, string> = { en: 'China', fr: 'Chine', es: 'China', zh: '中国' };
