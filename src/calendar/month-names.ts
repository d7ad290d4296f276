/**
 * Month names as data, one entry per language: twelve lists of forms, January first, each list
 * holding the forms a date writes (nominative, genitive "марта", "березня", "marca", partitive
 * "maaliskuuta", abbreviations). Detection reads them to date a page by its dateline
 * (publication-date.ts); matching reads them to tell a date's day from a count (not-a-count.ts).
 * Adding a language is adding its entry.
 *
 * A form ending in '-' is a stem: any word starting with it is that month ("сентябр-" reads
 * "сентября", "сентябре"). Other forms are whole words only, being short or also the start of
 * other words ("mar", "marched"). A form starting with '!' is a month only inside a full date,
 * a day and a year around it, where it cannot be another word (English "may": "20 may have").
 * Forms are written as the language writes them; readers fold them like the text (fold-text.ts).
 */
export type MonthForms = readonly [
  readonly string[], readonly string[], readonly string[], readonly string[],
  readonly string[], readonly string[], readonly string[], readonly string[],
  readonly string[], readonly string[], readonly string[], readonly string[],
];

export const MONTH_NAMES: Readonly<Record<string, MonthForms>> = {
  en: [
    ['january-', 'jan'], ['february-', 'feb'], ['march', 'mar'], ['april-', 'apr'], ['!may'], ['june-', 'jun'],
    ['july-', 'jul'], ['august-', 'aug'], ['september-', 'sep', 'sept'], ['october-', 'oct'], ['november-', 'nov'], ['december-', 'dec'],
  ],
  ru: [
    ['январ-'], ['феврал-'], ['март', 'марта'], ['апрел-'], ['мая', 'май'], ['июн-'],
    ['июл-'], ['август-'], ['сентябр-'], ['октябр-'], ['ноябр-'], ['декабр-'],
  ],
  uk: [
    ['січн-'], ['лютого-', 'лютий'], ['берез-'], ['квітн-'], ['травн-'], ['червн-'],
    ['липн-'], ['серпн-'], ['вересн-'], ['жовтн-'], ['листопад-'], ['грудн-'],
  ],
  de: [
    ['januar-', 'jänner-'], ['februar-'], ['märz'], ['april-'], ['mai'], ['juni'],
    ['juli'], ['august-'], ['september-'], ['oktober-'], ['november-'], ['dezember-'],
  ],
  fr: [
    ['janvier-'], ['février-'], ['mars'], ['avril-'], ['mai'], ['juin'],
    ['juillet-'], ['août'], ['septembre-'], ['octobre-'], ['novembre-'], ['décembre-'],
  ],
  es: [
    ['enero-'], ['febrero-'], ['marzo-'], ['abril-'], ['mayo'], ['junio-'],
    ['julio-'], ['agosto-'], ['septiembre-', 'setiembre-'], ['octubre-'], ['noviembre-'], ['diciembre-'],
  ],
  it: [
    ['gennaio-'], ['febbraio-'], ['marzo-'], ['aprile-'], ['maggio-'], ['giugno-'],
    ['luglio-'], ['agosto-'], ['settembre-'], ['ottobre-'], ['novembre-'], ['dicembre-'],
  ],
  pt: [
    ['janeiro-'], ['fevereiro-'], ['março'], ['abril-'], ['maio'], ['junho-'],
    ['julho-'], ['agosto-'], ['setembro-'], ['outubro-'], ['novembro-'], ['dezembro-'],
  ],
  pl: [
    ['styczni-'], ['lutego-'], ['marca'], ['kwietni-'], ['maja'], ['czerwc-'],
    ['lipca-'], ['sierpni-'], ['wrześni-'], ['październik-'], ['listopad-'], ['grudni-'],
  ],
  nl: [
    ['januari-'], ['februari-'], ['maart'], ['april-'], ['mei'], ['juni'],
    ['juli'], ['augustus-'], ['september-'], ['oktober-'], ['november-'], ['december-'],
  ],
  tr: [
    ['!ocak'], ['!şubat'], ['!mart'], ['!nisan'], ['!mayıs'], ['!haziran'],
    ['!temmuz'], ['!ağustos'], ['!eylül'], ['!ekim'], ['!kasım'], ['!aralık'],
  ],
  cs: [
    ['!leden', '!ledna'], ['!únor', '!února'], ['!březen', '!března'], ['!duben', '!dubna'], ['!květen', '!května'], ['!červen', '!června'],
    ['!červenec', '!července'], ['!srpen', '!srpna'], ['!září'], ['!říjen', '!října'], ['!listopad', '!listopadu'], ['!prosinec', '!prosince'],
  ],
  ro: [
    ['!ianuarie'], ['!februarie'], ['!martie'], ['!aprilie'], ['!mai'], ['!iunie'],
    ['!iulie'], ['!august'], ['!septembrie'], ['!octombrie'], ['!noiembrie'], ['!decembrie'],
  ],
  fi: [
    ['!tammikuu-'], ['!helmikuu-'], ['!maaliskuu-'], ['!huhtikuu-'], ['!toukokuu-'], ['!kesäkuu-'],
    ['!heinäkuu-'], ['!elokuu-'], ['!syyskuu-'], ['!lokakuu-'], ['!marraskuu-'], ['!joulukuu-'],
  ],
  sr: [
    ['!јануар-', '!januar-'], ['!фебруар-', '!februar-'], ['!март-', '!mart-'], ['!април-', '!april-'], ['!мај-', '!maj-'], ['!јун-', '!jun-'],
    ['!јул-', '!jul-'], ['!август-', '!avgust-'], ['!септемб-', '!septemb-'], ['!октоб-', '!oktob-'], ['!новемб-', '!novemb-'], ['!децемб-', '!decemb-'],
  ],
};
