// Arabic and English: the interface's words, the names of measures, event types, source
// kinds and hedges, and the actors' names (given by main.js from data/actors/actors.tsv,
// read at build time; this module imports nothing so that node's tests can load it).

/** `{ID: {en, ar}}`: see `setActorNames`. */
let actorNames = {};

/** The actors' names in both languages, keyed by SPEC actor id. */
export function setActorNames(names) {
  actorNames = names ?? {};
}

const STRINGS = {
  en: {
    appName: "rasid",
    tagline: "incidents, figures and the words they come from",
    map: "Map",
    facilities: "Facilities",
    documents: "Documents",
    search: "Search",
    searchPlaceholder: "Search the articles…",
    language: "العربية",
    since: "From",
    until: "To",
    governorate: "Governorate",
    actor: "Actor",
    type: "Event type",
    text: "Text",
    any: "any",
    inView: "Only what the map shows",
    clear: "Clear filters",
    apply: "Apply",
    filters: "Filters",
    more: "More",
    licences: "licences",
    markerSize: "circle size: killed + wounded (best estimates)",
    incidents: "Incidents",
    shown: (shown, total) => `${shown} of ${total}`,
    noPlace: "no place on the map",
    timeline: "Timeline: drag to choose a period, click a bar for its dates",
    clearTime: "All dates",
    loading: "Loading…",
    error: "Could not load",
    notFound: "Not found",
    figures: "Figures",
    figuresNote: "bar: low to high; line: best estimate; dots: each source's value",
    low: "low",
    best: "best",
    high: "high",
    overTime: "Running tolls over time",
    contradictions: "Contradictions",
    noContradictions: "The sources agree.",
    claims: "Claims",
    claimsNote: "every figure a document states, with its sentence marked in the article",
    sources: "Sources",
    source: "Source",
    openSource: "Open the source",
    fullArticle: "The whole article",
    documentsCount: (n) => `${n} ${n === 1 ? "document" : "documents"}`,
    claimsCount: (n) => `${n} ${n === 1 ? "claim" : "claims"}`,
    incidentsCount: (n) => `${n} ${n === 1 ? "incident" : "incidents"}`,
    at: "at",
    asOf: "as of",
    when: "When",
    where: "Where",
    facility: "Facility",
    kind: "Kind",
    operator: "Operator",
    aliases: "Also called",
    place: "Place",
    capacityOverTime: "Capacity and population over time",
    noSeries: "No capacity or population figures yet.",
    claim: "Claim",
    document: "Document",
    published: "Published",
    outlet: "Outlet",
    noResults: "Nothing found.",
    back: "Back to the map",
    stats: (s) => `${s.documents} documents · ${s.claims} claims · ${s.incidents} incidents`,
    unknownDate: "date unknown",
    hedge: "Hedge",
    value: "Value",
    acled: "ACLED",
    involved: "involved",
    between: "between",
    and: "and",
  },
  ar: {
    appName: "راصد",
    tagline: "الحوادث وأرقامها والكلمات التي جاءت منها",
    map: "الخريطة",
    facilities: "المنشآت",
    documents: "الوثائق",
    search: "بحث",
    searchPlaceholder: "ابحث في المقالات…",
    language: "English",
    since: "من",
    until: "إلى",
    governorate: "المحافظة",
    actor: "الطرف",
    type: "نوع الحدث",
    text: "نص",
    any: "الكل",
    inView: "ما تعرضه الخريطة فقط",
    clear: "مسح المرشحات",
    apply: "تطبيق",
    filters: "المرشحات",
    more: "المزيد",
    licences: "التراخيص",
    markerSize: "حجم الدائرة: القتلى والجرحى (التقدير الأرجح)",
    incidents: "الحوادث",
    shown: (shown, total) => `${shown} من ${total}`,
    noPlace: "بلا موقع على الخريطة",
    timeline: "الخط الزمني: اسحب لاختيار فترة، وانقر عموداً لتواريخه",
    clearTime: "كل التواريخ",
    loading: "جارٍ التحميل…",
    error: "تعذّر التحميل",
    notFound: "غير موجود",
    figures: "الأرقام",
    figuresNote: "الشريط: من الأدنى إلى الأعلى؛ الخط: التقدير الأرجح؛ النقاط: رقم كل مصدر",
    low: "الأدنى",
    best: "الأرجح",
    high: "الأعلى",
    overTime: "الحصيلة المتصاعدة عبر الزمن",
    contradictions: "التناقضات",
    noContradictions: "المصادر متفقة.",
    claims: "الادعاءات",
    claimsNote: "كل رقم تذكره وثيقة، مع جملته مظللة في المقال",
    sources: "المصادر",
    source: "المصدر",
    openSource: "افتح المصدر",
    fullArticle: "المقال كاملاً",
    documentsCount: (n) => `${n} ${n === 1 ? "وثيقة" : "وثائق"}`,
    claimsCount: (n) => `${n} ${n === 1 ? "ادعاء" : "ادعاءات"}`,
    incidentsCount: (n) => `${n} ${n === 1 ? "حادثة" : "حوادث"}`,
    at: "في",
    asOf: "حتى",
    when: "متى",
    where: "أين",
    facility: "المنشأة",
    kind: "النوع",
    operator: "الجهة المشغّلة",
    aliases: "أسماء أخرى",
    place: "المكان",
    capacityOverTime: "السعة وعدد المحتجزين عبر الزمن",
    noSeries: "لا أرقام للسعة أو عدد المحتجزين بعد.",
    claim: "ادعاء",
    document: "وثيقة",
    published: "تاريخ النشر",
    outlet: "الناشر",
    noResults: "لا نتائج.",
    back: "العودة إلى الخريطة",
    stats: (s) => `${s.documents} وثيقة · ${s.claims} ادعاء · ${s.incidents} حادثة`,
    unknownDate: "تاريخ غير معروف",
    hedge: "درجة اليقين",
    value: "القيمة",
    acled: "ACLED",
    involved: "المعنيّ",
    between: "بين",
    and: "و",
  },
};

const MEASURES = {
  killed: ["killed", "قتلى"],
  wounded: ["wounded", "جرحى"],
  captured: ["captured", "أسرى ومختطفون"],
  executed: ["executed", "أُعدموا"],
  arrested: ["arrested", "معتقلون"],
  escaped: ["escaped", "فارّون"],
  attempted_escape: ["escape attempts", "محاولات فرار"],
  surrendered: ["surrendered", "مستسلمون"],
  detained: ["held (population)", "المحتجزون"],
  capacity: ["capacity", "السعة"],
  attackers: ["attackers", "المهاجمون"],
  participants: ["participants", "المشاركون"],
  duration: ["duration", "المدة"],
  date: ["date", "التاريخ"],
};

const ACLED_TYPES = {
  Battles: ["Battles", "معارك"],
  "Explosions/Remote violence": ["Explosions / remote violence", "تفجيرات وعنف عن بعد"],
  "Violence against civilians": ["Violence against civilians", "عنف ضد المدنيين"],
  "Strategic developments": ["Strategic developments", "تطورات استراتيجية"],
  Riots: ["Riots", "أعمال شغب"],
  Protests: ["Protests", "احتجاجات"],
};

const EVENT_TYPES = {
  attack: ["attack", "هجوم"],
  armed_clash: ["armed clash", "اشتباك مسلح"],
  vbied: ["car bomb", "سيارة مفخخة"],
  suicide_bombing: ["suicide bombing", "تفجير انتحاري"],
  ied: ["roadside bomb (IED)", "عبوة ناسفة"],
  airstrike: ["airstrike", "غارة جوية"],
  drone_strike: ["drone strike", "غارة بطائرة مسيّرة"],
  shelling: ["shelling", "قصف"],
  riot: ["riot", "استعصاء وشغب"],
  escape: ["escape", "فرار"],
  attempted_escape: ["attempted escape", "محاولة فرار"],
  hostage_taking: ["hostage taking", "احتجاز رهائن"],
  execution: ["execution", "إعدام"],
  surrender: ["surrender", "استسلام"],
  arrest: ["arrest", "اعتقال"],
  siege: ["siege", "حصار"],
  security_operation: ["security operation", "عملية أمنية"],
  protest: ["protest", "احتجاج"],
};

const SOURCE_KINDS = {
  author: ["the outlet itself", "الناشر نفسه"],
  named: ["a named source", "مصدر مسمّى"],
  unnamed: ["an unnamed source", "مصدر غير مسمّى"],
};

const HEDGES = {
  asserted: ["asserted", "مؤكَّد"],
  attributed: ["attributed", "منسوب"],
  believed: ["believed", "مرجَّح"],
  disputed: ["disputed", "مختلف عليه"],
};

const VAGUE = {
  dozens: ["dozens", "عشرات"],
  hundreds: ["hundreds", "مئات"],
  thousands: ["thousands", "آلاف"],
  unspecified: ["an unspecified number", "عدد غير محدد"],
};

const FACILITY_KINDS = {
  prison: ["prison", "سجن"],
  camp: ["camp", "مخيم"],
  detention_centre: ["detention centre", "مركز احتجاز"],
  base: ["base", "قاعدة"],
};

const UNITS = {
  people: ["", ""],
  days: ["days", "أيام"],
  hours: ["hours", "ساعات"],
  attempts: ["attempts", "محاولات"],
};

/** The interface language: "en" or "ar". */
let current = "en";

/** The language the page starts in: `?lang=`, else the last choice, else the browser's. */
export function initialLanguage() {
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked === "ar" || asked === "en") return asked;
  try {
    const stored = localStorage.getItem("rasid.lang");
    if (stored === "ar" || stored === "en") return stored;
  } catch {
    // storage may be disabled
  }
  return (navigator.language || "").toLowerCase().startsWith("ar") ? "ar" : "en";
}

/** Switches the language and the page's direction (Arabic right to left). */
export function setLanguage(lang) {
  current = lang === "ar" ? "ar" : "en";
  document.documentElement.lang = current;
  document.documentElement.dir = current === "ar" ? "rtl" : "ltr";
  try {
    localStorage.setItem("rasid.lang", current);
  } catch {
    // storage may be disabled
  }
}

export const language = () => current;

/** An interface string (or a function of its arguments). */
export function t(key, ...args) {
  const value = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return typeof value === "function" ? value(...args) : value;
}

const pick = (table, key) => {
  const entry = table[key];
  if (!entry) return key ?? "";
  return current === "ar" ? entry[1] : entry[0];
};

export const measureLabel = (measure) => pick(MEASURES, measure);
export const eventTypeLabel = (type) => pick(EVENT_TYPES, type);
export const sourceKindLabel = (kind) => pick(SOURCE_KINDS, kind);
export const hedgeLabel = (hedge) => pick(HEDGES, hedge);
export const vagueLabel = (vague) => pick(VAGUE, vague);
export const facilityKindLabel = (kind) => pick(FACILITY_KINDS, kind);
export const unitLabel = (unit) => pick(UNITS, unit);
export const eventTypes = () => Object.keys(EVENT_TYPES);
export const acledTypeLabel = (type) => pick(ACLED_TYPES, type);

/** An actor's name in the current language (its id when the data does not know it). */
export function actorLabel(id) {
  if (!id) return "";
  const names = actorNames[id];
  if (!names) return id;
  return (current === "ar" ? names.ar : names.en) || id;
}

/** A number in the current language's digits. */
export function formatNumber(value) {
  return formatter(`n:${current}`, () => new Intl.NumberFormat(current === "ar" ? "ar" : "en")).format(value);
}

/** Intl formatters are dear to make (a map of thousands of incidents asks for thousands). */
const formatters = new Map();
function formatter(key, make) {
  let value = formatters.get(key);
  if (!value) {
    value = make();
    formatters.set(key, value);
  }
  return value;
}

const DATE_STYLES = {
  year: { year: "numeric" },
  month: { year: "numeric", month: "long" },
  day: { year: "numeric", month: "long", day: "numeric" },
  hour: { year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit" },
  minute: { year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit" },
};

/**
 * A SPEC date (`2022-01-20`, `2022-01-20T19:00`, `2022-01`, `2022`) at its precision, in
 * the current language; the text itself when it is not a date.
 */
export function formatDate(text, precision) {
  if (!text) return t("unknownDate");
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2}))?/.exec(text);
  if (!match) return text;
  const [, year, month, day, hour, minute] = match;
  const date = new Date(Date.UTC(+year, month ? +month - 1 : 0, day ? +day : 1, hour ? +hour : 0, minute ? +minute : 0));
  const style =
    DATE_STYLES[precision] ?? (hour ? DATE_STYLES.hour : day ? DATE_STYLES.day : month ? DATE_STYLES.month : DATE_STYLES.year);
  const styleName = Object.keys(DATE_STYLES).find((name) => DATE_STYLES[name] === style);
  return formatter(`d:${current}:${styleName}`, () => new Intl.DateTimeFormat(current === "ar" ? "ar" : "en-GB", { ...style, timeZone: "UTC" })).format(date);
}

/**
 * When an incident or a claim happened, from its start and end: one date, a span
 * (`20 January 2022 – 29 January 2022`), or, for a window (its day unknown, only bounded),
 * `between … and …`.
 */
export function formatWhen(start, end) {
  const startDate = start?.date ?? start?.start;
  const endDate = end?.date ?? end?.end ?? start?.end;
  if (start?.precision === "window" && startDate && endDate) {
    return `${t("between")} ${formatDate(startDate, "day")} ${t("and")}${language() === "ar" ? "" : " "}${formatDate(endDate, "day")}`;
  }
  if (endDate && endDate !== startDate && end) {
    return `${formatDate(startDate, start?.precision)} – ${formatDate(endDate, end.precision)}`;
  }
  return formatDate(startDate, start?.precision);
}
