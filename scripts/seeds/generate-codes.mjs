// Writes seeds/codes/<table-id>.json (one CodeTableFile per table) and seeds/codes/README.md.
// Run from the repository root: `node scripts/seeds/generate-codes.mjs [out-dir]` (default
// seeds/codes; the tests write to a temporary folder and compare). The output is
// deterministic: the same inputs give byte-identical files. Bump VERSION (or a table's own
// version below) whenever the data changes, so installed profiles reload it.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { codeTable, rows, writeJson } from './lib.mjs';
import { sources } from './sources.mjs';
import { tradeModes } from './data/trade-mode.mjs';
import {
  attachedDocuments,
  brandTypes,
  containerTypes,
  dutyModes,
  exportPreferences,
  feeMarks,
  levyNatures,
  licenceDocuments,
  packageTypes,
  transactionTerms,
  transportModes,
  units,
} from './data/small-tables.mjs';
import { customsDistricts, domesticDistrictSpecials, domesticPorts } from './data/districts.mjs';
import { busyPorts } from './data/ports.mjs';

const require = createRequire(import.meta.url);
const VERSION = '2025.1';
const OUT = process.argv[2] ?? join(process.cwd(), 'seeds', 'codes');

const asEntries = (list) => rows(list.filter(Boolean));
const tables = [];
const add = (file) => tables.push(file);

add(
  codeTable({
    table: 'trade-mode',
    version: VERSION,
    titleZh: '监管方式代码表',
    titleEn: 'Trade modes (supervision modes)',
    sources: sources('S23', 'S3', 'S5', 'S26', 'R1', 'R3', 'memory'),
    notes:
      'extra.src names the sources of each row; extra.description is R1’s long description. Codes seen only in R3 (2022) may be retired. The official table (~190 rows incl. retired ones) was not available; this file holds the codes that could be sourced plus a few remembered (M).',
    entries: asEntries(tradeModes),
  }),
);
add(
  codeTable({
    table: 'transport-mode',
    version: VERSION,
    titleZh: '运输方式代码表',
    titleEn: 'Transport modes',
    sources: sources('S14', 'S4', 'S23', 'memory'),
    notes: '0–9 from S14 (cusTrans) and S23; G and L from S4; H, W, X, Y, Z from S23 (zd_ysfs); T from memory.',
    entries: asEntries(transportModes),
  }),
);
add(
  codeTable({
    table: 'levy-nature',
    version: VERSION,
    titleZh: '征免性质代码表',
    titleEn: 'Levy natures (CutMode)',
    sources: sources('R2', 'S11', 'S26'),
    notes: 'R2’s 45 rows with their descriptions (extra.description). The spec marks codes beyond 101 and 503 as unconfirmed; R2 confirms them as used by one broker application.',
    entries: asEntries(levyNatures),
  }),
);
add(
  codeTable({
    table: 'duty-mode',
    version: VERSION,
    titleZh: '征免方式代码表',
    titleEn: 'Duty modes (DutyMode)',
    sources: sources('S14', 'S7'),
    entries: asEntries(dutyModes),
  }),
);
add(
  codeTable({
    table: 'transaction-term',
    version: VERSION,
    titleZh: '成交方式代码表',
    titleEn: 'Transaction terms (TransMode)',
    sources: sources('S7', 'S4'),
    entries: asEntries(transactionTerms),
  }),
);
add(
  codeTable({
    table: 'package-type',
    version: VERSION,
    titleZh: '包装种类代码表（2018版）',
    titleEn: 'Package types (2018 codes)',
    sources: sources('S13', 'memory'),
    notes: 'The 2018 (关检融合) codes only. Older codes (1 木箱, 2 纸箱 …) must be mapped when importing old data; S14’s fallback list mixes both and is not used.',
    entries: asEntries(packageTypes),
  }),
);
add(
  codeTable({
    table: 'unit',
    version: VERSION,
    titleZh: '计量单位代码表',
    titleEn: 'Units of measure',
    sources: sources('S12', 'S28'),
    notes: 'All 122 rows of S12 (001–163 with gaps). English names are Clearway’s translations.',
    entries: asEntries(units),
  }),
);
add(
  codeTable({
    table: 'customs-district',
    version: VERSION,
    titleZh: '关区代码表',
    titleEn: 'Customs districts',
    sources: sources('S22', 'S11', 'S23', 'R5', 'memory'),
    notes:
      'The 42 district head offices (xx00, M except 2200/3100), S22’s Shanghai labels (C; some are older office names), and the few other sub-offices seen in a source. The official table has several hundred rows; most sub-office codes are missing here.',
    entries: asEntries(customsDistricts),
  }),
);
add(
  codeTable({
    table: 'container-type',
    version: VERSION,
    titleZh: '集装箱规格代码表',
    titleEn: 'Container types',
    sources: sources('S15'),
    notes: 'Aliases (40GP, 20GP …) are the trade’s usual shorthand, added for lookup.',
    entries: asEntries(containerTypes),
  }),
);
add(
  codeTable({
    table: 'licence-document',
    version: VERSION,
    titleZh: '监管证件代码表（随附单证）',
    titleEn: 'Licence documents (DocuCode)',
    sources: sources('S23', 'S14'),
    notes: 'Codes are case-sensitive: e and E, y and Y are different documents. Where S14 and S23 disagree, S23’s name is used and the other is given in the note.',
    entries: asEntries(licenceDocuments),
  }),
);
add(
  codeTable({
    table: 'attached-document',
    version: VERSION,
    titleZh: '随附单据代码表',
    titleEn: 'Attached documents (EdocCode)',
    sources: sources('S1', 'S5', 'memory'),
    entries: asEntries(attachedDocuments),
  }),
);
add(
  codeTable({
    table: 'brand-type',
    version: VERSION,
    titleZh: '品牌类型',
    titleEn: 'Brand types (declaration element 1, export)',
    sources: sources('S16'),
    entries: asEntries(brandTypes),
  }),
);
add(
  codeTable({
    table: 'export-preference',
    version: VERSION,
    titleZh: '出口享惠情况',
    titleEn: 'Export preference (declaration element 2, export)',
    sources: sources('S16'),
    notes: 'The long names are the wording used on the Single Window form [M]; the spec’s short forms are aliases.',
    entries: asEntries(exportPreferences),
  }),
);
add(
  codeTable({
    table: 'fee-mark',
    version: VERSION,
    titleZh: '运费/保费/杂费标记',
    titleEn: 'Fee marks (freight, insurance, other charges)',
    sources: sources('S7'),
    notes: 'Freight takes 1, 2 or 3; insurance and other charges take 1 or 3 (spec §1).',
    entries: asEntries(feeMarks),
  }),
);

// ---- countries (ISO 3166 alpha-3 + CLDR names) --------------------------------------------
const zhRegion = new Intl.DisplayNames(['zh-CN'], { type: 'region' });
const enRegion = new Intl.DisplayNames(['en'], { type: 'region' });
const countryOverrides = {
  HKG: { nameZh: '中国香港', aliases: ['香港', '香港特别行政区'] },
  MAC: { nameZh: '中国澳门', aliases: ['澳门', '澳门特别行政区'] },
  TWN: { nameZh: '中国台湾', aliases: ['台湾', '台澎金马关税区'] },
  RUS: { nameZh: '俄罗斯联邦', aliases: ['俄罗斯'] },
  KOR: { aliases: ['南韩', '大韩民国'] },
  PRK: { aliases: ['北朝鲜'] },
  USA: { aliases: ['美利坚合众国'] },
  GBR: { aliases: ['英国', '大不列颠'] },
  IDN: { aliases: ['印尼'] },
  VNM: { aliases: ['Vietnam'] },
};
// Legacy numeric customs codes (before 2018) as S23's ExportDocManager fallback catalog lists them.
// Korea, Australia and New Zealand are left out: S23 gives 131/503/504, while the legacy currency
// codes of the same era (KRW 133, AUD 601, NZD 609; S23 zd_bz, S28) point to 133/601/609.
const legacyCountry = {
  HKG: '110', IDN: '112', JPN: '116', MAC: '121', MYS: '122', SGP: '130', VNM: '138', CHN: '142', TWN: '143', BEL: '301', GBR: '303', DEU: '304',
  FRA: '305', NLD: '309', ESP: '312', NOR: '326', CHE: '331', RUS: '337', ARG: '402', BRA: '409', CHL: '411', CRI: '414', ECU: '417', MEX: '427', PRY: '431', PER: '432',
  CAN: '501', USA: '502',
};
const legacyConflicts = {
  KOR: 'Legacy numeric code unresolved: S23 lists 131; the legacy currency code of KRW is 133.',
  AUS: 'Legacy numeric code unresolved: S23 lists 503; the legacy currency code of AUD is 601.',
  NZL: 'Legacy numeric code unresolved: S23 lists 504; the legacy currency code of NZD is 609.',
};
const specCountries = new Set(['CHN', 'USA', 'DEU', 'AUS', 'HKG', 'JPN', 'BEL']);
const alpha2 = Object.keys(countries.getAlpha2Codes()).sort();
const countryEntries = alpha2
  .map((a2) => {
    const a3 = countries.alpha2ToAlpha3(a2);
    const o = countryOverrides[a3] ?? {};
    const nameZh = o.nameZh ?? zhRegion.of(a2);
    const cldrZh = zhRegion.of(a2);
    return {
      code: a3,
      nameZh,
      nameEn: enRegion.of(a2),
      aliases: [...(o.aliases ?? []), ...(cldrZh !== nameZh ? [cldrZh] : []), a2],
      confidence: specCountries.has(a3) ? 'C' : 'I',
      extra: { alpha2: a2, ...(legacyCountry[a3] ? { legacyCode: legacyCountry[a3] } : {}) },
    };
  })
  .sort((a, b) => a.code.localeCompare(b.code));
add(
  codeTable({
    table: 'country',
    version: VERSION,
    titleZh: '国别(地区)代码表',
    titleEn: 'Countries and regions',
    sources: sources('iso3166', 'intl', 'S4', 'S11', 'S3', 'S23'),
    notes:
      'Codes are ISO 3166-1 alpha-3, the format the Single Window uses since 2018 (C: S4, S11); the customs table itself was not available, so rows other than the spec’s examples are I. Chinese names are CLDR’s except 中国香港/中国澳门/中国台湾/俄罗斯联邦 (customs usage). extra.legacyCode is the pre-2018 numeric code where a source gave it (S23; Korea, Australia and New Zealand unresolved, see their notes). The customs pseudo-countries (国别不详, 联合国及国际组织, 中性包装原产国别) have no known alpha-3 code and are not listed.',
    entries: countryEntries.map((e) => (legacyConflicts[e.code] ? { ...e, note: legacyConflicts[e.code] } : e)),
  }),
);

// ---- currencies (ISO 4217 + CLDR names) ----------------------------------------------------
const zhCurrency = new Intl.DisplayNames(['zh-CN'], { type: 'currency' });
const enCurrency = new Intl.DisplayNames(['en'], { type: 'currency' });
// Legacy numeric codes and the customs names, S23 (zd_bz) and S28.
const legacyCurrency = {
  HKD: ['110', '港币'], JPY: ['116', '日本元'], MOP: ['121', '澳门元'], PHP: ['129', '菲律宾比索'], SGD: ['132', '新加坡元'], KRW: ['133', '韩国圆'], THB: ['136', '泰国铢'],
  CNY: ['142', '人民币'], EUR: ['300', '欧元'], DKK: ['302', '丹麦克朗'], GBP: ['303', '英镑'], NOK: ['326', '挪威克朗'], SEK: ['330', '瑞典克朗'], CHF: ['331', '瑞士法郎'],
  CAD: ['501', '加拿大元'], USD: ['502', '美元'], AUD: ['601', '澳大利亚元'], NZD: ['609', '新西兰元'],
};
const specCurrencies = new Set(['USD', 'CNY', 'EUR', 'HKD', 'JPY']);
const currencyEntries = Intl.supportedValuesOf('currency').map((code) => {
  const legacy = legacyCurrency[code];
  const nameZh = zhCurrency.of(code);
  return {
    code,
    nameZh,
    nameEn: enCurrency.of(code),
    aliases: [...(legacy ? [legacy[1]] : []), ...(code === 'CNY' ? ['RMB'] : [])],
    confidence: specCurrencies.has(code) ? 'C' : 'I',
    extra: legacy ? { legacyCode: legacy[0] } : undefined,
  };
});
add(
  codeTable({
    table: 'currency',
    version: VERSION,
    titleZh: '币制代码表',
    titleEn: 'Currencies',
    sources: sources('iso4217', 'intl', 'S5', 'S3', 'S23', 'S28'),
    notes:
      'ISO 4217 alpha-3 codes as known to ICU; the spec’s examples are C, the rest I (the official customs currency table was not found). The customs names of the pre-2018 table (港币, 日本元 …) are aliases; extra.legacyCode is the old numeric code (S23, S28).',
    entries: currencyEntries,
  }),
);

// ---- ports ----------------------------------------------------------------------------------
const seaPorts = require('sea-ports').JSON;
const portEntries = [];
// One "unspecified port" row per country: the official format (alpha-3 + 000) is C (HKG000, AUS000).
for (const c of countryEntries) {
  if (c.code === 'CHN') continue;
  portEntries.push({
    code: `${c.code}000`,
    nameZh: c.nameZh,
    nameEn: c.nameEn,
    aliases: [...(c.aliases ?? []).filter((a) => !/^[A-Z]{2}$/.test(a)), `${c.nameZh}(未列明港口)`],
    confidence: ['HKG', 'AUS'].includes(c.code) ? 'C' : 'I',
    note: '未列明港口: use when the port is not in the table (country + 000).',
    extra: { country: c.code, kind: 'unspecified' },
  });
}
const confirmedPortCodes = { JPUKB: 'JPN213' }; // S26: 启运港 JPN213 神户
for (const line of busyPorts.trim().split('\n')) {
  const [head, enFallback] = line.split('|');
  const [locode, nameZh] = head.trim().split(/\s+/);
  const a2 = locode.slice(0, 2);
  const a3 = countries.alpha2ToAlpha3(a2);
  if (!a3) throw new Error(`port ${locode}: unknown country ${a2}`);
  const known = seaPorts[locode];
  if (!known && !enFallback) throw new Error(`port ${locode}: not in sea-ports and no English name given`);
  const nameEn = enFallback?.trim() || known.name;
  const official = confirmedPortCodes[locode];
  portEntries.push({
    code: official ?? locode,
    nameZh,
    nameEn,
    aliases: [locode, ...(known?.city && known.city !== nameEn ? [known.city] : [])],
    confidence: official ? 'C' : 'M',
    note: official
      ? undefined
      : `官方港口代码未知，申报时用 ${a3}000 / official number unknown, declare ${a3}000`,
    extra: { country: a3, locode, declareAs: official ?? `${a3}000`, ...(official ? { src: 'S26' } : {}) },
  });
}
add(
  codeTable({
    table: 'port',
    version: VERSION,
    titleZh: '港口代码表',
    titleEn: 'Ports (port of departure / destination)',
    sources: sources('S25', 'S11', 'S26', 'iso3166', 'intl', 'seaports', 'memory'),
    notes:
      'Customs port codes are country alpha-3 + 3 digits. Known here: the per-country "000" (unspecified port) rows and JPN213 神户 (S26). For the ~290 busy foreign ports the official 3-digit numbers are not known, and inventing them would put plausible but wrong codes into declarations; those rows are therefore keyed by their UN/LOCODE (5 characters, which the customs format rejects) with extra.declareAs = the country’s 000 code. Chinese port names are Clearway’s (M); English names from the sea-ports package.',
    entries: portEntries,
  }),
);

add(
  codeTable({
    table: 'domestic-port',
    version: VERSION,
    titleZh: '国内口岸代码表',
    titleEn: 'Domestic ports of entry/exit (EntyPortCode)',
    sources: sources('S11', 'R4'),
    notes:
      'Only the codes seen in a source. The official table (several hundred 6-digit codes) was not available and its numbering is not derivable (蛇口 is 470101, 外高桥 310701). S25 also shows 471401 without a name; it is not listed.',
    entries: asEntries(domesticPorts),
  }),
);

// ---- domestic districts ----------------------------------------------------------------------
const { areaList } = require('@vant/area-data');
const shortCity = (name) => name.replace(/(市|地区)$/, '');
const districtSpec = { '35019': ['福州其他', 'S27'], '44199': ['东莞其他', 'S27'], '44079': ['江门其他', 'S7'] };
const districtEntries = [];
for (const [code6, name] of Object.entries(areaList.city_list)) {
  const n = Number(code6);
  if (n >= 710000) continue; // Taiwan, Hong Kong, Macao: not 境内 districts
  if (/直辖|^县$/.test(name)) continue;
  if (code6.startsWith('31')) continue; // Shanghai uses customs-specific 4-digit prefixes (31222 浦东)
  const code = `${code6.slice(0, 4)}9`;
  const short = shortCity(name);
  const spec = districtSpec[code];
  districtEntries.push({
    code,
    nameZh: spec ? spec[0] : `${short}其他`,
    aliases: [short, name],
    confidence: spec ? 'C' : 'M',
    note: spec ? undefined : 'Generated as GB/T 2260 prefecture prefix + 9 (其他); check against the customs 国内地区代码表.',
    extra: { adminCode: code6, ...(spec ? { src: spec[1] } : {}) },
  });
}
for (const row of asEntries(domesticDistrictSpecials)) districtEntries.push(row);
districtEntries.sort((a, b) => a.code.localeCompare(b.code));
add(
  codeTable({
    table: 'domestic-district',
    version: VERSION,
    titleZh: '境内目的地/货源地代码表（国内地区代码）',
    titleEn: 'Domestic districts (destination / source of goods)',
    sources: sources('S7', 'S11', 'S27', 'gbt2260', 'memory'),
    notes:
      'Five characters: the first four identify the area (for provinces the GB/T 2260 prefecture prefix, e.g. 4407 江门), the fifth the zone type (1 特区, 2 开发区/浦东, 3 高新区, 4 保税区, 5 出口加工区, 9 其他 — type list M). Generated here: the "<city>其他" (xxxx9) row of every prefecture-level city; 35019, 44079, 44199 are confirmed (S27, S7). Shanghai’s districts use customs-specific prefixes and only 31222 is listed. Rows for the other zone types are mostly missing.',
    entries: districtEntries,
  }),
);

// ---- write ------------------------------------------------------------------------------------
const summary = [];
for (const t of tables) {
  writeJson(join(OUT, `${t.table}.json`), t);
  const by = { C: 0, I: 0, M: 0 };
  for (const e of t.entries) by[e.confidence] += 1;
  summary.push({ table: t.table, rows: t.entries.length, by, confidence: t.confidence, sources: t.sources.map((s) => s.id).join(', ') });
}
const readme = [
  '# seeds/codes',
  '',
  'Customs code tables, one `CodeTableFile` (see `shared/codes/schema.ts`) per table id. Generated by',
  '`node scripts/seeds/generate-codes.mjs` from the data in `scripts/seeds/data/`; edit those and rerun, never the JSON by hand.',
  'Every entry has its own confidence: **C** stated in a cited source, **I** inferred (standard code format, names from CLDR),',
  '**M** from memory, to be verified against the Single Window parameter tables. A file’s confidence is its weakest entry’s.',
  'Source ids S1–S28 are those of `spec/customs-declaration.md`; R1–R5 are code-table dumps found in the public code index (see each file’s `sources`).',
  '',
  '| file | rows | C / I / M | file confidence | sources |',
  '|---|---:|---|---|---|',
  ...summary.map((s) => `| \`${s.table}.json\` | ${s.rows} | ${s.by.C} / ${s.by.I} / ${s.by.M} | ${s.confidence} | ${s.sources} |`),
  '',
  'Known gaps: the trade-mode table lacks part of the official ~190 codes; customs districts cover the 42 head offices, Shanghai and a',
  'handful of sub-offices; domestic ports list only the two codes seen in a source; foreign ports other than the per-country `000`',
  'rows and JPN213 are keyed by UN/LOCODE because their official numbers are unknown; domestic districts cover the `xxxx9` (其他) rows.',
  '',
].join('\n');
writeFileSync(join(OUT, 'README.md'), readme);
console.log(summary.map((s) => `${s.table.padEnd(20)} ${String(s.rows).padStart(5)}  C/I/M ${s.by.C}/${s.by.I}/${s.by.M}`).join('\n'));
