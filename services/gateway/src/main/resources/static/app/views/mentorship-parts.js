// Pieces the mentorship screens share (your path, mentorship, the directory, the listing): the API's vocabularies in
// people's words, country and language names, checkbox groups that collect arrays, score and reasons, and asking a
// mentor directly (POST /api/pairings/requests).
import { h, percent, time, announce } from '../dom.js';
import { post, ApiError } from '../api.js';

// ---- vocabularies (enum values exactly as the API spells them, with what people read) ----

export const SPECIALTIES = [
  ['IM', 'Internal Medicine'], ['FM', 'Family Medicine'], ['PEDS', 'Pediatrics'],
  ['MEDPEDS', 'Internal Medicine-Pediatrics'], ['EM', 'Emergency Medicine'], ['PSYCH', 'Psychiatry'],
  ['NEURO', 'Neurology'], ['CHILDNEURO', 'Child Neurology'], ['PATH', 'Pathology'], ['GS', 'General Surgery'],
  ['SURGPRELIM', 'Surgery, preliminary year'], ['IMPRELIM', 'Internal Medicine, preliminary year'],
  ['TY', 'Transitional Year'], ['OBGYN', 'Obstetrics and Gynecology'], ['ANES', 'Anesthesiology'],
  ['DR', 'Diagnostic Radiology'], ['IR', 'Interventional Radiology'], ['RADONC', 'Radiation Oncology'],
  ['NUCMED', 'Nuclear Medicine'], ['PMR', 'Physical Medicine and Rehabilitation'], ['DERM', 'Dermatology'],
  ['OPHTH', 'Ophthalmology'], ['ORTHO', 'Orthopaedic Surgery'], ['ENT', 'Otolaryngology'], ['URO', 'Urology'],
  ['NSURG', 'Neurological Surgery'], ['PLASTICS', 'Plastic Surgery'], ['VASC', 'Vascular Surgery'],
  ['CT', 'Thoracic Surgery'], ['PREVMED', 'Preventive Medicine'], ['MEDGEN', 'Medical Genetics and Genomics'],
];

export const GOALS = [
  ['REAPPLY_SAME_SPECIALTY', 'Reapply to the same specialty'],
  ['SWITCH_SPECIALTY', 'Switch to another specialty'],
  ['PRELIMINARY_YEAR', 'Take a preliminary year'],
  ['RESEARCH_YEAR', 'Do a research year'],
  ['ALTERNATIVE_PATHWAY', 'An alternative pathway (physician assistant, nurse practitioner or similar)'],
  ['PUBLIC_HEALTH', 'Public health'],
  ['NON_CLINICAL_INDUSTRY', 'A non-clinical career in industry'],
];

export const HELP_TOPICS = [
  ['APPLICATION_REVIEW', 'Application review (CV, personal statement)'],
  ['USCE', 'US clinical experience'],
  ['RESEARCH', 'Research'],
  ['EXAMS', 'USMLE exams'],
  ['INTERVIEWS', 'Interviews'],
  ['VISA', 'Visas'],
  ['WELLBEING', 'Wellbeing after going unmatched'],
  ['ALTERNATIVE_CAREERS', 'Alternative careers'],
];

export const VISA_NEEDS = [['NONE', 'No visa needed'], ['J1', 'J-1 visa'], ['H1B', 'H-1B visa']];
export const VISA_PATHS = [['NONE', 'No visa (US citizen or green card)'], ['J1', 'J-1 visa'], ['H1B', 'H-1B visa']];

export const ECFMG = [['NOT_STARTED', 'Not started'], ['IN_PROGRESS', 'In progress'], ['CERTIFIED', 'Certified']];
export const STEP_OUTCOMES = [['NOT_TAKEN', 'Not taken yet'], ['PASS', 'Passed'], ['FAIL', 'Not passed yet']];
export const CLINICAL_KINDS = [['HANDS_ON', 'Hands-on (rotation or job)'], ['OBSERVERSHIP', 'Observership'],
  ['EXTERNSHIP', 'Externship']];
export const US_REGIONS = [['NORTHEAST', 'Northeast'], ['MIDWEST', 'Midwest'], ['SOUTH', 'South'], ['WEST', 'West']];

export const SHARED_FIELDS = [
  ['MATCH_ATTEMPTS', 'How many Match cycles I went through (and SOAP)'],
  ['VISA_NEED', 'The visa I need'],
  ['EXAM_HISTORY', 'My exam history (Step 2 CK score, number of attempts)'],
];

export const FORUM_JOINING = [
  ['INVITE', 'Invite me to the peer forums that fit my path; I decide whether to join'],
  ['JOIN_AUTOMATICALLY', 'Join me to those forums right away'],
];

export const WHAT_HELPED = [
  ['USCE', 'US clinical experience'], ['RESEARCH_YEAR', 'A research year'], ['PRELIMINARY_YEAR', 'A preliminary year'],
  ['STEP3', 'Passing Step 3'], ['NETWORKING', 'Networking'], ['COMMUNITY_PROGRAMS', 'Applying mainly to community programs'],
  ['UNIVERSITY_PROGRAMS', 'Applying mainly to university programs'],
  ['IMG_FRIENDLY_PROGRAMS', 'Applying to programs known to take IMGs'],
];

export const CURRENT_ROLES = [
  ['RESIDENT', 'Resident'], ['FELLOW', 'Fellow'], ['ATTENDING', 'Attending'],
  ['PA_NP', 'Physician assistant or nurse practitioner'], ['PUBLIC_HEALTH', 'Public health'],
  ['INDUSTRY', 'Non-clinical industry (pharma, health tech, consulting...)'], ['RESEARCH', 'Research'],
];

export const PROGRAM_TYPES = [
  ['UNIVERSITY', 'University program'], ['COMMUNITY_UNIVERSITY_AFFILIATED', 'Community, university-affiliated program'],
  ['COMMUNITY', 'Community program'], ['MILITARY', 'Military program'],
];

export const SCORE_PARTS = {
  SPECIALTY: 'Specialty', COUNTRY: 'Country of medical school', CYCLES: 'Match cycles', US_IMG: 'US-IMG or not',
  SOAP: 'SOAP', EXAMS: 'Exams', GRADUATION: 'Years since graduation', VISA: 'Visa', GOAL: 'Your goal',
  HELP_TOPICS: 'Help you asked for', TIME_ZONE: 'Time zone', LANGUAGES: 'Languages',
};

/** The label of `value` in a vocabulary list, or the value itself when unknown. */
export function label(list, value) {
  return list.find(([code]) => code === value)?.[1] ?? value ?? '';
}

export const specialty = (code) => label(SPECIALTIES, code);

// ---- countries, languages, time zones ----

const COUNTRY_CODES = ('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS '
  + 'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ '
  + 'FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT '
  + 'JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP '
  + 'MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE '
  + 'RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV '
  + 'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW').split(' ');

/** Where most IMGs trained: offered first. */
const COMMON_COUNTRIES = ['IN', 'PK', 'EG', 'NG', 'CN', 'PH', 'BD', 'NP', 'IR', 'SY', 'MX', 'DM', 'GD', 'AG', 'KN', 'CW', 'SX'];

const LANGUAGE_CODES = ('aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de '
  + 'dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is '
  + 'it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na '
  + 'nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr '
  + 'ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu').split(' ');

function displayNames(type) {
  try {
    return new Intl.DisplayNames(['en'], { type });
  } catch {
    return null;
  }
}
const regionNames = displayNames('region');
const languageNames = displayNames('language');

export const countryName = (code) => nameIn(regionNames, code);
export const languageName = (code) => nameIn(languageNames, code);

/** The code's name in the browser's language; the code itself where the browser knows none. */
function nameIn(names, code) {
  if (!code) return '';
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

const byName = (a, b) => a[1].localeCompare(b[1]);

/** A country select (ISO 3166 alpha-2 codes), common IMG countries first; `exclude` leaves codes out (US, CA). */
export function countrySelect(name, selected, { exclude = [], blank = 'Choose a country' } = {}) {
  const all = COUNTRY_CODES.filter((code) => !exclude.includes(code)).map((code) => [code, countryName(code)]).sort(byName);
  const common = COMMON_COUNTRIES.filter((code) => !exclude.includes(code)).map((code) => [code, countryName(code)]);
  const inCommon = common.some(([code]) => code === selected);
  return h('select', { name, autocomplete: 'off' },
    h('option', { value: '' }, blank),
    h('optgroup', { label: 'Where many IMGs trained' },
      common.map(([value, text]) => h('option', { value, selected: value === selected }, text))),
    h('optgroup', { label: 'All countries' },
      all.map(([value, text]) => h('option', { value, selected: !inCommon && value === selected }, text))));
}

/** Every IANA time zone the browser knows, the given one (or the browser's own) selected. */
export function timeZoneSelect(name, selected) {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  let zones = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [own];
  }
  const current = selected || own;
  if (current && !zones.includes(current)) zones = [current, ...zones];
  return h('select', { name },
    zones.map((zone) => h('option', { value: zone, selected: zone === current }, zone.replace(/_/g, ' ').replace(/\//g, ' / '))));
}

// ---- checkbox and radio groups that land API errors beside them ----

/**
 * A group of checkboxes for an array field (`name` is the API's field name, so its errors show here). Read it back with
 * checkedValues(form, name).
 */
export function checkGroup(name, legend, options, selected = [], hint) {
  const chosen = new Set(selected ?? []);
  const id = `g-${name.replace(/\W/g, '-')}`;
  return h('div', { class: 'field', 'data-field': name },
    h('fieldset', { 'aria-describedby': `${id}-error`, id },
      h('legend', {}, legend),
      hint ? h('span', { class: 'hint' }, hint) : null,
      options.map(([value, text]) => choice('checkbox', name, value, text, chosen.has(value)))),
    h('span', { class: 'error', id: `${id}-error` }));
}

/** One choice of radio buttons for a single-valued field; values() reads the checked one. */
export function radioGroup(name, legend, options, selected, hint) {
  const id = `g-${name.replace(/\W/g, '-')}`;
  return h('div', { class: 'field', 'data-field': name },
    h('fieldset', { 'aria-describedby': `${id}-error`, id, role: 'radiogroup' },
      h('legend', {}, legend),
      hint ? h('span', { class: 'hint' }, hint) : null,
      options.map(([value, text]) => choice('radio', name, value, text, String(value) === String(selected ?? '')))),
    h('span', { class: 'error', id: `${id}-error` }));
}

let choiceCount = 0;
function choice(type, name, value, text, checked) {
  const id = `c${++choiceCount}`;
  // checkboxes carry their value in data-value, not name, so the form's values() does not flatten them into one boolean
  const attributes = type === 'checkbox'
    ? { type, id, 'data-group': name, 'data-value': value, checked }
    : { type, id, name, value, checked };
  return h('div', { class: 'choice' }, h('input', attributes), h('label', { for: id }, text));
}

export function checkedValues(formElement, name) {
  return [...formElement.querySelectorAll(`input[data-group="${CSS.escape(name)}"]`)]
    .filter((box) => box.checked).map((box) => box.dataset.value);
}

/** A select of every language by name (ISO 639-1 codes), with a first blank choice. */
export function languageSelect(name, selected, blank = 'Any language') {
  return h('select', { name },
    h('option', { value: '' }, blank),
    LANGUAGE_CODES.map((code) => [code, languageName(code)]).sort(byName)
      .map(([value, text]) => h('option', { value, selected: value === selected }, text)));
}

/**
 * Languages (ISO 639-1): the chosen ones as checkboxes, and a list of every language to add one more. English is
 * offered checked for someone choosing for the first time.
 */
export function languagePicker(name, legend, selected, hint) {
  const initial = selected?.length ? selected : ['en'];
  const group = checkGroup(name, legend, initial.map((code) => [code, languageName(code)]), initial, hint);
  const fieldset = group.querySelector('fieldset');
  const adder = h('select', { 'aria-label': 'Add a language' },
    h('option', { value: '' }, 'Add a language...'),
    LANGUAGE_CODES.map((code) => [code, languageName(code)]).sort(byName).map(([value, text]) => h('option', { value }, text)));
  adder.addEventListener('change', () => {
    const code = adder.value;
    adder.value = '';
    if (!code) return;
    const existing = fieldset.querySelector(`input[data-value="${CSS.escape(code)}"]`);
    if (existing) {
      existing.checked = true;
    } else {
      fieldset.insertBefore(choice('checkbox', name, code, languageName(code), true), adder.parentElement);
    }
    announce(`${languageName(code)} added.`, { toast: false });
  });
  fieldset.append(h('div', { class: 'add-language' }, adder));
  return group;
}

// ---- numbers and booleans from the form's values ----

export function number(value) {
  if (value === null || value === undefined || value === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : value; // let the API name a wrong value
}

export function bool(value) {
  if (value === 'true' || value === true) return true;
  if (value === 'false' || value === false) return false;
  return null;
}

// ---- scores, reasons, states and times ----

export function scoreBadge(score, words = 'match') {
  return h('span', { class: 'score' }, `${percent(score)} ${words}`);
}

/** The reasons a pairing or suggestion fits, strongest first. */
export function reasonsList(reasons, heading = 'Why this fits') {
  if (!reasons?.length) return null;
  return [h('p', { class: 'muted reasons-heading' }, heading),
    h('ul', { class: 'reasons' }, reasons.map((reason) => h('li', {}, reason)))];
}

/** How the score adds up, folded away: each part's points. */
export function scoreParts(components) {
  const entries = Object.entries(components ?? {}).filter(([, points]) => points > 0);
  if (!entries.length) return null;
  return h('details', { class: 'score-parts' },
    h('summary', {}, 'How the score adds up'),
    h('ul', { class: 'reasons' }, entries.map(([part, points]) =>
      h('li', {}, `${SCORE_PARTS[part] ?? part}: ${Math.round(points * 100)} points`))));
}

/** "in 2 days", "3 hours ago". */
export function relative(iso) {
  if (!iso) return '';
  const seconds = (new Date(iso).getTime() - Date.now()) / 1000;
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const units = [['day', 86400], ['hour', 3600], ['minute', 60]];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.round(seconds), 'second');
}

export function when(iso) {
  return iso ? [time(iso), ` (${relative(iso)})`] : null;
}

/** A pairing's state in the words of the person looking: [text, css class]. */
export function stateWords(state, asMentor) {
  switch (state) {
    case 'PROPOSED': return asMentor ? ['Waiting for your answer', 'warn'] : ['Waiting for the mentor\'s answer', 'warn'];
    case 'ACCEPTED': return asMentor ? ['Your mentee', 'good'] : ['Your mentor', 'good'];
    case 'DECLINED': return asMentor ? ['You declined', ''] : ['Not possible: we moved on', ''];
    case 'EXPIRED': return asMentor ? ['Expired without an answer', 'bad'] : ['Not possible: we moved on', ''];
    case 'WITHDRAWN': return asMentor ? ['Withdrawn by Rematch', ''] : ['Not possible: we moved on', ''];
    case 'ENDED': return ['Ended', ''];
    default: return [state ?? '', ''];
  }
}

export function stateBadge(state, asMentor) {
  const [text, tone] = stateWords(state, asMentor);
  return h('span', { class: `state ${tone}`.trim() }, text);
}

/** A mentee's path as the pairing lets the viewer see it (a mentor sees only what the mentee shares). */
export function menteePathSummary(path, { asMentor = false } = {}) {
  if (!path) return null;
  const items = [
    path.targetSpecialties?.length ? ['Aims for', path.targetSpecialties.map(specialty).join(', then ')] : null,
    path.medicalSchoolCountry ? ['Trained in', countryName(path.medicalSchoolCountry)] : null,
    path.graduationYear ? ['Graduated', String(path.graduationYear)] : null,
    path.matchAttempts !== undefined && path.matchAttempts !== null
      ? ['Match cycles so far', String(path.matchAttempts)] : null,
    path.visaNeed ? ['Visa', label(VISA_NEEDS, path.visaNeed)] : null,
    path.exams ? ['Exams', examsText(path.exams)] : null,
  ].filter(Boolean);
  return [
    h('p', { class: 'facts' }, items.map(([term, value], i) => [i ? h('br') : null, h('strong', {}, `${term}: `), value])),
    asMentor ? h('p', { class: 'hint muted' }, 'You see the parts of their path this mentee chose to share with mentors.') : null,
  ];
}

function examsText(exams) {
  const parts = [];
  if (exams.step2ckScore) parts.push(`Step 2 CK ${exams.step2ckScore}`);
  if (exams.usmleAttempts) parts.push(`${exams.usmleAttempts} attempt${exams.usmleAttempts === 1 ? '' : 's'} at Steps 1 and 2 CK`);
  return parts.join(', ') || 'Not taken yet';
}

/** A mentor listing's journey in one or two lines. */
export function journeySummary(listing) {
  const cycles = listing.unmatchedCyclesBeforeMatch;
  const road = cycles === 0 ? 'on the first try'
    : `after ${cycles} unmatched cycle${cycles === 1 ? '' : 's'}`;
  const soap = listing.matchedViaSoap ? ', through SOAP' : '';
  const now = label(CURRENT_ROLES, listing.currentRole);
  const program = listing.programType ? ` (${label(PROGRAM_TYPES, listing.programType).toLowerCase()})` : '';
  return [
    `Matched ${specialty(listing.matchedSpecialty)} in ${listing.matchedYear} ${road}${soap}. `,
    `Trained in ${countryName(listing.medicalSchoolCountry)}${listing.usImg ? ' as a US citizen' : ''}`,
    listing.visaPath && listing.visaPath !== 'NONE'
      ? `, on ${listing.visaPath === 'H1B' ? 'an' : 'a'} ${label(VISA_PATHS, listing.visaPath)}` : '',
    `. Now: ${now}${program}.`,
  ].join('');
}

export function availabilityBadge(listing) {
  if (listing.accepting) return h('span', { class: 'state good' }, 'Taking mentees');
  if (listing.pausedUntil) return h('span', { class: 'state warn' }, `Paused until ${day(listing.pausedUntil)}`);
  return h('span', { class: 'state' }, 'Not taking mentees now');
}

/** A date-only value (2027-01-15) as people read it, without time-zone drift. */
export function day(isoDate) {
  if (!isoDate) return '';
  const [year, month, date] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date)).toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
}

export function tags(values, toText) {
  if (!values?.length) return null;
  return h('p', {}, values.map((value) => h('span', { class: 'tag' }, toText(value))));
}

// ---- failures in people's words ----

/** What to tell a person about a failed call: never a stack or a 5xx body. */
export function say(error, fallback = 'Something went wrong. Please try again.') {
  if (!(error instanceof ApiError)) return fallback;
  if (error.status === 0) return error.message;
  if (error.status >= 500) return 'Rematch could not do this right now. Please try again in a moment.';
  return error.message || fallback;
}

/** Runs `action`; a 5xx becomes a calm message (forms then show it at their top). */
export async function calmly(action) {
  try {
    return await action();
  } catch (error) {
    if (error instanceof ApiError && (error.status >= 500 || error.status === 0)) {
      throw new ApiError(error.status, { title: say(error) });
    }
    throw error;
  }
}

export function problemNote(error, retry) {
  return h('div', { class: 'notice bad', role: 'alert' }, say(error),
    retry ? [' ', h('button', { type: 'button', class: 'link-button', onclick: retry }, 'Try again')] : null);
}

// ---- asking a mentor directly ----

const REFUSALS = {
  NO_PROFILE: 'Matching does not have your path yet. Describe your path first, or try again in a few seconds if you just saved it.',
  NOT_SEEKING: 'Your path says you are not looking for a mentor right now, so you cannot ask one.',
};

/**
 * A small form to ask a mentor to be yours (POST /api/pairings/requests {mentorId, message}). `onDone(pairing)` runs
 * after the request went through; a refusal is shown in the form in plain words.
 */
export function requestMentorForm(mentorId, mentorName, onDone) {
  const formError = h('div', { class: 'form-error', role: 'alert', tabindex: '-1' });
  const message = h('textarea', { name: 'message', maxlength: 500, id: `msg-${mentorId}`, rows: 3 });
  const idle = `Send my request to ${mentorName}`;
  const button = h('button', { type: 'submit', 'data-testid': `request-${mentorId}` }, idle);
  const element = h('form', { class: 'request-form', novalidate: true, 'aria-label': `Request ${mentorName} as your mentor` },
    formError,
    h('div', { class: 'field', 'data-field': 'message' },
      h('label', { for: message.id }, `A few words to ${mentorName} (optional)`),
      h('span', { class: 'hint', id: `${message.id}-hint` }, 'Up to 500 characters: where you are and what you hope for.'),
      message,
      h('span', { class: 'error' })),
    h('div', {}, button));
  message.setAttribute('aria-describedby', `${message.id}-hint`);
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    formError.textContent = '';
    button.disabled = true;
    button.textContent = `Sending your request to ${mentorName}...`;
    try {
      const pairing = await post('/api/pairings/requests', { mentorId, message: message.value.trim() || null });
      announce(`We asked ${mentorName}. They have until ${new Date(pairing.respondBy).toLocaleString()} to answer.`);
      onDone?.(pairing);
    } catch (error) {
      const reason = error.problem?.reason;
      formError.textContent = REFUSALS[reason] ?? (error.status === 404
        ? 'This mentor is no longer in the directory.' : say(error));
      const fieldError = error.fields?.find((f) => f.field === 'message');
      if (fieldError) element.querySelector('[data-field="message"] .error').textContent = fieldError.message;
      formError.focus();
      button.disabled = false;
      button.textContent = idle;
    }
  });
  return element;
}

/**
 * A button that shows and hides a panel (built on first open, e.g. a form), with `before` (other buttons) on its row.
 * build(close) gets a function that closes the panel again.
 */
export function disclosure(text, build, { testid, className = 'secondary', before = [] } = {}) {
  let panel = null;
  const button = h('button', { type: 'button', class: className || null, 'aria-expanded': 'false', 'data-testid': testid }, text);
  const holder = h('div', { class: 'disclosure' }, h('p', { class: 'row' }, before, button));
  const close = () => {
    panel?.remove();
    panel = null;
    button.setAttribute('aria-expanded', 'false');
    if (button.isConnected) button.focus();
  };
  button.addEventListener('click', () => {
    if (panel) {
      close();
      return;
    }
    panel = h('div', { class: 'disclosure-panel' }, build(close));
    holder.append(panel);
    button.setAttribute('aria-expanded', 'true');
    panel.querySelector('textarea, input, select, button')?.focus();
  });
  return holder;
}
