// Mentorship, for both sides. A mentee sees their current proposal or mentor (with the progress of their search, the
// reasons and score), their past pairings and the mentors they could ask. A mentor sees the proposals waiting for
// their answer (Accept / Decline), their mentees (End mentorship) and past pairings. /pairings/:pairingId shows one
// pairing with the same actions. Both redraw when a live notification arrives, so an answer appears without reloading.
// API: GET /api/pairings, GET /api/pairings/{id}, POST /api/pairings/{id}/accept|decline|end, GET /api/mentees/me,
// GET /api/match/suggestions, POST /api/pairings/requests (mentorship-parts), GET /api/mentors/me.
import { h, link, form, field, textarea, select, announce } from '../dom.js';
import { get, post, ApiError } from '../api.js';
import { currentPerson, hasRole } from '../session.js';
import { onNotification } from '../stream.js';
import {
  scoreBadge, reasonsList, scoreParts, stateBadge, when, menteePathSummary, requestMentorForm, disclosure, radioGroup,
  problemNote, say, calmly, day,
} from './mentorship-parts.js';

/** What a mentor may say when declining (the API takes any reason up to 500 characters; only matching reads it). */
const DECLINE_REASONS = [
  ['I have no room for another mentee right now', 'I have no room for another mentee right now'],
  ['I will not be available in the coming weeks', 'I will not be available in the coming weeks'],
  ['Our paths are too different for me to help well', 'Our paths are too different for me to help well'],
  ['I know this person or have a conflict of interest', 'I know this person, or have a conflict of interest'],
  ['OTHER', 'Another reason (write it below)'],
];

const RATINGS = [['', 'No rating'], ['5', '5: excellent'], ['4', '4: good'], ['3', '3: fair'], ['2', '2: poor'], ['1', '1: very poor']];

const POLL_EVERY_MS = 5000;
const POLLS = 24; // about two minutes of looking for a first proposal

export function pairings(main, context) {
  return mentorship(main, context, null);
}

export function pairing(main, context) {
  return mentorship(main, context, context.params.pairingId);
}

async function mentorship(main, { navigate }, pairingId) {
  const me = currentPerson();
  const heading = pairingId ? 'Mentorship' : hasRole('MENTOR') && !hasRole('MENTEE') ? 'Your mentees' : 'Your mentorship';
  const news = h('div', { 'aria-live': 'polite' });
  const content = h('div', {}, h('p', { class: 'muted', role: 'status' }, 'Loading...'));
  main.append(h('h1', {}, heading), news, content);

  let alive = true;
  let reloadTimer = null;
  let pollTimer = null;
  let polls = 0;

  /** Draws everything again from the API; `focus` is a selector to move focus to afterwards (after an action). */
  async function load({ focus } = {}) {
    clearTimeout(pollTimer);
    try {
      const drawn = pairingId ? await detail(pairingId, me, actions) : await overview(me, actions);
      if (!alive) return;
      content.replaceChildren(...drawn.nodes.flat(Infinity).filter(Boolean));
      news.replaceChildren();
      if (focus) content.querySelector(focus)?.focus();
      if (drawn.waiting && polls < POLLS) {
        polls += 1;
        pollTimer = setTimeout(() => { if (alive && !busy()) load(); }, POLL_EVERY_MS);
      }
    } catch (error) {
      if (!alive) return;
      content.replaceChildren(problemNote(error, () => load()));
    }
  }

  /** Someone is writing a reason or feedback: do not pull the form away from under them. */
  const busy = () => Boolean(content.querySelector('.disclosure-panel'));

  function onNews() {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      if (!alive) return;
      if (busy()) {
        news.replaceChildren(h('div', { class: 'notice' }, 'There is news about your mentorship. ',
          h('button', { type: 'button', class: 'link-button', onclick: () => load() }, 'Show the latest')));
        return;
      }
      load();
    }, 400);
  }

  const actions = { reload: load, navigate };
  await load();
  const stop = onNotification((event) => {
    if (event.notification) onNews();
  });
  return () => {
    alive = false;
    clearTimeout(reloadTimer);
    clearTimeout(pollTimer);
    stop();
  };
}

// ---- /pairings ----

async function overview(me, actions) {
  const nodes = [];
  let waiting = false;
  const mine = await get('/api/pairings');
  if (hasRole('MENTEE')) {
    const drawn = await menteeOverview(me, mine.filter((p) => p.menteeId === me.id), actions);
    nodes.push(...drawn.nodes);
    waiting = drawn.waiting;
  }
  if (hasRole('MENTOR')) {
    nodes.push(...await mentorOverview(me, mine.filter((p) => p.mentorId === me.id && p.menteeId !== me.id), actions));
  }
  return { nodes, waiting };
}

const isOpen = (p) => p.state === 'PROPOSED' || p.state === 'ACCEPTED';

async function menteeOverview(me, mine, actions) {
  const [profileAnswer, suggestionsAnswer] = await Promise.allSettled([
    get('/api/mentees/me'),
    get('/api/match/suggestions?limit=5'),
  ]);
  if (profileAnswer.status === 'rejected' && profileAnswer.reason?.status !== 404) throw profileAnswer.reason;
  const profile = profileAnswer.status === 'fulfilled' ? profileAnswer.value : null;
  if (!profile) {
    return {
      nodes: [h('div', { class: 'card' },
        h('h2', {}, 'First, describe your path'),
        h('p', {}, 'You have not described your path yet. Matching needs it to find the mentor whose journey fits '
          + 'yours best: your specialty, where you trained, your exams, visa and Match attempts.'),
        h('p', {}, linkButton('/profile', 'Describe your path')))],
      waiting: false,
    };
  }

  const current = mine.find(isOpen);
  const past = mine.filter((p) => p !== current);
  const nodes = [];
  let waiting = false;

  if (current) {
    nodes.push(menteeCurrent(current, actions));
  } else if (profile.status === 'SEEKING' && past[0]?.state === 'ENDED' && past[0].endedBy === 'MENTEE') {
    // after ending a mentorship themselves, a mentee chooses when to look again: matching does not propose by itself
    nodes.push(h('div', { class: 'card' },
      h('h2', {}, 'Ready for another mentor?'),
      h('p', {}, 'You ended your last mentorship. Whenever you are ready, ask one of the mentors below, or find one in '
        + 'the directory.'),
      h('p', {}, link('/mentors', 'Browse all mentors'))));
  } else if (profile.status === 'SEEKING') {
    waiting = true;
    const lastRefused = past.find((p) => ['DECLINED', 'EXPIRED', 'WITHDRAWN'].includes(p.state));
    nodes.push(h('div', { class: 'card', 'data-testid': 'searching' },
      h('h2', {}, 'Matching is looking for a mentor for you'),
      h('p', {}, lastRefused
        ? 'The last mentor we asked could not take you on, so we are asking the next one whose path fits yours. '
        : 'We are finding the mentor whose journey fits yours best. Usually this takes seconds; when no mentor on '
          + 'your path has a free place, we keep looking and tell you as soon as one does. '),
      h('p', { class: 'muted' }, 'This page updates by itself. You can also ask a mentor yourself below.')));
  } else {
    nodes.push(h('div', { class: 'notice' }, statusWords(profile.status), ' ', link('/profile', 'See your path')));
  }

  if (current?.state !== 'ACCEPTED') {
    nodes.push(...suggestions(suggestionsAnswer, current, profile, actions));
    if (suggestionsAnswer.status === 'rejected' && suggestionsAnswer.reason?.status === 409) waiting = true;
  }

  nodes.push(history(past, false));
  nodes.push(h('p', { class: 'row' }, link('/profile', 'Change your path'), h('span', { 'aria-hidden': 'true' }, ' · '),
    link('/mentors', 'Browse all mentors')));
  return { nodes, waiting };
}

function statusWords(status) {
  return {
    PAUSED: 'You paused your search for a mentor, so matching is not proposing anyone for now.',
    WITHDRAWN: 'You left matching for now, so no mentor is being proposed.',
    MATCHED: 'You matched into residency. Congratulations!',
    PAIRED: 'You have a mentor.',
  }[status] ?? 'Matching is not looking for a mentor for you right now.';
}

/** The mentee's current proposal or mentorship, in full. */
function menteeCurrent(p, actions, { detailed = false } = {}) {
  const name = p.mentorDisplayName || 'Your mentor';
  const accepted = p.state === 'ACCEPTED';
  return h('article', { class: 'card', 'data-testid': testid(p), 'aria-labelledby': `current-${p.id}` },
    h('h2', { id: `current-${p.id}`, tabindex: '-1' }, accepted ? `Your mentor: ${name}` : 'Your proposal'),
    h('p', { class: 'row' }, stateBadge(p.state, false), p.score ? scoreBadge(p.score) : null),
    p.progress ? h('p', { class: 'lead' }, p.progress) : null,
    accepted
      ? [h('p', {}, `${name} accepted you as their mentee `, when(p.acceptedAt), '.'),
        h('div', { class: 'notice good' },
          h('strong', {}, 'How to reach your mentor: '),
          `we emailed you ${name}'s email address when they accepted (the email "${name} accepted you as a mentee"). `
          + 'Rematch has no messaging of its own, so write first: a few lines on your path so far, where you are stuck, '
          + 'and when you could talk. ', link('/inbox', 'Open your inbox'))]
      : [h('p', {}, p.origin === 'MENTEE_REQUEST' ? `You asked ${name} to be your mentor.` : `We asked ${name}.`),
        p.respondBy ? h('p', {}, 'They have until ', when(p.respondBy), ' to answer. If they cannot, we ask the next '
          + 'mentor on your path automatically.') : null],
    p.menteeMessage ? h('p', {}, h('strong', {}, 'Your message: '), p.menteeMessage) : null,
    reasonsList(p.reasons, accepted ? 'Why you two fit' : `Why ${name} fits your path`),
    scoreParts(p.components),
    accepted ? endAction(p, name, false, actions) : null,
    detailed ? null : h('p', {}, link(`/pairings/${encodeURIComponent(p.id)}`, 'Open this mentorship')));
}

function suggestions(answer, current, profile, actions) {
  const heading = h('h2', { id: 'suggestions-heading' }, 'Mentors you could ask');
  if (answer.status === 'rejected') {
    const error = answer.reason;
    return [heading, h('p', { class: 'muted' }, error?.status === 409
      ? 'Suggestions appear once matching has your path, usually within a few seconds. This page updates by itself.'
      : `Suggestions are not available right now. ${say(error)}`)];
  }
  const list = answer.value?.suggestions ?? [];
  if (!list.length) {
    return [heading, h('p', { class: 'muted' }, 'No mentor is free to ask right now. ', link('/mentors', 'Browse the directory'),
      ' to see everyone, or check again later.')];
  }
  const canAsk = !current && profile.status === 'SEEKING';
  return [
    heading,
    canAsk ? h('p', { class: 'muted' }, 'The mentors whose paths fit yours best who have a free place. You may ask one yourself.')
      : h('p', { class: 'muted' }, current
        ? 'You can ask one of them yourself once your current proposal is decided.'
        : 'You can ask a mentor yourself while you are looking for one.'),
    h('ul', { class: 'list' }, list.map((s) => h('li', { 'data-testid': `suggestion-${s.mentorId}` },
      h('h3', {}, link(`/mentors/${encodeURIComponent(s.mentorId)}`, s.displayName)),
      h('p', {}, scoreBadge(s.score)),
      reasonsList(s.reasons.slice(0, 3), 'Why they fit'),
      s.reasons.length > 3 ? h('details', {}, h('summary', {}, `${s.reasons.length - 3} more reasons`),
        h('ul', { class: 'reasons' }, s.reasons.slice(3).map((reason) => h('li', {}, reason)))) : null,
      canAsk ? disclosure(`Request ${s.displayName}`, () => requestMentorForm(s.mentorId, s.displayName,
        () => actions.reload({ focus: 'article h2' })), { testid: `ask-${s.mentorId}` }) : null))),
  ];
}

// ---- the mentor's side ----

async function mentorOverview(me, mine, actions) {
  let listing = null;
  let listingMissing = false;
  try {
    listing = await get('/api/mentors/me');
  } catch (error) {
    if (error.status === 404) listingMissing = true; // else: the pairings still show
  }
  const proposals = mine.filter((p) => p.state === 'PROPOSED');
  const active = mine.filter((p) => p.state === 'ACCEPTED');
  const past = mine.filter((p) => !isOpen(p));
  const nodes = [];

  if (listingMissing) {
    nodes.push(h('div', { class: 'notice' }, 'You have no listing yet, so matching cannot propose mentees to you. ',
      link('/listing', 'Create your listing')));
  } else if (listing?.inactive) {
    nodes.push(h('div', { class: 'notice bad', role: 'status' }, h('strong', {}, 'You are marked inactive. '),
      listing.inactive.reason, ' ', link('/listing', 'Go to your listing')));
  } else if (listing?.pausedUntil) {
    nodes.push(h('div', { class: 'notice' }, `You paused taking mentees until ${day(listing.pausedUntil)}. `,
      link('/listing', 'Change your availability')));
  } else if (listing && !listing.accepting) {
    nodes.push(h('div', { class: 'notice' }, 'You are not taking new mentees. ', link('/listing', 'Change your availability')));
  }

  nodes.push(h('h2', { id: 'proposals-heading', tabindex: '-1' }, `Proposals waiting for your answer (${proposals.length})`));
  nodes.push(proposals.length
    ? h('ul', { class: 'list', 'aria-labelledby': 'proposals-heading' }, proposals.map((p) => h('li', { 'data-testid': testid(p) },
      mentorItem(p, actions))))
    : h('p', { class: 'muted' }, 'No proposals right now. When matching finds a mentee whose path fits yours, the proposal '
      + 'appears here and we notify you.'));

  nodes.push(h('h2', { id: 'active-heading', tabindex: '-1' }, `Your mentees (${active.length})`));
  nodes.push(active.length
    ? h('ul', { class: 'list', 'aria-labelledby': 'active-heading' }, active.map((p) => h('li', { 'data-testid': testid(p) },
      mentorItem(p, actions))))
    : h('p', { class: 'muted' }, 'No mentees yet. Once you accept a proposal, your mentee appears here.'));

  nodes.push(history(past, true));
  nodes.push(h('p', {}, link('/listing', 'Your listing')));
  return nodes;
}

/** One pairing as its mentor sees it, with the actions its state allows. */
function mentorItem(p, actions, { detailed = false } = {}) {
  const name = p.menteeDisplayName || 'This mentee';
  const nodes = [
    h('h3', {}, detailed ? name : link(`/pairings/${encodeURIComponent(p.id)}`, name)),
    h('p', { class: 'row' }, stateBadge(p.state, true), p.score ? scoreBadge(p.score) : null),
  ];
  if (p.state === 'PROPOSED') {
    nodes.push(h('p', {}, p.origin === 'MENTEE_REQUEST'
      ? `${name} found you in the directory and asked for you.`
      : `Matching proposes ${name}: their path is close to the one you walked.`));
    if (p.menteeMessage) nodes.push(h('blockquote', { class: 'card' }, p.menteeMessage));
  }
  if (p.state === 'ACCEPTED') {
    nodes.push(h('p', {}, 'Your mentee since ', when(p.acceptedAt), `. We sent ${name} your email address; they write first.`));
  }
  nodes.push(menteePathSummary(p.menteePath, { asMentor: true }));
  nodes.push(reasonsList(p.reasons, 'Why you fit'));
  if (p.state === 'PROPOSED') {
    nodes.push(p.respondBy ? h('p', {}, h('strong', {}, 'Please answer by '), when(p.respondBy),
      '. After that we ask another mentor.') : null);
    nodes.push(decisionActions(p, name, actions));
  }
  if (p.state === 'ACCEPTED') nodes.push(endAction(p, name, true, actions));
  if (!isOpen(p)) nodes.splice(2, 0, h('p', { class: 'muted' }, pastLine(p, true)));
  return nodes;
}

function decisionActions(p, name, actions) {
  const error = h('p', { class: 'form-error', role: 'alert' });
  const accept = h('button', { type: 'button', 'data-testid': `accept-${p.id}` }, `Accept ${name} as your mentee`);
  accept.addEventListener('click', async () => {
    accept.disabled = true;
    accept.textContent = `Accepting ${name}...`;
    error.textContent = '';
    try {
      await calmly(() => post(`/api/pairings/${encodeURIComponent(p.id)}/accept`));
      announce(`You accepted ${name} as your mentee. We are sending them your email address; they will write first.`);
      await actions.reload({ focus: '#active-heading' });
    } catch (failure) {
      if (failure.status === 409 || failure.status === 404) {
        announce('This proposal was already decided or has expired.');
        await actions.reload({ focus: '#proposals-heading' });
        return;
      }
      error.textContent = say(failure);
      accept.disabled = false;
      accept.textContent = `Accept ${name} as your mentee`;
    }
  });
  const decline = disclosure('Decline', (close) => declineForm(p, name, close, actions),
    { testid: `decline-${p.id}`, className: 'secondary', before: [accept] });
  return h('div', { class: 'actions' }, error, decline);
}

function declineForm(p, name, close, actions) {
  const other = textarea('otherReason', '', { maxlength: 500, rows: 3 });
  return form({ class: 'card', 'aria-label': `Decline ${name}` }, [
    radioGroup('reason', `Why can you not take ${name} on?`, DECLINE_REASONS, null,
      `Only Rematch reads this, to propose better. ${name} is never told who declined or why.`),
    field('Your reason, if another one (up to 500 characters)', other),
    h('div', { class: 'row' },
      h('button', { type: 'submit', class: 'danger', 'data-testid': `confirm-decline-${p.id}` }, `Decline ${name}`),
      h('button', { type: 'button', class: 'secondary', onclick: close }, 'Cancel')),
  ], async (values) => {
    const reason = values.reason === 'OTHER' ? values.otherReason : values.reason;
    if (!reason) {
      throw new ApiError(400, { title: 'Choose a reason.', errors: [{ field: values.reason === 'OTHER' ? 'otherReason' : 'reason',
        message: values.reason === 'OTHER' ? 'Write your reason, or choose one above.' : 'Choose a reason, or write your own.' }] });
    }
    try {
      await calmly(() => post(`/api/pairings/${encodeURIComponent(p.id)}/decline`, { reason }));
    } catch (failure) {
      if (failure.status === 409 || failure.status === 404) {
        announce('This proposal was already decided or has expired.');
        await actions.reload({ focus: '#proposals-heading' });
        return;
      }
      throw failure;
    }
    announce(`You declined ${name}. We will ask another mentor for them.`);
    close();
    await actions.reload({ focus: '#proposals-heading' });
  });
}

/** Ending an accepted mentorship, with optional feedback and rating (either side). */
function endAction(p, name, asMentor, actions) {
  return disclosure(`End mentorship with ${name}`, (close) => form({ class: 'card', 'aria-label': `End mentorship with ${name}` }, [
    h('p', {}, asMentor
      ? `Ending frees your place. Matching will look for ${name}'s next mentor.`
      : 'Ending frees your mentor\'s place. You can ask another mentor whenever you are ready.'),
    field('How did it go? (optional)', textarea('feedback', '', { maxlength: 1000, rows: 4 }),
      `Up to 1,000 characters. Only you and Rematch's matching keep this; ${name} never sees it.`),
    field('Your rating (optional)', select('rating', RATINGS, '')),
    h('div', { class: 'row' },
      h('button', { type: 'submit', class: 'danger', 'data-testid': `confirm-end-${p.id}` }, `End mentorship with ${name}`),
      h('button', { type: 'button', class: 'secondary', onclick: close }, 'Cancel')),
  ], async (values) => {
    const body = { feedback: values.feedback, rating: values.rating ? Number(values.rating) : null };
    try {
      await calmly(() => post(`/api/pairings/${encodeURIComponent(p.id)}/end`, body));
    } catch (failure) {
      if (failure.status === 409) {
        announce('This mentorship has already ended.');
        close();
        await actions.reload();
        return;
      }
      throw failure;
    }
    announce(`Your mentorship with ${name} has ended.${asMentor ? ' Thank you for your time.' : ''}`);
    close();
    await actions.reload({ focus: 'h2' });
  }), { testid: `end-${p.id}`, className: 'secondary' });
}

// ---- past pairings, and one pairing ----

function history(past, asMentor) {
  const heading = h('h2', { id: asMentor ? 'past-mentor-heading' : 'past-heading' }, 'Past pairings');
  if (!past.length) return [heading, h('p', { class: 'muted' }, 'None yet.')];
  return [heading, h('ul', { class: 'list' }, past.map((p) => h('li', { 'data-testid': testid(p) },
    h('p', { class: 'row' }, h('strong', {}, link(`/pairings/${encodeURIComponent(p.id)}`,
      asMentor ? p.menteeDisplayName : (p.mentorDisplayName || 'A mentor'))), stateBadge(p.state, asMentor)),
    h('p', { class: 'muted' }, pastLine(p, asMentor)))))];
}

function pastLine(p, asMentor) {
  const at = (iso) => (iso ? new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' }) : '');
  switch (p.state) {
    case 'ENDED': return `Ended ${at(p.endedAt)}${p.endedBy ? ` by ${endedByWords(p.endedBy, asMentor)}` : ''}.`
      + (p.acceptedAt ? ` Began ${at(p.acceptedAt)}.` : '');
    case 'DECLINED': return asMentor ? `You declined on ${at(p.declinedAt)}.` : `Proposed ${at(p.proposedAt)}. ${p.progress ?? ''}`;
    case 'EXPIRED': return asMentor ? `No answer by ${at(p.expiredAt ?? p.respondBy)}.` : `Proposed ${at(p.proposedAt)}. ${p.progress ?? ''}`;
    case 'WITHDRAWN': return asMentor ? `Withdrawn before you answered (proposed ${at(p.proposedAt)}).`
      : `Proposed ${at(p.proposedAt)}. ${p.progress ?? ''}`;
    default: return `Proposed ${at(p.proposedAt)}.`;
  }
}

function endedByWords(endedBy, asMentor) {
  if (endedBy === 'MENTOR') return asMentor ? 'you' : 'your mentor';
  if (endedBy === 'MENTEE') return asMentor ? 'your mentee' : 'you';
  return endedBy;
}

async function detail(pairingId, me, actions) {
  let p;
  try {
    p = await get(`/api/pairings/${encodeURIComponent(pairingId)}`);
  } catch (error) {
    if (error.status === 404 || error.status === 400) {
      return { nodes: [h('p', {}, 'This pairing is not one of yours, or it no longer exists. '),
        h('p', {}, link('/pairings', 'See your mentorships'))] };
    }
    throw error;
  }
  const asMentor = p.mentorId === me.id && p.menteeId !== me.id;
  const nodes = [];
  if (asMentor) {
    nodes.push(h('article', { class: 'card', 'data-testid': testid(p) }, mentorItem(p, actions, { detailed: true })));
  } else if (isOpen(p)) {
    nodes.push(menteeCurrent(p, actions, { detailed: true }));
  } else {
    nodes.push(h('article', { class: 'card', 'data-testid': testid(p) },
      h('h2', {}, p.mentorDisplayName ? `With ${p.mentorDisplayName}` : 'A past proposal'),
      h('p', { class: 'row' }, stateBadge(p.state, false), p.score ? scoreBadge(p.score) : null),
      h('p', {}, pastLine(p, false)),
      reasonsList(p.reasons, 'Why it fitted'),
      scoreParts(p.components)));
  }
  if (p.yourFeedback && (p.yourFeedback.feedback || p.yourFeedback.rating)) {
    nodes.push(h('div', { class: 'card' }, h('h2', {}, 'What you said when it ended'),
      p.yourFeedback.rating ? h('p', {}, `Your rating: ${p.yourFeedback.rating} of 5`) : null,
      p.yourFeedback.feedback ? h('p', {}, p.yourFeedback.feedback) : null,
      h('p', { class: 'muted' }, 'Only you and matching see this.')));
  }
  nodes.push(h('p', {}, link('/pairings', asMentor ? 'All your mentees and proposals' : 'Your mentorship')));
  return { nodes, waiting: false };
}

/** Proposals awaiting an answer are "proposal-<id>"; every other pairing is "pairing-<id>". */
function testid(p) {
  return `${p.state === 'PROPOSED' ? 'proposal' : 'pairing'}-${p.id}`;
}

function linkButton(href, text) {
  const anchor = link(href, text);
  anchor.classList.add('button');
  return anchor;
}
