// The mentee's path (GET/POST /api/mentees, PUT /api/mentees/me with If-Match): a short guided form in six steps, one
// shown at a time with a progress bar, every step reachable from the step list. Saving sends the whole path; the API's
// field errors land beside their fields (all steps are then shown, so none is hidden). After saving: /pairings.
import { h, field, input, select, form, announce } from '../dom.js';
import { get, post, put, ApiError } from '../api.js';
import {
  SPECIALTIES, GOALS, HELP_TOPICS, VISA_NEEDS, ECFMG, STEP_OUTCOMES, CLINICAL_KINDS, US_REGIONS, SHARED_FIELDS,
  FORUM_JOINING, countrySelect, timeZoneSelect, checkGroup, radioGroup, languagePicker, checkedValues, number, bool,
  problemNote, say,
} from './mentorship-parts.js';

const STATUS_WORDS = {
  SEEKING: ['Matching is looking for a mentor for you.', ''],
  PAIRED: ['You have a mentor. Changes to your path are used if you look for another one later.', 'good'],
  PAUSED: ['You paused the search for a mentor.', ''],
  WITHDRAWN: ['You left matching for now.', ''],
  MATCHED: ['You matched into residency. Congratulations!', 'good'],
};

export async function profile(main, { navigate }) {
  main.append(h('h1', {}, 'Your path'));
  const body = h('div', {}, h('p', { class: 'muted', role: 'status' }, 'Loading your path...'));
  main.append(body);

  let existing = null;
  try {
    existing = await get('/api/mentees/me');
  } catch (error) {
    if (error.status !== 404) {
      body.replaceChildren(problemNote(error, () => navigate('/profile', { replace: true })));
      return;
    }
  }
  body.replaceChildren(...intro(existing), pathForm(existing, navigate));
}

function intro(existing) {
  if (!existing) {
    return [h('p', { class: 'lead' }, 'Tell us the road you have walked so far. Matching uses it to find the mentor '
      + 'whose journey fits yours best, and tells you why. It takes about five minutes; you can change it any time.')];
  }
  const [words, tone] = STATUS_WORDS[existing.status] ?? ['', ''];
  return [
    h('p', { class: 'lead' }, 'Your path as matching knows it. Change what has moved on and save.'),
    words ? h('div', { class: `notice ${tone}`.trim() }, words) : null,
  ];
}

/** The six steps: a title and the fields, built from the existing path (or blank for a first one). */
function steps(p) {
  const usmle = p?.usmle ?? {};
  const step1 = usmle.step1 ?? {};
  const step2 = usmle.step2ck ?? {};
  const usce = p?.usClinicalExperience ?? {};
  const [first, second, third] = p?.targetSpecialties ?? [];
  const specialtyOptions = (blank) => [['', blank], ...SPECIALTIES];
  const currentYear = new Date().getFullYear();
  return [
    {
      title: 'Where you are headed',
      fields: [
        h('div', { class: 'field', 'data-field': 'targetSpecialties' },
          h('span', { class: 'error', id: 'targetSpecialties-error' }),
          h('fieldset', { 'aria-describedby': 'targetSpecialties-error' },
            h('legend', {}, 'The specialties you are aiming for'),
            h('span', { class: 'hint' }, 'One to three, in order of preference.'),
            field('First choice', select('specialty1', specialtyOptions('Choose a specialty'), first, { 'data-required': true })),
            field('Second choice (optional)', select('specialty2', specialtyOptions('None'), second)),
            field('Third choice (optional)', select('specialty3', specialtyOptions('None'), third)))),
        field('Your goal for the coming year', select('goal', [['', 'Choose a goal'], ...GOALS], p?.goal, { 'data-required': true })),
      ],
    },
    {
      title: 'Your training',
      fields: [
        field('Country of your medical school', countrySelect('medicalSchoolCountry', p?.medicalSchoolCountry,
          { exclude: ['US', 'CA'] }), 'Rematch is for graduates of schools outside the US and Canada.'),
        field('Name of your medical school (optional)', input('medicalSchoolName',
          { value: p?.medicalSchoolName ?? '', maxlength: 200, autocomplete: 'organization' }), 'Only you and matching see it.'),
        radioGroup('usCitizen', 'Are you a US citizen?', [['true', 'Yes, a US citizen who studied abroad'], ['false', 'No']],
          p ? String(p.usCitizen) : null),
        field('Year you graduated', input('graduationYear', { type: 'number', inputmode: 'numeric', min: currentYear - 50,
          max: currentYear, value: p?.graduationYear ?? '', 'data-required': true })),
        field('ECFMG certification', select('ecfmgStatus', ECFMG, p?.ecfmgStatus ?? 'NOT_STARTED')),
      ],
    },
    {
      title: 'Your exams',
      fields: [
        h('fieldset', {}, h('legend', {}, 'USMLE Step 1 (pass/fail)'),
          field('Result', select('usmle.step1.outcome', [['', 'Choose'], ...STEP_OUTCOMES], step1.outcome, { 'data-required': true })),
          field('Attempts so far', input('usmle.step1.attempts', { type: 'number', inputmode: 'numeric', min: 1, max: 6,
            value: step1.attempts || '' }), 'Including the one that passed.')),
        h('fieldset', {}, h('legend', {}, 'USMLE Step 2 CK'),
          field('Attempts so far', input('usmle.step2ck.attempts', { type: 'number', inputmode: 'numeric', min: 0, max: 6,
            value: step2.attempts ?? 0 }), '0 if you have not taken it yet.'),
          field('Latest score (optional)', input('usmle.step2ck.score', { type: 'number', inputmode: 'numeric', min: 1,
            max: 300, value: step2.score ?? '' }), 'Leave it empty if you prefer not to say.')),
        checkbox('usmle.step3Passed', 'I passed Step 3', usmle.step3Passed),
      ],
    },
    {
      title: 'Match attempts and experience',
      fields: [
        field('Match cycles you have applied in', input('priorMatchCycles', { type: 'number', inputmode: 'numeric', min: 0,
          max: 10, value: p?.priorMatchCycles ?? '', 'data-required': true }), '0 if you have not applied yet.'),
        checkbox('soapTried', 'I have been through SOAP', p?.soapTried),
        field('Months of US clinical experience', input('usClinicalExperience.months', { type: 'number',
          inputmode: 'numeric', min: 0, max: 120, value: usce.months ?? 0 })),
        checkGroup('usClinicalExperience.kinds', 'What kind of US clinical experience', CLINICAL_KINDS, usce.kinds,
          'Tick at least one if you have any months.'),
        field('Research items (publications, posters, abstracts)', input('researchItems', { type: 'number',
          inputmode: 'numeric', min: 0, max: 200, value: p?.researchItems ?? 0 })),
      ],
    },
    {
      title: 'Visa, languages and places',
      fields: [
        radioGroup('visaNeed', 'Which visa do you need to train in the US?', VISA_NEEDS, p?.visaNeed,
          'A US citizen needs none.'),
        languagePicker('languages', 'Languages you speak', p?.languages, 'A mentor always shares at least one with you.'),
        field('Your time zone', timeZoneSelect('timeZone', p?.timeZone), 'So your mentor knows when you can talk.'),
        checkGroup('usRegionPreference', 'Where in the US you would like to train (optional)', US_REGIONS,
          p?.usRegionPreference, 'None ticked means anywhere.'),
      ],
    },
    {
      title: 'Help and privacy',
      fields: [
        checkGroup('helpWanted', 'What you would like help with', HELP_TOPICS, p?.helpWanted),
        checkGroup('sharedWithMentors', 'What a proposed mentor may see', SHARED_FIELDS, p?.sharedWithMentors,
          'Matching uses all of your path either way. A mentor always sees your specialties, country and graduation year; '
          + 'the parts you tick here too.'),
        radioGroup('forumJoining', 'Peer forums for people on your path', FORUM_JOINING, p?.forumJoining ?? 'INVITE'),
      ],
    },
  ];
}

function checkbox(name, text, checked) {
  const id = `cb-${name.replace(/\W/g, '-')}`;
  return h('div', { class: 'field', 'data-field': name },
    h('div', { class: 'choice' }, h('input', { type: 'checkbox', name, id, checked: Boolean(checked) }),
      h('label', { for: id }, text)),
    h('span', { class: 'error' }));
}

function pathForm(existing, navigate) {
  const editing = Boolean(existing);
  const list = steps(existing);
  const last = list.length - 1;
  let current = 0;
  let showingAll = false;

  const sections = list.map((step, i) => {
    const heading = h('h2', { id: `step-${i}-title`, tabindex: '-1' }, step.title);
    return h('section', { class: 'card step', 'aria-labelledby': heading.id, hidden: i !== 0 }, heading, step.fields);
  });

  const status = h('p', { id: 'step-status', class: 'muted' });
  const bar = h('progress', { max: list.length, value: 1, 'aria-labelledby': 'step-status' });
  const stepButtons = list.map((step, i) => h('button', { type: 'button', class: 'link-button',
    onclick: () => show(i, true) }, step.title));
  const progress = h('nav', { class: 'stepper', 'aria-label': 'Steps of your path' },
    status, bar,
    h('details', { open: editing }, h('summary', {}, 'All steps'),
      h('ol', { class: 'step-list' }, stepButtons.map((button) => h('li', {}, button)))));

  const back = h('button', { type: 'button', class: 'secondary', onclick: () => show(current - 1, true) }, 'Back');
  const next = h('button', { type: 'button', onclick: () => { if (complete(current)) show(current + 1, true); } }, 'Next');
  const save = h('button', { type: 'submit' }, editing ? 'Save my path' : 'Save my path and find a mentor');
  const conflict = h('div', {});
  // buttons are shown by being in the row (app.css gives buttons a display that would override [hidden])
  const navRow = h('div', { class: 'row' });
  const showButtons = (...buttons) => navRow.replaceChildren(...buttons.filter(Boolean));

  const element = form({ class: 'path-form', 'aria-label': 'Your path' }, [
    progress,
    sections,
    navRow,
  ], async (values, formElement) => {
    conflict.replaceChildren();
    try {
      const path = body(values, formElement);
      const saved = editing
        ? await put('/api/mentees/me', path, { 'If-Match': `"${existing.version}"` })
        : await post('/api/mentees', path);
      existing = saved;
      navigate('/pairings');
      announce(saved.status === 'SEEKING'
        ? 'Your path is saved. Matching is looking for a mentor for you.'
        : 'Your path is saved.');
    } catch (error) {
      throw explain(error, conflict, navigate);
    }
  });

  // Enter in a field of an earlier step moves on rather than saving half a path (a first path only)
  const holder = h('div', {}, conflict, element);
  holder.addEventListener('submit', (event) => {
    if (editing || showingAll || current === last) return;
    event.preventDefault();
    event.stopPropagation();
    if (complete(current)) show(current + 1, true);
  }, true);

  // Step 1 attempts only count when Step 1 was taken
  const outcome = element.querySelector('[name="usmle.step1.outcome"]');
  const attempts = element.querySelector('[name="usmle.step1.attempts"]');
  const syncAttempts = () => {
    attempts.disabled = outcome.value === 'NOT_TAKEN';
    if (attempts.disabled) attempts.value = '';
  };
  outcome.addEventListener('change', syncAttempts);
  syncAttempts();

  function show(index, moveFocus) {
    current = Math.max(0, Math.min(last, index));
    showingAll = false;
    sections.forEach((section, i) => { section.hidden = i !== current; });
    status.textContent = `Step ${current + 1} of ${list.length}: ${list[current].title}`;
    bar.value = current + 1;
    stepButtons.forEach((button, i) => {
      const text = list[i].title;
      if (i === current) button.setAttribute('aria-current', 'step'); else button.removeAttribute('aria-current');
      button.replaceChildren(i === current ? h('strong', {}, text) : text);
    });
    showButtons(current > 0 ? back : null, current < last ? next : null, h('span', { class: 'grow' }),
      editing || current === last ? save : null);
    if (moveFocus) sections[current].querySelector('h2').focus();
  }

  /** Every step at once: after the API named fields, so each error shows beside its field. */
  function showAll() {
    showingAll = true;
    sections.forEach((section) => { section.hidden = false; });
    status.textContent = 'All steps are shown: please check the fields marked below.';
    bar.value = list.length;
    showButtons(save);
  }

  /** The simple required answers of a step, before moving on (the API checks everything on save). */
  function complete(index) {
    const section = sections[index];
    let first = null;
    section.querySelectorAll('.field .error').forEach((error) => { error.textContent = ''; });
    section.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
    const missing = (holderElement, control) => {
      holderElement.querySelector('.error').textContent = 'Please answer this to continue.';
      control.setAttribute('aria-invalid', 'true');
      first ??= control;
    };
    section.querySelectorAll('[data-required]').forEach((control) => {
      if (!control.disabled && control.value.trim() === '') missing(control.closest('.field'), control);
    });
    section.querySelectorAll('[role="radiogroup"]').forEach((group) => {
      const radios = group.querySelectorAll('input[type="radio"]');
      if (![...radios].some((radio) => radio.checked)) missing(group.closest('.field'), radios[0]);
    });
    const languages = section.querySelector('[data-field="languages"]');
    if (languages && !languages.querySelector('input:checked')) {
      missing(languages, languages.querySelector('input, select'));
    }
    first?.focus();
    return !first;
  }

  show(0, false);
  return holder;

  /** An error to throw back to the form, in people's words; field errors open every step first. */
  function explain(error, note, go) {
    if (error.fields?.length) {
      showAll();
      return error;
    }
    if (error.status === 409) {
      note.replaceChildren(h('div', { class: 'notice bad', role: 'alert' },
        editing ? 'Your path was changed elsewhere (in another tab or device) since you opened this page. '
          : 'You already have a path. ',
        h('button', { type: 'button', class: 'link-button', onclick: () => go('/profile', { replace: true }) },
          'Load the latest version'),
        editing ? ', then make your change again.' : ' to change it.'));
      return new ApiError(409, { title: 'Your path was not saved.' });
    }
    if (error instanceof ApiError && (error.status >= 500 || error.status === 0)) {
      return new ApiError(error.status, { title: say(error) });
    }
    return error;
  }
}

/** The path as POST /api/mentees and PUT /api/mentees/me take it. */
function body(values, formElement) {
  const step1Outcome = values['usmle.step1.outcome'];
  return {
    targetSpecialties: [values.specialty1, values.specialty2, values.specialty3].filter(Boolean),
    medicalSchoolCountry: values.medicalSchoolCountry,
    medicalSchoolName: values.medicalSchoolName,
    usCitizen: bool(values.usCitizen),
    graduationYear: number(values.graduationYear),
    ecfmgStatus: values.ecfmgStatus,
    usmle: {
      step1: { outcome: step1Outcome, attempts: step1Outcome === 'NOT_TAKEN' ? 0 : number(values['usmle.step1.attempts']) },
      step2ck: { score: number(values['usmle.step2ck.score']), attempts: number(values['usmle.step2ck.attempts']) ?? 0 },
      step3Passed: Boolean(values['usmle.step3Passed']),
    },
    usClinicalExperience: {
      months: number(values['usClinicalExperience.months']) ?? 0,
      kinds: checkedValues(formElement, 'usClinicalExperience.kinds'),
    },
    researchItems: number(values.researchItems) ?? 0,
    priorMatchCycles: number(values.priorMatchCycles),
    soapTried: Boolean(values.soapTried),
    visaNeed: values.visaNeed ?? null,
    goal: values.goal,
    languages: checkedValues(formElement, 'languages'),
    timeZone: values.timeZone,
    usRegionPreference: checkedValues(formElement, 'usRegionPreference'),
    helpWanted: checkedValues(formElement, 'helpWanted'),
    sharedWithMentors: checkedValues(formElement, 'sharedWithMentors'),
    forumJoining: values.forumJoining ?? 'INVITE',
  };
}
