// Generates the demo data set's PDFs (resources/demo/*.pdf): the notified texts of the demo
// notifications and fictitious "reference standard" excerpts. Every text here was written for the
// demo; none is the text of a real regulation or standard. The generated PDFs are committed, so
// a machine without Chromium still has demo data; rerun with `node scripts/make-demo-pdfs.mjs`.
// Chromium embeds subset Noto CJK fonts (Debian package fonts-noto-cjk) for the Chinese texts.
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const OUT = resolve('resources/demo');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MAX_BYTES = 150 * 1024;
// Skia embeds CFF fonts (as in the Noto CJK collections) as Type 3 outlines, several hundred KB
// for a few pages of Chinese. A TrueType subset of the glyphs a document uses embeds as a small
// CID font instead, so the Chinese documents get one, made with fontTools (python3-fonttools).
const PYTHON = '/usr/bin/python3';
const CJK_COLLECTION = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
const CJK_FACE_SC = 2; // JP, KR, SC, TC, HK

const DEMO_NOTE_EN = 'DEMO TEXT — written for TBT Review Desk to demonstrate the workflow. It is not the text of any real regulation or standard.';
const DEMO_NOTE_ZH = '演示文本——为 TBT 评议桌演示工作流程而编写，并非任何真实法规或标准的文本。';

/**
 * A document is a cover page and a body of blocks:
 * ['h', heading] clause heading, ['p', text] paragraph, ['t', caption, header[], rows[][]] table,
 * ['alt', text] second-language paragraph (bilingual documents), ['page'] page break.
 */
const documents = [
  {
    file: 'eu-toys.pdf',
    lang: 'en',
    cover: {
      kicker: 'EUROPEAN COMMISSION — Notified draft (G/TBT/N/EU/1148)',
      title: 'Proposal for a Regulation on the safety of toys',
      subtitle: 'Annex II — Particular safety requirements (draft for TBT notification)',
      lines: ['Brussels, Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs', 'Language: English', DEMO_NOTE_EN],
    },
    body: [
      ['h', '1 Scope'],
      ['p', '1.1 This Annex lays down the particular safety requirements that toys placed on the Union market shall meet throughout their foreseeable and normal period of use, taking into account the behaviour of children who do not usually exercise the same degree of care as an average adult user.'],
      ['p', '1.2 The requirements apply to products designed or intended, whether or not exclusively, for use in play by children under 14 years of age. Products listed in Annex I are excluded.'],
      ['h', '2 Terms and definitions'],
      ['p', '2.1 "small part" means a toy or component of a toy which fits entirely, without compression, into the small parts cylinder described in Table 1.'],
      ['p', '2.2 "functional sharp edge" means an edge that is necessary for the function of the toy, such as the blade of a toy tool intended for children over 8 years.'],
      ['h', '3 General requirements'],
      ['p', '3.1 Toys and their parts, and in the case of fixed toys their anchorages, shall have the mechanical strength and stability required to withstand the stresses to which they are subjected during use without breaking or being liable to distortion at the risk of causing physical injury.'],
      ['p', '3.2 Accessible edges, protrusions, cords, cables and fastenings on toys shall be designed and constructed so that the risks of physical injury from contact with them are reduced as far as possible.'],
      ['page'],
      ['h', '4 Physical and mechanical properties'],
      ['p', '4.1 Toys shall not present a risk of asphyxia by external airway obstruction. Packaging in which toys are contained for retail sale shall not present a risk of strangulation or asphyxiation.'],
      ['p', '4.2 Toys intended for children under 36 months shall not have accessible sharp edges or sharp points, as determined with the test methods of the harmonised standard.'],
      ['p', '4.3 Folding and sliding mechanisms shall be designed so that they cannot collapse unexpectedly under a load of 50 kg applied for 5 minutes.'],
      ['p', '4.4 Toys containing magnets shall be designed so that no magnet with a flux index greater than 50 kG²mm² can detach during foreseeable use, including after the abuse tests of the harmonised standard.'],
      ['p', '4.5 Small parts. Toys intended for use by children under 36 months, and their components and any detachable parts, shall be of such dimensions as to prevent their being swallowed or inhaled. This also applies to parts that become detached after the torque, tension, drop and compression tests. Toys intended for children from 36 months to 72 months that contain small parts shall bear the warning set out in point 6.2.'],
      ['t', 'Table 1 — Small parts cylinder (dimensions in millimetres)', ['Feature', 'Dimension', 'Tolerance'], [['Internal diameter', '31.7', '± 0.1'], ['Depth of short side', '25.4', '± 0.1'], ['Depth of long side', '57.1', '± 0.1'], ['Slope of base', '30°', '± 1°']]],
      ['p', '4.6 Toys intended to be put in the mouth, such as mouth-actuated toys, shall be of such dimensions that no detachable component can be inhaled.'],
      ['page'],
      ['h', '5 Chemical properties'],
      ['p', '5.1 Toys shall be designed and manufactured so that they do not present risks of adverse effects on human health due to exposure to the chemical substances or mixtures of which they are composed or which they contain.'],
      ['p', '5.2 The migration limits of Table 2 shall not be exceeded. The Commission may amend the limits by delegated act to take account of scientific evidence.'],
      ['t', 'Table 2 — Migration limits (mg/kg of toy material)', ['Element', 'Dry, brittle, powder-like', 'Liquid or sticky', 'Scraped-off'], [['Aluminium', '2 250', '560', '28 130'], ['Barium', '1 500', '375', '18 750'], ['Boron', '1 200', '300', '15 000'], ['Chromium (VI)', '0.02', '0.005', '0.053'], ['Lead', '2.0', '0.5', '23'], ['Nickel', '130', '32.5', '1 600']]],
      ['h', '6 Warnings and marking'],
      ['p', '6.1 Warnings shall be visible, easily legible, understandable and accurate, and shall be written in a language easily understood by consumers in the Member State where the toy is made available.'],
      ['p', '6.2 Toys that might be dangerous for children under 36 months shall bear a warning such as "Not suitable for children under 3 years. Contains small parts." together with a brief indication of the specific hazard.'],
      ['h', '7 Conformity assessment and transitional provisions'],
      ['p', '7.1 Before placing a toy on the market, manufacturers shall carry out the conformity assessment procedure and issue a digital product passport. Where harmonised standards do not cover all requirements, EU-type examination by a notified body is mandatory.'],
      ['p', '7.2 Toys which comply with Directive 2009/48/EC and were placed on the market before the date of application may continue to be made available for 30 months after that date.'],
    ],
  },
  {
    file: 'iso-8124-1-excerpt-demo.pdf',
    lang: 'en',
    cover: {
      kicker: 'REFERENCE STANDARD — EXCERPT, DEMO',
      title: 'ISO 8124-1:2022 (excerpt, demo)',
      subtitle: 'Safety of toys — Part 1: Safety aspects related to mechanical and physical properties',
      lines: ['Stand-in text: the clause numbers mirror the standard\u2019s layout for illustration only.', DEMO_NOTE_EN],
    },
    body: [
      ['h', '4 Requirements'],
      ['p', '4.1 Normal use. Toys shall be tested in accordance with the normal use tests of 5.24 before they are assessed against the other requirements of this clause.'],
      ['p', '4.2 Reasonably foreseeable abuse. After the torque, tension, drop, impact and compression tests of 5.24, toys shall continue to meet the requirements of this clause.'],
      ['p', '4.3 Material quality. Materials shall be visibly clean and free from infestation. Stuffing materials shall be free of hard or sharp contaminants.'],
      ['p', '4.4 Sharp edges and points. Accessible edges shall be assessed with the sharp-edge test of 5.8; accessible points with the sharp-point test of 5.9.'],
      ['p', '4.5 Small parts. Toys intended for children under 36 months, and removable components of such toys, shall not fit entirely in the small parts cylinder of Figure 3 in any orientation and without compression. The requirement applies before and after the reasonably foreseeable abuse tests. Paper, fabric, yarn, fuzz, elastic and string are exempted.'],
      ['t', 'Table 4 — Abuse tests for toys intended for children under 36 months', ['Test', 'Load or height', 'Duration'], [['Torque', '0.34 N·m', '10 s'], ['Tension', '90 N', '10 s'], ['Drop', '850 mm onto steel', '10 drops'], ['Compression', '114 N', '10 s']]],
      ['page'],
      ['p', '4.6 Shape and size of certain toys. Toys with a nearly spherical, hemispherical or circular flared end intended for children under 18 months shall not enter and protrude past the full depth of the supplementary test fixture.'],
      ['p', '4.7 Balls. Balls intended for children under 36 months shall not pass entirely through the template with a circular opening of 44.5 mm diameter.'],
      ['p', '4.8 Magnets. Loose as-received magnets and magnetic components with a flux index greater than 50 kG²mm² that fit entirely in the small parts cylinder shall not be accessible.'],
      ['h', 'Annex A (informative) Rationale for 4.5'],
      ['p', 'The small parts cylinder approximates the size of the throat of a child under 36 months. Its dimensions have remained unchanged since the first edition so that test results remain comparable over time and between laboratories.'],
    ],
  },
  {
    file: 'chn-ebike-battery.pdf',
    lang: 'zh-CN',
    cover: {
      kicker: '中华人民共和国国家标准（征求意见稿） G/TBT/N/CHN/2031',
      title: '电动自行车用锂离子蓄电池安全技术规范',
      subtitle: 'Safety technical specification for lithium-ion batteries used in electric bicycles',
      lines: ['国家市场监督管理总局 国家标准化管理委员会 发布', '本文件按照 GB/T 1.1—2020 的规定起草。', DEMO_NOTE_ZH],
    },
    body: [
      ['h', '1 范围'],
      ['p', '本文件规定了电动自行车用锂离子蓄电池的安全要求、试验方法、检验规则及标志和说明书。本文件适用于电动自行车用锂离子蓄电池单体、电池组（以下简称"电池"）。'],
      ['h', '2 规范性引用文件'],
      ['p', '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。GB/T 2408 塑料 燃烧性能的测定 水平法和垂直法；GB 17761 电动自行车安全技术规范；IEC 62133-2 含碱性或非酸性电解质的二次电池和电池组 便携式密封二次电池及其组成的电池组的安全要求 第2部分：锂系。'],
      ['h', '3 术语和定义'],
      ['p', '3.1 电池管理系统 battery management system (BMS)：监测电池的状态（温度、电压、电流等），为电池提供通信、安全、电芯均衡及管理控制的系统。'],
      ['p', '3.2 热失控 thermal runaway：电池单体放热连锁反应引起电池温度不可控上升的现象。'],
      ['page'],
      ['h', '4 安全要求'],
      ['p', '4.1 一般要求：电池组的标称电压应不超过 48 V，电池组质量应不超过 7.5 kg。'],
      ['p', '4.2 过充电保护：电池组在充电过程中，当任一单体电压超过规定的充电上限电压时，电池管理系统应切断充电回路，电池应不起火、不爆炸。'],
      ['p', '4.3 过放电保护：当任一单体电压低于放电截止电压时，电池管理系统应切断放电回路。'],
      ['p', '4.4 短路保护：电池组外部短路时，保护电路应在 1 s 内动作，电池应不起火、不爆炸。'],
      ['p', '4.5 热扩散：电池组内单个电池单体发生热失控后，在 5 min 内应不起火、不爆炸，并应发出报警信号。'],
      ['p', '4.6 外壳阻燃：电池组外壳非金属材料的阻燃等级应达到 GB/T 2408 规定的 V-0 级。'],
      ['t', '表 1 试验项目与要求', ['条款', '试验项目', '要求', '样品数量'], [['4.2', '过充电', '不起火、不爆炸', '3'], ['4.3', '过放电', '不起火、不爆炸', '3'], ['4.4', '外部短路', '保护电路 1 s 内动作', '3'], ['4.5', '热扩散', '5 min 内不起火、不爆炸', '2'], ['4.6', '外壳阻燃', 'V-0 级', '5']]],
      ['page'],
      ['h', '5 试验方法'],
      ['p', '5.1 试验环境：除另有规定外，试验应在温度 25 ℃ ± 5 ℃、相对湿度 15%～90% 的环境中进行。'],
      ['p', '5.2 过充电试验：将电池组充满电后，以 1 I₃ 的电流持续充电，直至电池管理系统动作或达到 1.5 倍充电上限电压，观察 1 h。'],
      ['h', '6 标志和说明书'],
      ['p', '6.1 电池组应在明显位置标注标称电压、额定容量、生产日期、制造商名称以及"禁止拆解""禁止靠近火源"等警示语。'],
      ['p', '6.2 说明书应以中文说明充电方法、储存条件及废旧电池的回收要求。'],
      ['h', '7 实施'],
      ['p', '本文件自发布之日起 12 个月后实施。实施之日前生产的产品，可继续销售至实施之日后 6 个月。'],
    ],
  },
  {
    file: 'iec-62133-2-excerpt-demo.pdf',
    lang: 'zh-CN',
    cover: {
      kicker: 'REFERENCE STANDARD — EXCERPT, DEMO｜参考标准——摘录，演示',
      title: 'IEC 62133-2:2017 (excerpt, demo)',
      subtitle: 'Secondary cells and batteries — Safety requirements — Part 2: Lithium systems｜二次电池安全要求 第2部分：锂系（中英对照摘录）',
      lines: [DEMO_NOTE_EN, DEMO_NOTE_ZH],
    },
    body: [
      ['h', '7.3.2 External short-circuit (battery)｜外部短路（电池组）'],
      ['p', 'Each fully charged battery is short-circuited by connecting the positive and negative terminals with a total external resistance of 80 mΩ ± 20 mΩ at 55 °C ± 5 °C. The test continues for 24 h or until the case temperature declines by 20 % of the maximum temperature rise.'],
      ['alt', '将充满电的电池组正负极用总外部电阻为 80 mΩ ± 20 mΩ 的导线连接，在 55 ℃ ± 5 ℃ 下进行短路，持续 24 h 或直至外壳温度下降到最大温升的 20%。'],
      ['p', 'Acceptance criteria: no fire, no explosion.'],
      ['alt', '合格判据：不起火、不爆炸。'],
      ['h', '7.3.5 Crush (cells)｜挤压（电池单体）'],
      ['p', 'A fully charged cell is crushed between two flat surfaces with a force of 13 kN ± 0.78 kN. Acceptance criteria: no fire, no explosion.'],
      ['alt', '将充满电的电池单体置于两个平面之间，以 13 kN ± 0.78 kN 的力进行挤压。合格判据：不起火、不爆炸。'],
      ['h', '7.3.9 Forced internal short-circuit (cells)｜强制内部短路（电池单体）'],
      ['p', 'A nickel particle is inserted between the positive and negative active materials and pressed until a voltage drop of 50 mV is detected. Acceptance criteria: no fire.'],
      ['alt', '在正负极活性物质之间放入镍颗粒并加压，直至检测到 50 mV 的电压降。合格判据：不起火。'],
      ['t', 'Table 1 — Summary of tests｜表 1 试验汇总', ['Clause｜条款', 'Test｜试验', 'Criteria｜判据'], [['7.3.2', 'External short-circuit｜外部短路', 'No fire, no explosion｜不起火、不爆炸'], ['7.3.5', 'Crush｜挤压', 'No fire, no explosion｜不起火、不爆炸'], ['7.3.9', 'Forced internal short-circuit｜强制内部短路', 'No fire｜不起火']]],
    ],
  },
  {
    file: 'usa-magnets.pdf',
    lang: 'en',
    cover: {
      kicker: 'CONSUMER PRODUCT SAFETY COMMISSION — 16 CFR Part 1262 — G/TBT/N/USA/2215',
      title: 'Safety Standard for Magnets in Children\u2019s Products',
      subtitle: 'Notice of proposed rulemaking (NPR)',
      lines: ['Bethesda, Maryland', 'Docket No. CPSC-2026-0017', DEMO_NOTE_EN],
    },
    body: [
      ['h', '1 Background'],
      ['p', '1.1 Ingestion of high-powered magnets has caused serious injuries to children, including perforations of the intestine that require surgery. Where two or more magnets are swallowed, they can attract each other through the intestinal walls.'],
      ['p', '1.2 The Commission proposes to extend the requirements of 16 CFR part 1262 to magnetic components of children\u2019s products other than toys, such as jewellery, school supplies and clothing accessories.'],
      ['h', '2 Definitions'],
      ['p', '2.1 "Flux index" means the product of the square of the maximum surface flux density, in kilogauss, and the area of the pole surface, in square millimetres, determined as described in section 4.'],
      ['p', '2.2 "Hazardous magnet" means a magnet that fits entirely within the small parts cylinder specified in 16 CFR 1501.4 and has a flux index of 50 kG²mm² or more.'],
      ['page'],
      ['h', '3 Requirements'],
      ['p', '3.1 Each magnetic component of a children\u2019s product that fits entirely within the small parts cylinder shall have a flux index of less than 50 kG²mm².'],
      ['p', '3.2 Magnets shall not become liberated when the product is subjected to the use and abuse tests in section 4.3.'],
      ['p', '3.3 Products that contain hazardous magnets and are intended for users 14 years of age or older shall bear the warning label of section 5.'],
      ['h', '4 Test procedures'],
      ['t', 'Table 1 — Use and abuse tests', ['Test', 'Parameter', 'Reference'], [['Soaking', '24 h in water at 37 °C', '4.3.1'], ['Drop', '10 drops from 1.37 m', '4.3.2'], ['Torque', '0.45 N·m', '4.3.3'], ['Tension', '67 N', '4.3.4'], ['Impact', '0.5 kg mass from 100 mm', '4.3.5']]],
      ['h', '5 Warning labels'],
      ['p', '5.1 The label shall read: "WARNING: Swallowed magnets can stick together across intestines causing serious infections and death. Seek immediate medical attention if magnets are swallowed or inhaled."'],
      ['h', '6 Effective date'],
      ['p', 'The rule would take effect 180 days after publication of the final rule in the Federal Register and apply to products manufactured after that date.'],
    ],
  },
  {
    file: 'astm-f963-excerpt-demo.pdf',
    lang: 'en',
    cover: {
      kicker: 'REFERENCE STANDARD — EXCERPT, DEMO',
      title: 'ASTM F963-23 (excerpt, demo)',
      subtitle: 'Standard Consumer Safety Specification for Toy Safety — clause 4.38 Magnets',
      lines: [DEMO_NOTE_EN],
    },
    body: [
      ['h', '4.38 Magnets'],
      ['p', '4.38.1 Toys shall not contain a loose as-received hazardous magnet or a loose as-received hazardous magnetic component.'],
      ['p', '4.38.2 Toys shall not liberate a hazardous magnet or a hazardous magnetic component after the use and abuse tests of 8.25.1 to 8.25.3.'],
      ['p', '4.38.3 Exemptions: magnetic or electrical experimental sets intended for children 8 years and older shall carry the warning of 5.17.'],
      ['t', 'Table 4.38 — Flux index measurement', ['Step', 'Description'], [['1', 'Measure surface flux density with a calibrated gaussmeter'], ['2', 'Measure pole area, in mm²'], ['3', 'Flux index = B² × A (kG²mm²)']]],
      ['h', '8.25 Magnet tests'],
      ['p', '8.25.1 Soaking test. Immerse the toy in water at 37 °C ± 2 °C for 24 h, then dry at room temperature for 24 h before the impact test.'],
      ['p', '8.25.2 Impact test. Drop the toy 10 times from a height of 1.37 m onto a vinyl tile over concrete.'],
    ],
  },
  {
    file: 'bra-appliances.pdf',
    lang: 'pt-BR',
    cover: {
      kicker: 'INMETRO — Portaria (minuta para consulta pública) — G/TBT/N/BRA/1580',
      title: 'Requisitos de Avaliação da Conformidade para Aparelhos Eletrodomésticos',
      subtitle: 'Conformity assessment requirements for household electrical appliances (Portuguese with English translation)',
      lines: ['Instituto Nacional de Metrologia, Qualidade e Tecnologia — Rio de Janeiro', DEMO_NOTE_EN],
    },
    body: [
      ['h', '1 Objetivo | Objective'],
      ['p', '1.1 Estabelecer os requisitos de avaliação da conformidade para aparelhos eletrodomésticos e similares, com foco na segurança, por meio do mecanismo de certificação, visando prevenir acidentes de origem elétrica.'],
      ['alt', '1.1 To establish the conformity assessment requirements for household and similar electrical appliances, focused on safety, through certification, with a view to preventing electrical accidents.'],
      ['h', '2 Escopo | Scope'],
      ['p', '2.1 Aplica-se a aparelhos com tensão nominal não superior a 250 V para aparelhos monofásicos e 480 V para os demais, tais como ferros de passar, liquidificadores, cafeteiras e aspiradores de pó.'],
      ['alt', '2.1 Applies to appliances with a rated voltage not exceeding 250 V for single-phase appliances and 480 V for others, such as irons, blenders, coffee makers and vacuum cleaners.'],
      ['page'],
      ['h', '3 Requisitos técnicos | Technical requirements'],
      ['p', '3.1 Os aparelhos devem atender à norma ABNT NBR IEC 60335-1 e à respectiva parte 2 aplicável.'],
      ['alt', '3.1 Appliances shall comply with ABNT NBR IEC 60335-1 and the applicable part 2.'],
      ['p', '3.2 O plugue deve atender ao padrão ABNT NBR 14136.'],
      ['alt', '3.2 The plug shall comply with the ABNT NBR 14136 standard.'],
      ['h', '4 Avaliação da conformidade | Conformity assessment'],
      ['t', 'Tabela 1 — Modelos de certificação | Table 1 — Certification schemes', ['Modelo | Scheme', 'Ensaios | Tests', 'Manutenção | Surveillance'], [['Modelo 5', 'Ensaio de tipo + auditoria de fábrica | Type test + factory audit', '12 meses | 12 months'], ['Modelo 1b', 'Ensaio de lote | Batch test', '— | —']]],
      ['h', '5 Prazos | Deadlines'],
      ['p', '5.1 Fabricantes e importadores terão 24 meses, contados da publicação, para adequar-se; o comércio terá 36 meses.'],
      ['alt', '5.1 Manufacturers and importers will have 24 months from publication to comply; retailers will have 36 months.'],
    ],
  },
  {
    file: 'iec-60335-1-excerpt-demo.pdf',
    lang: 'en',
    cover: {
      kicker: 'REFERENCE STANDARD — EXCERPT, DEMO',
      title: 'IEC 60335-1:2020 (excerpt, demo)',
      subtitle: 'Household and similar electrical appliances — Safety — Part 1: General requirements',
      lines: [DEMO_NOTE_EN],
    },
    body: [
      ['h', '8 Protection against access to live parts'],
      ['p', '8.1 Appliances shall be constructed and enclosed so that there is adequate protection against accidental contact with live parts. Compliance is checked with the test probe B of IEC 61032.'],
      ['h', '11 Heating'],
      ['p', '11.1 Appliances and their surroundings shall not attain excessive temperatures in normal use. Compliance is checked by determining the temperature rise of the various parts under the conditions of 11.2 to 11.7.'],
      ['t', 'Table 3 — Maximum normal temperature rises (K)', ['Part', 'Temperature rise'], [['Handles held in normal use, metal', '35'], ['Handles held in normal use, plastic', '60'], ['External enclosure of motor-operated appliances', '60']]],
      ['h', '19 Abnormal operation'],
      ['p', '19.1 Appliances shall be designed so that the risk of fire, mechanical damage impairing safety or protection against electric shock as a result of abnormal or careless operation is obviated as far as is practicable.'],
    ],
  },
];

// Subsets the CJK face to the characters read on stdin and converts its CFF outlines to TrueType
// quadratics (the recipe of fontTools' otf2ttf snippet); prints the TTF as base64.
const SUBSET_TO_TTF_PY = `
import sys, base64, io
from fontTools.ttLib import TTFont, newTable
from fontTools.subset import Subsetter, Options
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
path, number = sys.argv[1], int(sys.argv[2])
text = sys.stdin.read()
font = TTFont(path, fontNumber=number, lazy=False)
options = Options()
options.hinting = False
options.desubroutinize = True
options.layout_features = []
subsetter = Subsetter(options)
subsetter.populate(unicodes=sorted({ord(c) for c in text if ord(c) > 0x7f}))
subsetter.subset(font)
order = font.getGlyphOrder()
glyph_set = font.getGlyphSet()
quads = {}
for name in order:
    pen = TTGlyphPen(glyph_set)
    glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    quads[name] = pen.glyph()
font["loca"] = newTable("loca")
glyf = font["glyf"] = newTable("glyf")
glyf.glyphOrder = order
glyf.glyphs = quads
del font["CFF "]
for tag in ("VORG", "GSUB", "GPOS", "GDEF"):
    if tag in font:
        del font[tag]
glyf.compile(font)
hmtx = font["hmtx"]
for name, glyph in quads.items():
    hmtx[name] = (hmtx[name][0], getattr(glyph, "xMin", 0))
maxp = font["maxp"] = newTable("maxp")
maxp.tableVersion = 0x00010000
for field in ("maxZones",):
    setattr(maxp, field, 1)
for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
    setattr(maxp, field, 0)
maxp.compile(font)
post = font["post"]
post.formatType = 3.0
font.sfntVersion = "\\000\\001\\000\\000"
out = io.BytesIO()
font.save(out)
sys.stdout.write(base64.b64encode(out.getvalue()).decode())
`;

function documentText(doc) {
  return JSON.stringify(doc) + '0123456789/ —';
}

/** A @font-face rule with a TrueType subset of the CJK face covering every character of `text`. */
function cjkFontFace(text) {
  const result = spawnSync(PYTHON, ['-c', SUBSET_TO_TTF_PY, CJK_COLLECTION, String(CJK_FACE_SC)], { input: text, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`font subsetting failed (needs Debian package python3-fonttools): ${result.stderr}`);
  return `@font-face { font-family: "Demo CJK"; font-weight: 100 900; src: url(data:font/ttf;base64,${result.stdout}) format("truetype"); }`;
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function renderBlock(block) {
  const [kind, ...args] = block;
  switch (kind) {
    case 'h':
      return `<h2>${escapeHtml(args[0])}</h2>`;
    case 'p':
      return `<p>${escapeHtml(args[0])}</p>`;
    case 'alt':
      return `<p class="alt">${escapeHtml(args[0])}</p>`;
    case 'page':
      return '<div class="page-break"></div>';
    case 't': {
      const [caption, header, rows] = args;
      const head = header.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('');
      const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
      return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
    }
    default:
      throw new Error(`unknown block ${kind}`);
  }
}

function renderHtml(doc, fontFace) {
  const fonts = fontFace ? '"Liberation Serif", "Demo CJK", serif' : '"Liberation Serif", serif';
  const cover = doc.cover;
  return `<!doctype html><html lang="${doc.lang}"><head><meta charset="utf-8"><style>
    ${fontFace}
    @page { size: A4; margin: 22mm 20mm 22mm 22mm; }
    body { font-family: ${fonts}; font-size: 11pt; line-height: 1.45; color: #111; }
    .cover { height: 230mm; display: flex; flex-direction: column; justify-content: center; page-break-after: always; }
    .kicker { font-size: 10pt; letter-spacing: 0.04em; color: #444; border-bottom: 1px solid #888; padding-bottom: 4mm; }
    h1 { font-size: 22pt; margin: 10mm 0 4mm; }
    .subtitle { font-size: 13pt; margin-bottom: 16mm; }
    .cover p { margin: 2mm 0; font-size: 10pt; }
    h2 { font-size: 12.5pt; margin: 6mm 0 2mm; }
    p { margin: 0 0 2.5mm; text-align: justify; }
    p.alt { font-style: italic; color: #333; }
    table { border-collapse: collapse; width: 100%; margin: 3mm 0 5mm; font-size: 10pt; }
    caption { font-weight: bold; text-align: left; margin-bottom: 1.5mm; }
    th, td { border: 0.6pt solid #333; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
    th { background: #e8e8e8; }
    .page-break { page-break-after: always; }
  </style></head><body>
    <section class="cover">
      <div class="kicker">${escapeHtml(cover.kicker)}</div>
      <h1>${escapeHtml(cover.title)}</h1>
      <div class="subtitle">${escapeHtml(cover.subtitle)}</div>
      ${cover.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}
    </section>
    ${doc.body.map(renderBlock).join('\n')}
  </body></html>`;
}

const footer = `<div style="font-size:8pt;width:100%;text-align:center;color:#555;font-family:'Liberation Serif',serif">
  <span class="pageNumber"></span> / <span class="totalPages"></span> — demo</div>`;

async function main() {
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    for (const doc of documents) {
      const fontFace = doc.lang === 'zh-CN' ? cjkFontFace(documentText(doc)) : '';
      await page.setContent(renderHtml(doc, fontFace), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footer,
        tagged: false,
        outline: false,
      });
      if (pdf.byteLength > MAX_BYTES) throw new Error(`${doc.file} is ${pdf.byteLength} bytes, over the ${MAX_BYTES} limit`);
      await writeFile(resolve(OUT, doc.file), pdf);
      console.log(`${doc.file}: ${(pdf.byteLength / 1024).toFixed(1)} KB`);
    }
  } finally {
    await browser.close();
  }
}

await main();
