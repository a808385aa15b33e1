// The mentor's listing: their journey to the match and what they offer (POST /api/mentors, then PUT /api/mentors/me
// with If-Match), and whether they take mentees (PUT /api/mentors/me/availability). GET /api/mentors/me also says when
// matching marked them inactive after proposals went unanswered: shown first, with the way back.
import { h, field, input, select, textarea, form, announce, time } from '../dom.js';
import { get, post, put, ApiError } from '../api.js';
import {
  SPECIALTIES, VISA_PATHS, WHAT_HELPED, CURRENT_ROLES, PROGRAM_TYPES, HELP_TOPICS, countrySelect, timeZoneSelect,
  checkGroup, radioGroup, languagePicker, checkedValues, number, bool, problemNote, say, day, calmly as calm,
} from './mentorship-parts.js';

const MAX_PAUSE_DAYS = 366;

export async function listing(main, { navigate }) {
  const heading = h('h1', {}, 'Your listing');
  const body = h('div', {}, h('p', { class: 'muted', role: 'status' }, 'Loading your listing...'));
  main.append(heading, body);

  async function load() {
    let mine = null;
    try {
      mine = await get('/api/mentors/me');
    } catch (error) {
      if (error.status !== 404) {
        body.replaceChildren(problemNote(error, load));
        return;
      }
    }
    body.replaceChildren(...(mine ? existing(mine, load) : first(navigate)).flat(Infinity).filter(Boolean));
  }
  await load();
}

/** A first listing: the journey, the offer and the availability in one form. */
function first(navigate) {
  return [
    h('p', { class: 'lead' }, 'Tell mentees the road you walked to the match, and what you can help with. Matching '
      + 'proposes mentees whose path is close to yours; you accept or decline each one.'),
    journeyForm(null, async (values, formElement) => {
      const request = { ...journey(values, formElement), ...availability(values) };
      await calm(() => post('/api/mentors', request));
      navigate('/pairings');
      announce('Your listing is live. Matching can now propose mentees to you.');
    }, [
      h('section', { class: 'card', 'aria-labelledby': 'availability-title' },
        h('h2', { id: 'availability-title' }, 'Taking mentees'),
        availabilityFields({ accepting: true })),
    ], 'Publish my listing'),
  ];
}

/** An existing listing: its availability (and inactivity) first, then the journey to change. */
function existing(mine, reload) {
  let version = mine.version;
  return [
    mine.inactive ? h('div', { class: 'notice bad', role: 'status', 'data-testid': 'inactive-notice' },
      h('strong', {}, 'You are marked inactive. '), mine.inactive.reason, ' ',
      h('span', { class: 'muted' }, 'Since ', time(mine.inactive.since), '.')) : null,
    availabilityCard(mine, () => version, reload),
    h('p', { class: 'muted' }, `Mentees find you in the directory as ${mine.displayName}. The graduation year and exams `
      + 'you tell stay with matching.'),
    journeyForm(mine, async (values, formElement) => {
      try {
        const saved = await calm(() => put('/api/mentors/me', journey(values, formElement), { 'If-Match': `"${version}"` }));
        version = saved.version;
      } catch (error) {
        throw stale(error);
      }
      announce('Your listing is saved.');
      await reload();
    }, [], 'Save my listing'),
  ];
}

function availabilityCard(mine, version, reload) {
  const now = mine.inactive ? 'Matching stopped proposing mentees to you (inactive).'
    : mine.accepting ? 'You are taking mentees.'
      : mine.pausedUntil ? `You paused taking mentees until ${day(mine.pausedUntil)}.`
        : 'You are not taking new mentees.';
  const quick = mine.inactive || !mine.accepting
    ? h('button', { type: 'button', 'data-testid': 'accept-again' }, 'Take mentees again from today')
    : null;
  quick?.addEventListener('click', async () => {
    quick.disabled = true;
    try {
      await calm(() => put('/api/mentors/me/availability', { accepting: true }, { 'If-Match': `"${version()}"` }));
      announce('You are taking mentees again. Matching can propose mentees to you.');
      await reload();
    } catch (error) {
      quick.disabled = false;
      announce(say(stale(error)));
    }
  });
  const changeForm = form({ 'aria-label': 'Change whether you take mentees' }, [
    availabilityFields(mine),
    h('div', {}, h('button', { type: 'submit', class: 'secondary' }, 'Save availability')),
  ], async (values) => {
    const wanted = availability(values);
    try {
      await calm(() => put('/api/mentors/me/availability', wanted, { 'If-Match': `"${version()}"` }));
    } catch (error) {
      throw stale(error);
    }
    announce(wanted.accepting ? 'You are taking mentees.' : wanted.pausedUntil
      ? `You paused taking mentees until ${day(wanted.pausedUntil)}.` : 'You stopped taking new mentees.');
    await reload();
  });
  return h('section', { class: 'card', 'aria-labelledby': 'availability-title' },
    h('h2', { id: 'availability-title' }, 'Taking mentees'),
    h('p', { role: 'status' }, now, ` Capacity: up to ${mine.capacity} mentee${mine.capacity === 1 ? '' : 's'} at a time.`),
    quick ? h('p', {}, quick) : null,
    h('details', {}, h('summary', {}, 'Change your availability'), changeForm));
}

/** The availability choice: accepting, closed, or paused until a date. */
function availabilityFields(current) {
  const choice = current.pausedUntil ? 'paused' : current.accepting && !current.inactive ? 'accepting' : 'closed';
  const today = new Date();
  const iso = (date) => date.toISOString().slice(0, 10);
  const tomorrow = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1));
  const latest = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + MAX_PAUSE_DAYS));
  return [
    radioGroup('accepting', 'Do you take new mentees?', [
      ['accepting', 'Yes, propose mentees to me'],
      ['paused', 'Pause until a date'],
      ['closed', 'No, not until I say so'],
    ], choice),
    field('First day you take mentees again (if pausing)', input('pausedUntil', { type: 'date', min: iso(tomorrow),
      max: iso(latest), value: current.pausedUntil ?? '' }), `Up to ${MAX_PAUSE_DAYS} days ahead.`),
  ];
}

function availability(values) {
  if (values.accepting === 'paused') return { pausedUntil: values.pausedUntil ?? '' };
  return { accepting: values.accepting !== 'closed' };
}

function journeyForm(mine, onSave, extra, saveText) {
  const m = mine ?? {};
  const year = new Date().getFullYear();
  const numberInput = (name, value, min, max) => input(name, { type: 'number', inputmode: 'numeric', min, max, value: value ?? '' });
  return form({ class: 'listing-form', 'aria-label': 'Your listing' }, [
    h('section', { class: 'card', 'aria-labelledby': 'journey-title' },
      h('h2', { id: 'journey-title' }, 'Your journey to the match'),
      field('Specialty you matched into', select('matchedSpecialty', [['', 'Choose a specialty'], ...SPECIALTIES],
        m.matchedSpecialty)),
      field('Year you matched', numberInput('matchedYear', m.matchedYear, 1950, year)),
      field('Country of your medical school', countrySelect('medicalSchoolCountry', m.medicalSchoolCountry)),
      radioGroup('usImg', 'Were you a US citizen who studied medicine abroad (a US-IMG)?',
        [['true', 'Yes'], ['false', 'No']], mine ? String(m.usImg) : null),
      field('Match cycles you went unmatched before matching', numberInput('unmatchedCyclesBeforeMatch',
        m.unmatchedCyclesBeforeMatch, 0, 10), '0 if you matched on your first try.'),
      checkbox('matchedViaSoap', 'I matched through SOAP', m.matchedViaSoap),
      radioGroup('visaPath', 'The visa you trained on', VISA_PATHS, m.visaPath),
      checkGroup('whatHelped', 'What helped you match (optional)', WHAT_HELPED, m.whatHelped)),
    h('section', { class: 'card', 'aria-labelledby': 'private-title' },
      h('h2', { id: 'private-title' }, 'For matching only (optional)'),
      h('p', { class: 'muted' }, 'Mentees do not see these; matching compares them with a mentee\'s path.'),
      field('Year you graduated from medical school', numberInput('graduationYear', m.graduationYear, 1940, year)),
      field('Attempts at USMLE Step 1 and Step 2 CK together', numberInput('exams.usmleAttempts',
        m.exams?.usmleAttempts, 1, 12), '2 if you passed each at the first try. Needed if you give a score.'),
      field('Your Step 2 CK score', numberInput('exams.step2ckScore', m.exams?.step2ckScore, 1, 300))),
    h('section', { class: 'card', 'aria-labelledby': 'now-title' },
      h('h2', { id: 'now-title' }, 'What you do now'),
      field('Your role', select('currentRole', [['', 'Choose your role'], ...CURRENT_ROLES], m.currentRole)),
      field('Your program', select('programType', [['', 'Not in a residency program'], ...PROGRAM_TYPES], m.programType),
        'Needed for a resident, fellow or attending.')),
    h('section', { class: 'card', 'aria-labelledby': 'offer-title' },
      h('h2', { id: 'offer-title' }, 'What you offer'),
      checkGroup('topics', 'Topics you help with', HELP_TOPICS, m.topics, 'At least one.'),
      languagePicker('languages', 'Languages you speak', m.languages, 'A mentee always shares at least one with you.'),
      field('Your time zone', timeZoneSelect('timeZone', m.timeZone)),
      field('About you (optional)', textarea('bio', m.bio, { maxlength: 1000, rows: 5 }),
        'Up to 1,000 characters. What you would have wanted to hear the year you went unmatched.'),
      field('Mentees at a time', numberInput('capacity', m.capacity ?? 2, 1, 10), 'From 1 to 10.')),
    ...extra,
    h('div', {}, h('button', { type: 'submit' }, saveText)),
  ], onSave);
}

function checkbox(name, text, checked) {
  const id = `cb-${name}`;
  return h('div', { class: 'field', 'data-field': name },
    h('div', { class: 'choice' }, h('input', { type: 'checkbox', name, id, checked: Boolean(checked) }),
      h('label', { for: id }, text)),
    h('span', { class: 'error' }));
}

/** The listing as POST /api/mentors and PUT /api/mentors/me take it (no other field: unknown ones are refused). */
function journey(values, formElement) {
  const attempts = number(values['exams.usmleAttempts']);
  const score = number(values['exams.step2ckScore']);
  return {
    matchedSpecialty: values.matchedSpecialty,
    matchedYear: number(values.matchedYear),
    medicalSchoolCountry: values.medicalSchoolCountry,
    usImg: bool(values.usImg),
    unmatchedCyclesBeforeMatch: number(values.unmatchedCyclesBeforeMatch),
    matchedViaSoap: Boolean(values.matchedViaSoap),
    visaPath: values.visaPath ?? null,
    graduationYear: number(values.graduationYear),
    exams: attempts === null && score === null ? null : { usmleAttempts: attempts, step2ckScore: score },
    whatHelped: checkedValues(formElement, 'whatHelped'),
    currentRole: values.currentRole,
    programType: values.programType,
    topics: checkedValues(formElement, 'topics'),
    languages: checkedValues(formElement, 'languages'),
    timeZone: values.timeZone,
    bio: values.bio,
    capacity: number(values.capacity),
  };
}

/** A 409 on the listing means it changed elsewhere since this page read it. */
function stale(error) {
  if (error.status === 409) {
    return new ApiError(409, { title: 'Your listing changed elsewhere (another tab or device) since this page loaded. '
      + 'Reload the page to see the latest, then make your change again.' });
  }
  return error;
}
