import type { Hedge } from '../../types.js';

/**
 * Word tables for the numeric extractor. Everything here is plain data built
 * once at module load; lookups are by lower-cased token unless noted.
 */

/** How the words bound a figure; the contract's `Hedge`. */
export type HedgeName = Hedge;

const map = <T>(entries: Record<string, T>): Map<string, T> => new Map(Object.entries(entries));
const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Cardinal words below twenty. */
export const UNIT_WORDS = map<number>({
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});

export const TENS_WORDS = map<number>({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Scale words that make a figure "rounded as written" ("9 billion" is 8.5-9.5 billion). */
export const SCALE_WORDS = map<number>({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
});

/** Abbreviated scales that stand as their own word after a number ("$3 bn", "10 bln"). */
export const SCALE_ABBR_SPACED = map<number>({
  bn: 1e9, bln: 1e9, mn: 1e6, mln: 1e6, mil: 1e6, tn: 1e12, trn: 1e12, tln: 1e12,
});

/**
 * Scales glued to the digits ("10k", "$1.6bn", "10M"). Case matters: a glued
 * lower-case "m" is decided later (metres or million), "mm" is millimetres.
 */
export const SCALE_GLUED = map<number>({
  k: 1e3, K: 1e3, M: 1e6, MM: 1e6, mn: 1e6, Mn: 1e6, mln: 1e6, mil: 1e6, b: 1e9, B: 1e9, bn: 1e9,
  Bn: 1e9, BN: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, tln: 1e12, Tn: 1e12, lakh: 1e5, crore: 1e7, cr: 1e7,
});

/** Single letters that mean a scale only when money is already established ("$ 5 m"). */
export const SCALE_MONEY_ONLY = map<number>({ m: 1e6, k: 1e3, b: 1e9, M: 1e6, K: 1e3, B: 1e9, cr: 1e7 });

export const ORDINAL_WORDS = set(`
  first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
  fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth
  fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth millionth billionth
  trillionth firsts seconds`);

/** Denominators for word fractions; singular forms double as ordinals. */
export const FRACTION_WORDS = map<{ den: number; plural: boolean }>({
  half: { den: 2, plural: false }, halves: { den: 2, plural: true },
  third: { den: 3, plural: false }, thirds: { den: 3, plural: true },
  quarter: { den: 4, plural: false }, quarters: { den: 4, plural: true },
  fourth: { den: 4, plural: false }, fourths: { den: 4, plural: true },
  fifth: { den: 5, plural: false }, fifths: { den: 5, plural: true },
  sixth: { den: 6, plural: false }, sixths: { den: 6, plural: true },
  seventh: { den: 7, plural: false }, sevenths: { den: 7, plural: true },
  eighth: { den: 8, plural: false }, eighths: { den: 8, plural: true },
  ninth: { den: 9, plural: false }, ninths: { den: 9, plural: true },
  tenth: { den: 10, plural: false }, tenths: { den: 10, plural: true },
  hundredth: { den: 100, plural: false }, hundredths: { den: 100, plural: true },
  thousandth: { den: 1000, plural: false }, thousandths: { den: 1000, plural: true },
});

/**
 * Vague amounts. amount = min. Upper bounds are exclusive in spirit but
 * stored as plain numbers; a value exactly on the upper edge overlaps.
 */
export const VAGUE_SINGLE = map<[number, number, number]>({
  // word: [min, max, precision]
  dozens: [24, 144, 12],
  hundreds: [200, 1000, 100],
  thousands: [2000, 1e6, 1000],
  millions: [2e6, 1e9, 1e6],
  billions: [2e9, 1e12, 1e9],
  trillions: [2e12, 1e15, 1e12],
});

/** "tens of X" / "hundreds of X" / "scores of" / "several X" / "a few X". */
export const VAGUE_TENS_OF = map<[number, number, number]>({
  thousands: [2e4, 1e5, 1e4],
  millions: [2e7, 1e8, 1e7],
  billions: [2e10, 1e11, 1e10],
});
export const VAGUE_HUNDREDS_OF = map<[number, number, number]>({
  thousands: [2e5, 1e6, 1e5],
  millions: [2e8, 1e9, 1e8],
  billions: [2e11, 1e12, 1e11],
});
export const VAGUE_SCORES: [number, number, number] = [40, 200, 20];
/** "several hundred" = [3, 10) x scale; "a few hundred" = [2, 6) x scale. */
export const SEVERAL_SCALES = map<number>({
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});
export const MULTI_SCALE = map<[number, number, number]>({
  multimillion: [2e6, 1e9, 1e6],
  multibillion: [2e9, 1e12, 1e9],
  multitrillion: [2e12, 1e15, 1e12],
});

/** Hedge phrases, matched backwards from the figure. */
export const HEDGE_PHRASES: ReadonlyArray<[string[], HedgeName]> = [
  [['roughly'], 'approximately'], [['about'], 'approximately'], [['around'], 'approximately'],
  [['some'], 'approximately'], [['approximately'], 'approximately'], [['an', 'estimated'], 'approximately'],
  [['estimated'], 'approximately'], [['estimated', 'at'], 'approximately'], [['circa'], 'approximately'],
  [['approx'], 'approximately'], [['~'], 'approximately'], [['an', 'approximate'], 'approximately'],
  [['nearly'], 'nearly'], [['almost'], 'nearly'], [['close', 'to'], 'nearly'], [['just', 'under'], 'nearly'],
  [['just', 'shy', 'of'], 'nearly'], [['just', 'below'], 'nearly'],
  [['more', 'than'], 'more-than'], [['over'], 'more-than'], [['above'], 'more-than'],
  [['upwards', 'of'], 'more-than'], [['upward', 'of'], 'more-than'], [['exceeding'], 'more-than'],
  [['in', 'excess', 'of'], 'more-than'], [['just', 'over'], 'more-than'], [['well', 'over'], 'more-than'],
  [['well', 'above'], 'more-than'], [['just', 'above'], 'more-than'],
  [['at', 'least'], 'at-least'], [['no', 'fewer', 'than'], 'at-least'], [['no', 'less', 'than'], 'at-least'],
  [['not', 'less', 'than'], 'at-least'], [['a', 'minimum', 'of'], 'at-least'],
  [['up', 'to'], 'up-to'], [['as', 'many', 'as'], 'up-to'], [['as', 'much', 'as'], 'up-to'],
  [['as', 'high', 'as'], 'up-to'], [['at', 'most'], 'up-to'], [['no', 'more', 'than'], 'up-to'],
  [['not', 'more', 'than'], 'up-to'], [['a', 'maximum', 'of'], 'up-to'],
  [['less', 'than'], 'less-than'], [['under'], 'less-than'], [['fewer', 'than'], 'less-than'],
  [['below'], 'less-than'],
];

// ---------------------------------------------------------------- currency

/** One-character currency symbols. */
export const CURRENCY_SYMBOLS = new Map<number, string>([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₹', 'INR'], ['₩', 'KRW'],
  ['₺', 'TRY'], ['₪', 'ILS'], ['₴', 'UAH'], ['₦', 'NGN'], ['₱', 'PHP'], ['฿', 'THB'], ['₫', 'VND'],
  ['₡', 'CRC'], ['₾', 'GEL'], ['₭', 'LAK'], ['₸', 'KZT'], ['₼', 'AZN'], ['₿', 'BTC'], ['₲', 'PYG'],
  ['₵', 'GHS'], ['₮', 'MNT'], ['៛', 'KHR'],
].map(([c, iso]) => [c.charCodeAt(0), iso]));

/** Letters written before "$" (lower-cased, dots removed): "US$", "C$", "hk $", "u.s. $". */
export const DOLLAR_PREFIX = map<string>({
  us: 'USD', c: 'CAD', ca: 'CAD', can: 'CAD', a: 'AUD', au: 'AUD', hk: 'HKD', nz: 'NZD', s: 'SGD',
  sg: 'SGD', r: 'BRL', mx: 'MXN', nt: 'TWD', z: 'ZWL',
});
/** Prefix letters that are also everyday words, so they only count glued to "$" in upper case. */
export const DOLLAR_PREFIX_GLUED_ONLY = set('a s r z');

/** ISO codes recognised in upper case. */
export const ISO_CODES = set(`
  USD EUR GBP JPY CNY RMB INR RUB CAD AUD CHF HKD NZD SGD SEK NOK DKK PLN CZK HUF RON BGN TRY BRL MXN
  ARS CLP COP PEN ZAR EGP NGN KES GHS MAD SAR AED QAR KWD BHD OMR ILS IRR IQD PKR BDT LKR NPR AFN IDR
  MYR THB VND PHP KRW TWD UAH KZT BYN GEL AMD AZN ISK ETB TZS UGX XOF XAF`);
/** Codes safe to accept in lower case (lower-cased news wires). */
export const ISO_CODES_LOWER = set('usd eur gbp jpy cny rmb inr rub cad aud chf hkd nzd sek nok dkk pln brl zar krw uah sgd');
/** Words written before the number as a currency marker ("Rs 500", "Rs. 5 crore"). */
export const PREFIX_CURRENCY_WORDS = map<string>({ rs: 'INR', inr: 'INR', ksh: 'KES', kshs: 'KES' });

export interface CurrencyBase {
  /** Default ISO code; undefined when the name alone does not fix the country ("dinars"). */
  iso?: string;
  /** Multiplier to the major unit (cents -> 0.01). */
  factor: number;
  /** Singular form, usable in hyphen compounds ("a 12-cent dividend", "one-yen bid"). */
  singular: boolean;
}
const cb = (iso: string | undefined, factor: number, singular: boolean): CurrencyBase => ({ iso, factor, singular });

/** Currency names that follow the number. */
export const CURRENCY_NAMES = map<CurrencyBase>({
  dollar: cb('USD', 1, true), dollars: cb('USD', 1, false), buck: cb('USD', 1, true), bucks: cb('USD', 1, false),
  cent: cb('USD', 0.01, true), cents: cb('USD', 0.01, false),
  euro: cb('EUR', 1, true), euros: cb('EUR', 1, false),
  pound: cb('GBP', 1, true), pounds: cb('GBP', 1, false), sterling: cb('GBP', 1, false),
  penny: cb('GBP', 0.01, true), pence: cb('GBP', 0.01, false), pennies: cb('GBP', 0.01, false),
  yen: cb('JPY', 1, true), yuan: cb('CNY', 1, true), renminbi: cb('CNY', 1, true), rmb: cb('CNY', 1, true),
  '元': cb('CNY', 1, true), rupee: cb('INR', 1, true), rupees: cb('INR', 1, false), 'ரூ': cb('LKR', 1, true),
  ruble: cb('RUB', 1, true), rubles: cb('RUB', 1, false), rouble: cb('RUB', 1, true), roubles: cb('RUB', 1, false),
  franc: cb('CHF', 1, true), francs: cb('CHF', 1, false),
  markka: cb('FIM', 1, true), markkaa: cb('FIM', 1, false), mark: cb('DEM', 1, true), marks: cb('DEM', 1, false),
  deutschmark: cb('DEM', 1, true), deutschmarks: cb('DEM', 1, false),
  guilder: cb('NLG', 1, true), guilders: cb('NLG', 1, false), peseta: cb('ESP', 1, true), pesetas: cb('ESP', 1, false),
  lira: cb('TRY', 1, true), liras: cb('TRY', 1, false), lire: cb('ITL', 1, false),
  won: cb('KRW', 1, true), rand: cb('ZAR', 1, true), reais: cb('BRL', 1, false),
  peso: cb('MXN', 1, true), pesos: cb('MXN', 1, false), shekel: cb('ILS', 1, true), shekels: cb('ILS', 1, false),
  hryvnia: cb('UAH', 1, true), hryvnias: cb('UAH', 1, false), hryvnas: cb('UAH', 1, false),
  dinar: cb(undefined, 1, true), dinars: cb(undefined, 1, false), riyal: cb('SAR', 1, true), riyals: cb('SAR', 1, false),
  dirham: cb('AED', 1, true), dirhams: cb('AED', 1, false), naira: cb('NGN', 1, true),
  rial: cb('IRR', 1, true), rials: cb('IRR', 1, false), afghani: cb('AFN', 1, true), afghanis: cb('AFN', 1, false),
  taka: cb('BDT', 1, true), baht: cb('THB', 1, true), ringgit: cb('MYR', 1, true), rupiah: cb('IDR', 1, true),
  kip: cb('LAK', 1, true), lari: cb('GEL', 1, true), tenge: cb('KZT', 1, true),
  zloty: cb('PLN', 1, true), zlotys: cb('PLN', 1, false), zlotych: cb('PLN', 1, false),
  krona: cb('SEK', 1, true), kronor: cb('SEK', 1, false), krone: cb('NOK', 1, true), kroner: cb('NOK', 1, false),
  forint: cb('HUF', 1, true), forints: cb('HUF', 1, false), koruna: cb('CZK', 1, true), korunas: cb('CZK', 1, false),
  leu: cb('RON', 1, true), lei: cb('RON', 1, false), lev: cb('BGN', 1, true), leva: cb('BGN', 1, false),
  bitcoin: cb('BTC', 1, true), bitcoins: cb('BTC', 1, false), cedi: cb('GHS', 1, true), cedis: cb('GHS', 1, false),
  shilling: cb(undefined, 1, true), shillings: cb(undefined, 1, false), kwacha: cb('ZMW', 1, true),
  birr: cb('ETB', 1, true), dong: cb('VND', 1, true), colon: cb('CRC', 1, true), colones: cb('CRC', 1, false),
  kopeks: cb('RUB', 0.01, false), kopecks: cb('RUB', 0.01, false), paise: cb('INR', 0.01, false),
});

/**
 * Qualifier + base name -> ISO ("australian dollars" -> AUD). The key is the
 * qualifier (lower-cased, dots dropped, words joined by a space) and the base
 * in singular form.
 */
export const QUALIFIED_CURRENCY = new Map<string, string>();
{
  const add = (quals: string, base: string, iso: string): void => {
    for (const q of quals.split(',')) QUALIFIED_CURRENCY.set(`${q.trim()}|${base}`, iso);
  };
  add('us,american,united states', 'dollar', 'USD');
  add('canadian', 'dollar', 'CAD'); add('australian,aussie', 'dollar', 'AUD');
  add('hong kong', 'dollar', 'HKD'); add('new zealand', 'dollar', 'NZD'); add('singapore', 'dollar', 'SGD');
  add('taiwan,new taiwan,taiwanese', 'dollar', 'TWD'); add('zimbabwe,zimbabwean', 'dollar', 'ZWL');
  add('jamaican', 'dollar', 'JMD'); add('namibian', 'dollar', 'NAD');
  add('swiss', 'franc', 'CHF'); add('french', 'franc', 'FRF'); add('belgian', 'franc', 'BEF');
  add('cfa', 'franc', 'XOF'); add('congolese', 'franc', 'CDF'); add('rwandan', 'franc', 'RWF');
  add('finnish', 'markka', 'FIM'); add('dutch', 'guilder', 'NLG');
  add('german,deutsche', 'mark', 'DEM'); add('spanish', 'peseta', 'ESP');
  add('italian', 'lira', 'ITL'); add('turkish', 'lira', 'TRY'); add('lebanese', 'pound', 'LBP');
  add('egyptian', 'pound', 'EGP'); add('british', 'pound', 'GBP'); add('syrian', 'pound', 'SYP');
  add('sudanese', 'pound', 'SDG'); add('south sudanese', 'pound', 'SSP');
  add('japanese', 'yen', 'JPY'); add('chinese', 'yuan', 'CNY');
  add('indian', 'rupee', 'INR'); add('pakistani', 'rupee', 'PKR'); add('sri lankan', 'rupee', 'LKR');
  add('nepalese,nepali', 'rupee', 'NPR'); add('indonesian', 'rupiah', 'IDR');
  add('russian', 'ruble', 'RUB'); add('russian', 'rouble', 'RUB'); add('belarusian', 'ruble', 'BYN');
  add('mexican', 'peso', 'MXN'); add('philippine', 'peso', 'PHP'); add('argentine,argentinian', 'peso', 'ARS');
  add('chilean', 'peso', 'CLP'); add('colombian', 'peso', 'COP'); add('cuban', 'peso', 'CUP');
  add('south african', 'rand', 'ZAR'); add('brazilian', 'real', 'BRL');
  add('iraqi', 'dinar', 'IQD'); add('kuwaiti', 'dinar', 'KWD'); add('jordanian', 'dinar', 'JOD');
  add('libyan', 'dinar', 'LYD'); add('algerian', 'dinar', 'DZD'); add('tunisian', 'dinar', 'TND');
  add('serbian', 'dinar', 'RSD'); add('bahraini', 'dinar', 'BHD');
  add('saudi', 'riyal', 'SAR'); add('qatari', 'riyal', 'QAR'); add('omani', 'rial', 'OMR');
  add('iranian', 'rial', 'IRR'); add('yemeni', 'rial', 'YER');
  add('emirati,uae', 'dirham', 'AED'); add('moroccan', 'dirham', 'MAD');
  add('swedish', 'krona', 'SEK'); add('icelandic', 'krona', 'ISK');
  add('norwegian', 'krone', 'NOK'); add('danish', 'krone', 'DKK');
  add('czech', 'koruna', 'CZK'); add('hungarian', 'forint', 'HUF'); add('polish', 'zloty', 'PLN');
  add('ukrainian', 'hryvnia', 'UAH'); add('kenyan', 'shilling', 'KES'); add('ugandan', 'shilling', 'UGX');
  add('tanzanian', 'shilling', 'TZS'); add('somali', 'shilling', 'SOS'); add('nigerian', 'naira', 'NGN');
  add('ghanaian', 'cedi', 'GHS'); add('afghan', 'afghani', 'AFN'); add('israeli', 'shekel', 'ILS');
  add('new israeli', 'shekel', 'ILS'); add('korean,south korean', 'won', 'KRW'); add('north korean', 'won', 'KPW');
  add('thai', 'baht', 'THB'); add('malaysian', 'ringgit', 'MYR'); add('vietnamese', 'dong', 'VND');
  add('bangladeshi', 'taka', 'BDT'); add('ethiopian', 'birr', 'ETB'); add('zambian', 'kwacha', 'ZMW');
  add('romanian', 'leu', 'RON'); add('bulgarian', 'lev', 'BGN');
}
/** Singular form of each base name, for qualifier lookup. */
export const CURRENCY_SINGULAR = map<string>({
  dollars: 'dollar', francs: 'franc', markkaa: 'markka', marks: 'mark', guilders: 'guilder', pesetas: 'peseta',
  liras: 'lira', lire: 'lira', pounds: 'pound', rupees: 'rupee', rubles: 'ruble', roubles: 'rouble',
  pesos: 'peso', reais: 'real', dinars: 'dinar', riyals: 'riyal', rials: 'rial', dirhams: 'dirham',
  kronor: 'krona', kroner: 'krone', shillings: 'shilling', cedis: 'cedi', afghanis: 'afghani',
  shekels: 'shekel', hryvnias: 'hryvnia', forints: 'forint', korunas: 'koruna', zlotys: 'zloty', lei: 'leu',
  leva: 'lev',
});
/** The first word of every qualifier, so a scan can bail out early. */
export const QUALIFIER_FIRST = new Set<string>();
for (const k of QUALIFIED_CURRENCY.keys()) QUALIFIER_FIRST.add(k.split('|')[0].split(' ')[0]);
QUALIFIER_FIRST.add('u');
/** "real" is an English adjective; accept it only after a qualifier. */
QUALIFIER_FIRST.add('brazilian');

/** Nouns that make a bare "billions" money ("frozen billions in ... assets"). */
export const MONEY_NOUNS = set(`
  assets asset funds fund funding aid budget budgets revenue revenues investment investments loans loan
  debt debts reserves reserve cash profit profits losses loss damages spending subsidies subsidy contracts
  contract deals deal sales bonds taxes tax fines fine donations grants wealth savings deposits payments
  compensation reparations bailout bailouts stimulus dollars euros pounds money capital sanctions
  earnings income costs cost bribes ransom credit credits financing fees tariffs`);
/** Verbs that make a bare "billions" money ("has frozen billions"). */
export const MONEY_VERBS = set(`
  frozen froze freeze freezing unfreeze unfrozen spent spend spending raised raise raising pledged pledge
  paid pay paying owed owe owes lost invested invest investing borrowed borrow donated donate earned earn
  saved stole stolen embezzled laundered allocated allocate siphoned cost costs costing billed charged
  funneled funnelled poured pumped wasted squandered seized`);

// ---------------------------------------------------------------- units

export interface UnitDef {
  unit: string;
  factor: number;
  /** Added after scaling (Fahrenheit -> Celsius). */
  offset?: number;
  /** True for durations; factor is then days per unit. */
  duration?: boolean;
  /** Allowed as the right half of "nine-year", "10-km". */
  hyphen?: boolean;
  /** Only valid glued to the digits ("40C", "48h"). */
  gluedOnly?: boolean;
  /** Case-sensitive key (matched against the raw token). */
  exact?: boolean;
}

interface UnitNode {
  def?: UnitDef;
  next?: Map<string, UnitNode>;
}

/** Trie of unit phrases; keys are lower-cased tokens (words or single punctuation). */
export const UNIT_TRIE: Map<string, UnitNode> = new Map();
/** Case-sensitive single-token units checked before the trie ("MW", "kWh", "C", "F"). */
export const UNIT_EXACT: Map<string, UnitDef> = new Map();

function addUnit(phrase: string, def: UnitDef): void {
  const parts = phrase.split(' ');
  let level = UNIT_TRIE;
  let node: UnitNode | undefined;
  for (const p of parts) {
    node = level.get(p);
    if (!node) {
      node = {};
      level.set(p, node);
    }
    if (!node.next) node.next = new Map();
    level = node.next;
  }
  if (node) node.def = def;
}
function units(phrases: string, unit: string, factor: number, extra: Partial<UnitDef> = {}): void {
  for (const p of phrases.split(',')) addUnit(p.trim(), { unit, factor, ...extra });
}

const DAY = 1;
units('second,seconds,sec,secs', 'second', DAY / 86400, { duration: true });
units('minute,minutes,min,mins', 'minute', DAY / 1440, { duration: true });
units('hour,hours,hr,hrs', 'hour', DAY / 24, { duration: true });
units('h', 'hour', DAY / 24, { duration: true, gluedOnly: true });
units('day,days', 'day', DAY, { duration: true });
units('week,weeks,wk,wks', 'week', 7, { duration: true });
units('month,months', 'month', 30.44, { duration: true });
units('year,years,yr,yrs', 'year', 365.25, { duration: true });
units('decade,decades', 'decade', 3652.5, { duration: true });
units('century,centuries', 'century', 36525, { duration: true });

units('metre,metres,meter,meters,m', 'm', 1);
units('kilometre,kilometres,kilometer,kilometers,km,kms', 'm', 1000);
units('centimetre,centimetres,centimeter,centimeters,cm', 'm', 0.01);
units('millimetre,millimetres,millimeter,millimeters,mm', 'm', 0.001);
units('mile,miles,mi', 'm', 1609.344);
units('nautical mile,nautical miles', 'm', 1852);
units('foot,feet,ft', 'm', 0.3048);
units('inch,inches', 'm', 0.0254);
units('yard,yards,yd,yds', 'm', 0.9144);
units('light year,light years,light - year,light - years', 'm', 9.4607e15);

units('gram,grams,gramme,grammes,g', 'kg', 0.001);
units('milligram,milligrams,mg', 'kg', 1e-6);
units('kilogram,kilograms,kilogramme,kilogrammes,kg,kgs,kilo,kilos', 'kg', 1);
// Short, long and metric tons differ by under 10%; news copy mixes them, so all are 1,000 kg.
units('tonne,tonnes,ton,tons,metric ton,metric tons,metric tonne,metric tonnes', 'kg', 1000);
units('t', 'kg', 1000, { gluedOnly: true });
// "pounds" is money unless followed by "of"; that case is decided in the suffix parser.
units('lb,lbs', 'kg', 0.45359237);
units('ounce,ounces,oz', 'kg', 0.028349523125);

units('square kilometre,square kilometres,square kilometer,square kilometers,sq km,km 2,km ²,square km', 'm2', 1e6);
units('square metre,square metres,square meter,square meters,sq m,m 2,m ²,sqm', 'm2', 1);
units('square mile,square miles,sq mi,sq miles', 'm2', 2589988.110336);
units('square foot,square feet,sq ft', 'm2', 0.09290304);
units('hectare,hectares,ha', 'm2', 1e4);
units('acre,acres', 'm2', 4046.8564224);

units('litre,litres,liter,liters', 'l', 1);
units('millilitre,millilitres,milliliter,milliliters,ml', 'l', 0.001);
units('gallon,gallons', 'l', 3.785411784);
units('cubic metre,cubic metres,cubic meter,cubic meters,m 3,m ³', 'l', 1000);
units('bcm', 'l', 1e12);
units('barrel,barrels', 'barrel', 1);
units('barrels per day,barrels a day,barrels of oil per day,barrels of oil a day,bpd', 'barrel/day', 1);

units('watt,watts', 'W', 1);
units('kilowatt,kilowatts,kw', 'W', 1e3);
units('megawatt,megawatts,mw', 'W', 1e6);
units('gigawatt,gigawatts,gw', 'W', 1e9);
units('terawatt,terawatts', 'W', 1e12);
units('kilowatt hour,kilowatt hours,kilowatt - hour,kilowatt - hours,kwh', 'Wh', 1e3);
units('megawatt hour,megawatt hours,megawatt - hour,megawatt - hours,mwh', 'Wh', 1e6);
units('gigawatt hour,gigawatt hours,gigawatt - hour,gigawatt - hours,gwh', 'Wh', 1e9);
units('terawatt hour,terawatt hours,terawatt - hour,terawatt - hours,twh', 'Wh', 1e12);

units('degrees celsius,degree celsius,degrees centigrade,degrees c,° c,º c,celsius', 'celsius', 1);
units('degrees fahrenheit,degree fahrenheit,degrees f,° f,º f,fahrenheit', 'celsius', 5 / 9, { offset: -32 * 5 / 9 });
units('degree,degrees,°', 'degree', 1);
units('km / h,kph,kmh,kilometres per hour,kilometers per hour,kilometres an hour,kilometers an hour', 'km/h', 1);
units('mph,miles per hour,miles an hour', 'km/h', 1.609344);
units('knot,knots', 'km/h', 1.852);
units('magnitude', 'magnitude', 1);

for (const [k, d] of Object.entries<UnitDef>({
  C: { unit: 'celsius', factor: 1, gluedOnly: true },
  F: { unit: 'celsius', factor: 5 / 9, offset: -32 * 5 / 9, gluedOnly: true },
  MW: { unit: 'W', factor: 1e6 }, GW: { unit: 'W', factor: 1e9 }, kW: { unit: 'W', factor: 1e3 },
  KW: { unit: 'W', factor: 1e3 }, TW: { unit: 'W', factor: 1e12 },
  kWh: { unit: 'Wh', factor: 1e3 }, MWh: { unit: 'Wh', factor: 1e6 }, GWh: { unit: 'Wh', factor: 1e9 },
  TWh: { unit: 'Wh', factor: 1e12 },
})) UNIT_EXACT.set(k, { ...d, exact: true });

export function unitRoot(word: string): UnitNode | undefined {
  return UNIT_TRIE.get(word);
}
export type { UnitNode };

/** Units that may appear as the right half of a hyphen compound ("10-km", "nine-year"): singular forms. */
export const HYPHEN_UNITS = set(`
  second minute hour day week month year decade century metre meter kilometre kilometer km mile foot
  inch yard kilogram kg tonne ton megawatt gigawatt kilowatt acre hectare degree magnitude litre liter
  gallon barrel mm cm m ft lb`);

// ---------------------------------------------------------------- nouns & context

/** Words that never count as a counted noun, even with a final "s". */
export const STOP_WORDS = set(`
  a an the and or but nor so yet if of in on at to from by for with without within into onto upon as per
  than that this these those there here which who whom whose what when where why how is are was were be
  been being am has have had do does did will would shall should can could may might must it its it's
  he him his she her hers they them their theirs we us our ours you your yours i me my mine
  not no nor only just also even still again ever never always often perhaps thus hence
  more most less least fewer many much few several some any all each every both either neither other
  another such same own very too quite rather about around over under above below after before since
  until till during between among against across through throughout toward towards via plus minus
  says said say saying told tells according whereas unless besides afterwards sometimes
  is isn't wasn't aren't weren't ago earlier later previously yesterday today tomorrow tonight
  remains remain seems seem means mean makes make takes take gives give goes go comes come becomes
  become needs need shows show includes include marks mark represents represent accounts account
  reflects reflect equals equal stands stand lies lie gets get puts put runs run sits sit holds hold
  rises rise falls fall jumps jump climbs climb drops drop totals total exceeds exceed reaches reach
  yes news across`);

/** Count nouns that do not end in "s" (or are adjectives used as nouns in casualty reports). */
export const IRREGULAR_COUNT = set(`
  people children men women police personnel staff cattle sheep livestock fish deer aircraft crew
  dead injured wounded killed missing displaced detained arrested homeless elderly youths youth
  militia infantry clergy faithful survivors hostages geese mice teeth feet offspring
  spacecraft swine poultry bison moose salmon trout folk`);

/** Singular nouns that make a lone "one" a count claim ("one person was killed"). */
export const SINGULAR_COUNT = set(`
  person man woman child boy girl baby soldier civilian officer policeman policewoman member student
  worker journalist reporter victim passenger patient prisoner hostage fighter militant suspect resident
  citizen migrant refugee protester protestor demonstrator teenager adult infant doctor nurse
  firefighter pilot sailor marine diplomat official minister lawmaker senator voter employee
  country nation city town village house home building vehicle car truck bus train plane helicopter
  drone missile rocket ship vessel boat tank death fatality casualty case incident attack strike
  seat vote point goal game match`);

/** Words before a 4-digit figure that make it a year even with a plural noun after ("the 2024 elections"). */
export const YEAR_LEADS = set(`
  in since by until till the of from to and or mid early late between during before after for fiscal
  fy through throughout this that its their his her our`);

export const MONTHS = set(`
  january february march april may june july august september october november december jan feb mar
  apr jun jul aug sep sept oct nov dec`);

/** Determiners allowed in "48 of the passengers". */
export const OF_DETERMINERS = set('the these those its his her their our your my whose this that');

/** Words after a duration that make it a date expression owned by another module. */
export const DATE_TAILS = set('ago earlier later hence');

/** Words after "one" / before it that make it a pronoun, not a count. */
export const ONE_PRONOUN_BEFORE = set(`no the this that any every each which someone anyone everyone
  no-one another either neither only`);

/** Idiomatic hyphen compounds with number words that are not counts ("one-time", "one-off"). */
export const NUMBER_COMPOUND_IDIOMS = set(`time off sided way on shot stop size party liner line dimensional`);

export const TIME_WORDS = set('am pm gmt utc bst cet est edt pst pdt cst cdt');
