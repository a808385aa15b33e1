// Peer forums: the list (with invitations from recommendations), one forum (rules, threads, starting a thread) and one
// thread (posts, replying, reporting, and the moderators' tools on each post). API: services/forums.
// The pieces moderators use here are exported for the moderation screens too (moderation.js).
import { announce, dateText, field, form, h, html, input, link, select, textarea, time } from '../dom.js';
import { ApiError, del, get, post, put } from '../api.js';
import { currentPerson, hasRole } from '../session.js';

// ---------------------------------------------------------------------------------------------------------------------
// Shared pieces

/** What the API's report reasons (ReportReason) mean, in the reporter's words. */
export const REPORT_REASONS = [
  ['SPAM', 'Spam or advertising'],
  ['HARASSMENT', 'Harassment, insults or threats'],
  ['MISINFORMATION', 'Misleading claims, such as a "guaranteed match" or paid observerships'],
  ['SELF_HARM', 'I am worried about this person\'s safety'],
  ['OTHER', 'Something else'],
];

/** A mute lasts PT1H to P30D (ISO-8601), by the API's rule. */
export const MUTE_DURATIONS = [['PT1H', '1 hour'], ['PT12H', '12 hours'], ['P1D', '1 day'], ['P3D', '3 days'],
  ['P7D', '7 days'], ['P30D', '30 days']];

/** A ban or suspension lasts until lifted, or until an instant in the future (worked out when the form is sent). */
const UNTIL_CHOICES = [['', 'Until a moderator lifts it'], ['7', '7 days'], ['30', '30 days'], ['90', '90 days'], ['365', '1 year']];
const untilInstant = (days) => (days ? new Date(Date.now() + Number(days) * 86400000).toISOString() : null);

/**
 * The API's problem in words a person can act on: a mute, ban or suspension with the moderator's reason and its end,
 * slow mode with when to try again; never a server's internals. Keeps the field errors, so forms still place them.
 */
export function explain(error) {
  if (!(error instanceof ApiError)) return error;
  const problem = error.problem ?? {};
  const why = problem.moderatorReason ? ` The moderator's reason: "${problem.moderatorReason}"` : '';
  const until = problem.until ? `until ${dateText(problem.until)}` : 'until a moderator lifts it';
  let message = error.message;
  switch (problem.reason) {
    case 'MUTED':
      message = `You are muted in this forum ${until}: you can read, but not post, reply or edit.${why}`;
      break;
    case 'BANNED':
      message = `You are banned from this forum ${until}: you cannot join it or write in it.${why}`;
      break;
    case 'SUSPENDED':
      message = `Your account is suspended from all forums ${until}.${why}`;
      break;
    case 'SLOW_MODE':
      message = `This forum is in slow mode. You can post again ${problem.retryAt ? `at ${new Date(problem.retryAt).toLocaleTimeString()}` : 'in a minute'}.`;
      break;
    default:
      if (error.status >= 500) message = 'Something went wrong on our side. Please try again in a moment.';
      // "No post with id 3f2c… in this thread": people get the sense, not the id
      else message = message.replace(/\s*(with id\s+)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '');
  }
  const explained = new ApiError(error.status, { ...problem, detail: message, title: message });
  explained.fields = error.fields;
  return explained;
}

/** A button that does one thing: disabled while working, then announces the outcome (or shows why it could not). */
export function actionButton(label, run, { className, confirmText } = {}) {
  const status = h('span', { class: 'error', role: 'alert' });
  const button = h('button', { type: 'button', class: className }, label);
  button.addEventListener('click', async () => {
    if (confirmText && !window.confirm(confirmText)) return;
    status.textContent = '';
    button.disabled = true;
    try {
      await run();
    } catch (failure) {
      status.textContent = explain(failure).message;
    } finally {
      button.disabled = false;
    }
  });
  return h('span', { class: 'action' }, button, ' ', status);
}

/**
 * A disclosure ("Hide post") holding a small form with the moderator's reason (required by the API: the member and the
 * audit log are told it) and any other fields; the form's button says what it does.
 */
export function reasonForm({ summary, submitLabel, reasonLabel: label = 'Reason', hint = 'The member is told this reason, and the audit log keeps it.', fields = [], danger = false, onSubmit }) {
  return h('details', { class: 'moderation-action' },
    h('summary', { class: 'link-button' }, summary),
    form({ 'aria-label': summary }, [
      ...fields,
      field(label, textarea('reason', '', { maxlength: 500, rows: 2, required: true }), hint),
      h('div', {}, h('button', { type: 'submit', class: danger ? 'danger' : undefined }, submitLabel)),
    ], async (values, element) => {
      try {
        await onSubmit(values, element);
      } catch (failure) {
        throw explain(failure);
      }
    }));
}

/** Mute and ban (and, for an admin, suspend) a person, as the moderation API offers; `done(message)` after each. */
export function sanctionForms({ forumId, accountId, name, done }) {
  const who = name || 'this member';
  const forms = [
    reasonForm({
      summary: `Mute ${who}`,
      submitLabel: `Confirm: mute ${who}`,
      fields: [field('For how long', select('duration', MUTE_DURATIONS, 'P1D'),
        'A mute always ends by itself. Until then they can read but not post, reply or edit here.')],
      onSubmit: async (values) => {
        const entry = await post(`/api/moderation/forums/${enc(forumId)}/members/${enc(accountId)}/mute`, values);
        await done(`${who} is muted${entry?.until ? ` until ${dateText(entry.until)}` : ''}.`);
      },
    }),
    reasonForm({
      summary: `Ban ${who}`,
      submitLabel: `Confirm: ban ${who} from this forum`,
      danger: true,
      fields: [field('For how long', select('until', UNTIL_CHOICES, ''),
        'A ban ends their membership; they cannot rejoin or write here until it ends.')],
      onSubmit: async (values) => {
        await post(`/api/moderation/forums/${enc(forumId)}/members/${enc(accountId)}/ban`, { ...values, until: untilInstant(values.until) });
        await done(`${who} is banned from this forum.`);
      },
    }),
  ];
  if (hasRole('ADMIN')) {
    forms.push(reasonForm({
      summary: `Suspend ${who} from all forums`,
      submitLabel: `Confirm: suspend ${who} from all forums`,
      danger: true,
      fields: [field('For how long', select('until', UNTIL_CHOICES, ''))],
      onSubmit: async (values) => {
        await post(`/api/moderation/accounts/${enc(accountId)}/suspend`, { ...values, until: untilInstant(values.until) });
        await done(`${who} is suspended from all forums.`);
      },
    }));
  }
  return forms;
}

/**
 * A moderator's actions on one post, by its state as the API returns it: hide or restore, delete, and approve or
 * reject a post held for approval. `postState`: {hidden, deleted, held}.
 */
export function postModerationForms({ forumId, postId, postState, done }) {
  if (postState.deleted) return [];
  const base = `/api/moderation/forums/${enc(forumId)}/posts/${enc(postId)}`;
  const act = (path, message) => async (values) => {
    await post(`${base}/${path}`, values);
    await done(message);
  };
  const forms = [];
  if (postState.held) {
    forms.push(reasonForm({ summary: 'Approve post', submitLabel: 'Approve: everyone sees it', hint: 'The audit log keeps this reason.',
      onSubmit: act('approve', 'The post is approved and everyone sees it.') }));
    forms.push(reasonForm({ summary: 'Reject post', submitLabel: 'Reject: delete it unseen', danger: true,
      onSubmit: act('reject', 'The post is rejected; nobody else will see it.') }));
  }
  if (postState.hidden) {
    forms.push(reasonForm({ summary: 'Restore post', submitLabel: 'Restore: show it again',
      onSubmit: act('restore', 'The post is shown again.') }));
  } else if (!postState.held) {
    forms.push(reasonForm({ summary: 'Hide post', submitLabel: 'Hide this post', hint: 'Readers see that it is hidden, not its words. '
      + 'The member is told this reason, and the audit log keeps it.', onSubmit: act('hide', 'The post is hidden.') }));
  }
  forms.push(reasonForm({ summary: 'Delete post', submitLabel: 'Delete this post for good', danger: true,
    hint: 'Its words are removed for good; its place shows "Removed by a moderator".', onSubmit: act('delete', 'The post is deleted.') }));
  return forms;
}

export const enc = encodeURIComponent;

/** Appends children to an element, leaving out null, false and undefined (which append() would write as text). */
export function add(parent, ...children) {
  parent.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false && child !== ''));
  return parent;
}

export function stateBadge(state) {
  if (state === 'LOCKED') return h('span', { class: 'state warn' }, 'Locked');
  if (state === 'ARCHIVED') return h('span', { class: 'state' }, 'Archived');
  return null;
}

export function tagList(tags, shared = []) {
  if (!tags?.length) return null;
  return h('p', { class: 'tags' }, h('span', { class: 'visually-hidden' }, 'Tags: '),
    tags.map((tag) => [h('span', { class: 'tag' }, tag,
      shared.includes(tag) ? h('span', { class: 'visually-hidden' }, ' (shared with your path)') : null), ' ']));
}

const members = (count) => `${count} member${count === 1 ? '' : 's'}`;

/** True if the signed-in person moderates the forum, by the API's rule: any ADMIN, or a MODERATOR listed on it. */
export function moderates(forum) {
  const me = currentPerson();
  return hasRole('ADMIN') || (hasRole('MODERATOR') && (forum.moderators ?? []).includes(me?.id));
}

/** Mentees and mentors join forums; moderators and admins take part in those they moderate without joining. */
const canJoin = () => hasRole('MENTEE') || hasRole('MENTOR');

async function isMember(forumId) {
  try {
    await get(`/api/forums/${enc(forumId)}/members/me`);
    return true;
  } catch (failure) {
    if (failure.status === 404) return false;
    throw failure;
  }
}

function stateNotice(forum) {
  if (forum.state === 'LOCKED') {
    return h('p', { class: 'notice' }, 'This forum is locked: you can read it, but nobody can post until a moderator reopens it.');
  }
  if (forum.state === 'ARCHIVED') {
    return h('p', { class: 'notice' }, 'This forum is archived: you can read it, but nobody can post in it.');
  }
  return null;
}

/** "Newer / Page 2 of 5 / Older" links, or nothing when everything fits on one page. */
export function pager(pageView, hrefFor, [before, after] = ['Previous page', 'Next page']) {
  if (!pageView || pageView.totalPages <= 1) return null;
  const { page, totalPages } = pageView;
  return h('nav', { class: 'row pager', 'aria-label': 'Pages' },
    page > 0 ? link(hrefFor(page - 1), before) : null,
    h('span', { class: 'muted' }, `Page ${page + 1} of ${totalPages}`),
    page + 1 < totalPages ? link(hrefFor(page + 1), after) : null);
}

export function pageNumber(query) {
  const page = Number.parseInt(query.get('page') ?? '0', 10);
  return Number.isFinite(page) && page >= 0 ? page : 0;
}

/** Shown instead of a screen whose data could not be loaded. */
export function loadFailed(main, failure, retry) {
  add(main, h('p', { class: 'notice bad', role: 'alert' }, explain(failure).message),
    h('p', {}, h('button', { type: 'button', onclick: retry }, 'Try again')));
}

// ---------------------------------------------------------------------------------------------------------------------
// /forums

export async function forums(main, { query, navigate }) {
  add(main, h('h1', {}, 'Forums'),
    h('p', { class: 'lead' }, canJoin() ? 'Peer forums for people on the same path. Read any of them; join one to post and reply.'
      : 'Peer forums for people on the same path. You take part in the forums you moderate without joining them.'));
  const body = h('div');
  add(main, body);

  async function draw() {
    let all;
    let invitations = [];
    let mine = new Set();
    try {
      [all, invitations] = await Promise.all([get('/api/forums'),
        canJoin() ? get('/api/forums/invitations').catch(() => []) : Promise.resolve([])]);
      if (canJoin()) {
        const flags = await Promise.all(all.map((forum) => isMember(forum.forumId).catch(() => false)));
        mine = new Set(all.filter((forum, i) => flags[i]).map((forum) => forum.forumId));
      }
    } catch (failure) {
      body.replaceChildren();
      loadFailed(body, failure, draw);
      return;
    }
    const refresh = async (message) => {
      announce(message);
      // keep the keyboard where it was: on the same forum's (new) button, or else the heading
      const testid = document.activeElement?.closest('[data-testid]')?.dataset.testid;
      await draw();
      const again = testid && body.querySelector(`[data-testid="${CSS.escape(testid)}"] button`);
      (again || main.querySelector('h1'))?.focus();
    };
    body.replaceChildren();
    add(body,
      invitations.length ? invitationSection(invitations, refresh) : null,
      yourForums(all, mine),
      allForums(all, mine, query, navigate, refresh));
  }
  await draw();
}

function invitationSection(invitations, refresh) {
  return h('section', { 'aria-labelledby': 'invitations-heading' },
    h('h2', { id: 'invitations-heading' }, 'Invitations for you'),
    h('p', { class: 'muted' }, 'These forums share your path. Join the ones that feel right; you can leave at any time.'),
    h('ul', { class: 'list' }, invitations.map((invitation) => h('li', { 'data-testid': `invitation-${invitation.forumId}` },
      h('h3', {}, link(`/forums/${enc(invitation.forumId)}`, invitation.forumName)),
      invitation.description ? h('p', {}, invitation.description) : null,
      tagList(invitation.tags, invitation.sharedTags),
      h('p', { class: 'muted' }, invitation.sharedTags?.length ? `You share ${invitation.sharedTags.join(', ')}. ` : '',
        `${members(invitation.memberCount)}. Invited `, time(invitation.invitedAt), '.'),
      h('div', { class: 'row' },
        actionButton(`Join ${invitation.forumName}`, async () => {
          await post(`/api/forums/invitations/${enc(invitation.forumId)}/accept`);
          await refresh(`You joined ${invitation.forumName}.`);
        }),
        actionButton(`Decline ${invitation.forumName}`, async () => {
          await del(`/api/forums/invitations/${enc(invitation.forumId)}`);
          await refresh(`Invitation to ${invitation.forumName} declined.`);
        }, { className: 'secondary' }))))));
}

function yourForums(all, mine) {
  const section = h('section', { 'aria-labelledby': 'yours-heading' });
  if (hasRole('ADMIN')) {
    add(section, h('h2', { id: 'yours-heading' }, 'Your forums'),
      h('p', {}, 'As an admin you moderate every forum. ', link('/moderation/forums', 'Manage forums'), ' or ',
        link('/moderation/queue', 'see the reports'), '.'));
    return section;
  }
  const list = hasRole('MODERATOR') ? all.filter(moderates) : all.filter((forum) => mine.has(forum.forumId));
  add(section, h('h2', { id: 'yours-heading' }, hasRole('MODERATOR') && !canJoin() ? 'Forums you moderate' : 'Your forums'));
  if (!list.length) {
    add(section, h('p', { class: 'muted' }, canJoin()
      ? 'You have not joined a forum yet. Pick one below that fits your path: people there are where you are.'
      : 'You do not moderate a forum yet. Create one under Manage forums, or ask an admin to appoint you.'));
    return section;
  }
  add(section, h('ul', { class: 'list' }, list.map((forum) => h('li', { 'data-testid': `my-forum-${forum.forumId}` },
    h('div', { class: 'row' }, link(`/forums/${enc(forum.forumId)}`, forum.name), stateBadge(forum.state),
      h('span', { class: 'muted' }, members(forum.memberCount)))))));
  return section;
}

function allForums(all, mine, query, navigate, refresh) {
  const visible = all.filter((forum) => forum.state !== 'ARCHIVED' || mine.has(forum.forumId) || moderates(forum));
  const tags = [...new Set(visible.flatMap((forum) => forum.tags))].sort();
  const chosen = query.get('tag') ?? '';
  const shown = chosen ? visible.filter((forum) => forum.tags.includes(chosen)) : visible;
  const filter = select('tag', [['', 'All paths'], ...tags.map((tag) => [tag, tag])], chosen);
  filter.addEventListener('change', () => navigate(filter.value ? `/forums?tag=${enc(filter.value)}` : '/forums'));
  return h('section', { 'aria-labelledby': 'all-heading' },
    h('h2', { id: 'all-heading' }, 'All forums'),
    tags.length > 1 ? field('Show forums for', filter, 'Tags name a specialty, country, visa, application cycle or goal.') : null,
    shown.length ? h('ul', { class: 'list' }, shown.map((forum) => forumItem(forum, mine.has(forum.forumId), refresh)))
      : h('p', { class: 'muted' }, chosen ? 'No forum carries this tag yet. Choose "All paths" to see every forum.'
        : 'There are no forums yet. The moderators are setting them up; please look again soon.'));
}

function forumItem(forum, member, refresh) {
  return h('li', { 'data-testid': `forum-${forum.forumId}` },
    h('div', { class: 'row' }, h('h3', { class: 'grow flush' }, link(`/forums/${enc(forum.forumId)}`, forum.name)),
      stateBadge(forum.state), member ? h('span', { class: 'state good' }, 'Member') : null,
      moderates(forum) && !hasRole('ADMIN') ? h('span', { class: 'state good' }, 'You moderate it') : null),
    forum.description ? h('p', {}, forum.description) : null,
    tagList(forum.tags),
    h('div', { class: 'row' }, h('span', { class: 'muted grow' }, members(forum.memberCount)), joinLeave(forum, member, refresh)));
}

/** Join or leave (mentees and mentors only); an archived forum cannot be joined, but always left. */
function joinLeave(forum, member, refresh) {
  if (!canJoin()) return null;
  if (member) {
    return actionButton(`Leave ${forum.name}`, async () => {
      await del(`/api/forums/${enc(forum.forumId)}/members/me`);
      await refresh(`You left ${forum.name}.`);
    }, { className: 'secondary' });
  }
  if (forum.state === 'ARCHIVED') return null;
  return actionButton(`Join ${forum.name}`, async () => {
    await post(`/api/forums/${enc(forum.forumId)}/members/me`);
    await refresh(`You joined ${forum.name}.`);
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// /forums/:forumId

export async function forum(main, { params, query, navigate }) {
  const forumId = params.forumId;
  const page = pageNumber(query);
  let data;
  try {
    data = await Promise.all([get(`/api/forums/${enc(forumId)}`),
      get(`/api/forums/${enc(forumId)}/threads?page=${page}&size=20`),
      canJoin() ? isMember(forumId) : Promise.resolve(false)]);
  } catch (failure) {
    if (failure.status === 404) {
      add(main, h('h1', {}, 'Forum not found'), h('p', {}, 'This forum does not exist (any more). ', link('/forums', 'See all forums.')));
      return;
    }
    add(main, h('h1', {}, 'Forum'));
    loadFailed(main, failure, () => navigate(location.pathname + location.search, { replace: true }));
    return;
  }
  const [theForum, threads, member] = data;
  const moderator = moderates(theForum);
  const redraw = async (message) => {
    announce(message);
    navigate(location.pathname + location.search, { replace: true });
  };
  document.title = `${theForum.name} - Rematch`;
  add(main, 
    h('p', {}, link('/forums', '← All forums')),
    h('h1', {}, theForum.name),
    h('div', { class: 'row' }, stateBadge(theForum.state), member ? h('span', { class: 'state good' }, 'Member') : null,
      h('span', { class: 'muted' }, members(theForum.memberCount))),
    theForum.description ? h('p', { class: 'lead' }, theForum.description) : null,
    tagList(theForum.tags),
    stateNotice(theForum),
    moderator ? h('p', { class: 'notice' }, 'You moderate this forum. ',
      link(`/moderation/queue?forumId=${enc(forumId)}`, 'See its reports'), ' · ', link('/moderation/forums', 'Manage forums')) : null,
    canJoin() ? h('div', { class: 'row' }, joinLeave(theForum, member, redraw)) : null,
    h('section', { class: 'card', 'aria-labelledby': 'rules-heading' },
      h('h2', { id: 'rules-heading', class: 'flush-top' }, 'Rules'),
      theForum.rulesHtml ? h('div', { class: 'prose' }, html(theForum.rulesHtml))
        : h('p', { class: 'muted' }, 'The moderators have not written rules for this forum yet.')));

  add(main, h('h2', {}, 'Threads'));
  if (!threads.items.length) {
    add(main, h('p', { class: 'muted' }, page > 0 ? 'There are no more threads. ' : 'No threads yet. ',
      page > 0 ? link(`/forums/${enc(forumId)}`, 'Back to the newest threads.')
        : theForum.state === 'OPEN' && (member || moderator) ? 'Start the first one below.' : ''));
  } else {
    add(main, h('ul', { class: 'list' }, threads.items.map((thread) => h('li', { 'data-testid': `thread-${thread.threadId}` },
      h('div', { class: 'row' }, h('strong', { class: 'grow' }, link(`/forums/${enc(forumId)}/threads/${enc(thread.threadId)}`, thread.title)),
        thread.locked ? h('span', { class: 'state warn' }, 'Locked') : null,
        thread.held ? h('span', { class: 'state warn' }, 'Waiting for approval') : null),
      h('p', { class: 'muted flush' }, `Started by ${thread.authorName ?? 'someone'} · ${thread.postCount} `
        + `post${thread.postCount === 1 ? '' : 's'} · last activity `, time(thread.lastActivityAt))))));
    add(main, pager(threads, (p) => `/forums/${enc(forumId)}?page=${p}`, ['Newer threads', 'Older threads']));
  }

  add(main, h('h2', {}, 'Start a thread'));
  if (theForum.state !== 'OPEN') {
    add(main, h('p', { class: 'muted' }, theForum.state === 'LOCKED' ? 'New threads can be started once a moderator reopens the forum.'
      : 'This forum is archived; new threads cannot be started.'));
  } else if (!member && !moderator) {
    add(main, h('p', { class: 'muted' }, canJoin() ? 'Join this forum to start a thread or reply.'
      : 'Only the forum\'s members and moderators post here.'));
  } else {
    add(main, form({ class: 'card', 'aria-label': 'Start a thread' }, [
      field('Title', input('title', { maxlength: 200, minlength: 3, required: true }), '3 to 200 characters, one line.'),
      field('Your post', textarea('body', '', { maxlength: 20000, rows: 6, required: true }),
        'Markdown works: **bold**, lists, links. Be kind: everyone here is on a hard road.'),
      h('div', {}, h('button', { type: 'submit' }, 'Start thread')),
    ], async (values) => {
      let thread;
      try {
        thread = await post(`/api/forums/${enc(forumId)}/threads`, { title: values.title ?? '', body: values.body ?? '' });
      } catch (failure) {
        throw explain(failure);
      }
      announce(thread.held ? 'Your thread waits for a moderator\'s approval; only you and the moderators see it for now.'
        : 'Your thread is started.');
      navigate(`/forums/${enc(forumId)}/threads/${enc(thread.threadId)}`);
    }));
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// /forums/:forumId/threads/:threadId

export async function thread(main, { params, query, navigate }) {
  const { forumId, threadId } = params;
  const page = pageNumber(query);
  const base = `/api/forums/${enc(forumId)}/threads/${enc(threadId)}`;
  let data;
  try {
    data = await Promise.all([get(`/api/forums/${enc(forumId)}`), get(base), get(`${base}/posts?page=${page}&size=20`),
      canJoin() ? isMember(forumId) : Promise.resolve(false)]);
  } catch (failure) {
    if (failure.status === 404) {
      add(main, h('h1', {}, 'Thread not found'), h('p', {}, 'This thread does not exist (any more), or is waiting for approval. ',
        link(`/forums/${enc(forumId)}`, 'Back to the forum.')));
      return;
    }
    add(main, h('h1', {}, 'Thread'));
    loadFailed(main, failure, () => navigate(location.pathname + location.search, { replace: true }));
    return;
  }
  const [theForum, theThread, posts, member] = data;
  const moderator = moderates(theForum);
  const me = currentPerson();
  const here = () => location.pathname + location.search;
  const redraw = async (message) => {
    announce(message);
    navigate(here(), { replace: true });
  };
  const mayWrite = theForum.state === 'OPEN' && (member || moderator);
  const mayReport = member || moderator;
  document.title = `${theThread.title} - Rematch`;

  add(main, 
    h('p', {}, link(`/forums/${enc(forumId)}`, `← ${theForum.name}`)),
    h('h1', {}, theThread.title),
    h('p', { class: 'muted' }, `Started by ${theThread.authorName ?? 'someone'} · `, time(theThread.createdAt)),
    stateNotice(theForum),
    theThread.locked ? h('p', { class: 'notice' }, 'A moderator locked this thread: you can read it, but it takes no replies or edits.') : null,
    theThread.held ? h('p', { class: 'notice' }, 'This thread waits for a moderator\'s approval: only its author and the moderators see it for now.') : null);

  if (moderator) {
    add(main, h('div', { class: 'moderation' }, reasonForm({
      summary: theThread.locked ? 'Unlock thread' : 'Lock thread',
      submitLabel: theThread.locked ? 'Unlock this thread' : 'Lock this thread',
      hint: theThread.locked ? 'Replies and edits are possible again.' : 'Readable, but no replies or edits until unlocked. The audit log keeps this reason.',
      onSubmit: async (values) => {
        await post(`/api/moderation/forums/${enc(forumId)}/threads/${enc(threadId)}/${theThread.locked ? 'unlock' : 'lock'}`, values);
        await redraw(theThread.locked ? 'The thread is unlocked.' : 'The thread is locked.');
      },
    })));
  }

  add(main, h('h2', { class: 'visually-hidden' }, 'Posts'),
    posts.items.length ? h('ol', { class: 'list' }, posts.items.map((item) => postItem(item, {
      forum: theForum, me, moderator, mayWrite: mayWrite && !theThread.locked, mayReport, redraw,
    }))) : h('p', { class: 'muted' }, page > 0 ? 'There are no more posts on this page.' : 'No posts to show.'),
    pager(posts, (p) => `/forums/${enc(forumId)}/threads/${enc(threadId)}?page=${p}`, ['Earlier posts', 'Later posts']));

  add(main, h('h2', {}, 'Reply'));
  if (theForum.state !== 'OPEN') {
    add(main, h('p', { class: 'muted' }, theForum.state === 'LOCKED' ? 'Replies are possible again once a moderator reopens the forum.'
      : 'This forum is archived; it takes no replies.'));
  } else if (theThread.locked) {
    add(main, h('p', { class: 'muted' }, 'This thread is locked and takes no replies.'));
  } else if (!mayWrite) {
    add(main, h('p', { class: 'muted' }, canJoin() ? 'Join this forum to reply. ' : 'Only the forum\'s members and moderators reply here. ',
      canJoin() ? joinLeave(theForum, false, redraw) : null));
  } else {
    add(main, form({ class: 'card', 'aria-label': 'Reply' }, [
      field('Your reply', textarea('body', '', { maxlength: 20000, rows: 5, required: true }), 'Markdown works: **bold**, lists, links.'),
      h('div', {}, h('button', { type: 'submit' }, 'Post reply')),
    ], async (values) => {
      let reply;
      try {
        reply = await post(`${base}/posts`, { body: values.body ?? '' });
      } catch (failure) {
        throw explain(failure);
      }
      announce(reply.held ? 'Your reply waits for a moderator\'s approval; only you and the moderators see it for now.'
        : 'Your reply is posted.');
      // the reply is the newest post: show the last page
      const after = await get(`${base}/posts?page=0&size=20`).catch(() => null);
      const last = after ? Math.max(0, after.totalPages - 1) : page;
      navigate(`/forums/${enc(forumId)}/threads/${enc(threadId)}${last ? `?page=${last}` : ''}`, { replace: last === page });
    }));
  }
}

/** One post, shown exactly as the API returns it (hidden ones without words, unless it gave them), with its actions. */
function postItem(item, { forum: theForum, me, moderator, mayWrite, mayReport, redraw }) {
  const own = item.authorId && item.authorId === me?.id;
  const postPath = `/api/forums/${enc(item.forumId)}/threads/${enc(item.threadId)}/posts/${enc(item.postId)}`;
  const content = [];
  if (item.deleted) {
    content.push(h('p', { class: 'muted' }, item.notice ?? 'This post was deleted.'));
  } else {
    if (item.notice) content.push(h('p', { class: `notice${item.hidden ? ' bad' : ''}` }, item.notice));
    if (item.html != null) content.push(h('div', { class: 'prose' }, html(item.html)));
    else if (item.hidden && !item.notice) content.push(h('p', { class: 'muted' }, 'This post is hidden.'));
  }
  const actions = [];
  if (own && !item.deleted) {
    if (mayWrite) {
      actions.push(h('details', { class: 'post-action' }, h('summary', { class: 'link-button' }, 'Edit'),
        form({ 'aria-label': 'Edit your post' }, [
          field('Your post', textarea('body', item.body ?? '', { maxlength: 20000, rows: 5, required: true })),
          h('div', {}, h('button', { type: 'submit' }, 'Save changes')),
        ], async (values) => {
          try {
            await put(postPath, { body: values.body ?? '' });
          } catch (failure) {
            throw explain(failure);
          }
          await redraw('Your post is changed.');
        })));
    }
    actions.push(actionButton('Delete your post', async () => {
      await del(postPath);
      await redraw('Your post is deleted.');
    }, { className: 'secondary', confirmText: 'Delete your post? Its words go for good; its place in the thread stays.' }));
  }
  if (!own && !item.deleted && mayReport && !moderator) {
    actions.push(reportForm({ summary: 'Report post', what: 'this post', path: `${postPath}/reports` }));
    if (item.authorId && !(theForum.moderators ?? []).includes(item.authorId)) {
      actions.push(reportForm({ summary: `Report ${item.authorName ?? 'this member'}`, what: item.authorName ?? 'this member',
        path: `/api/forums/${enc(item.forumId)}/members/${enc(item.authorId)}/reports` }));
    }
  }
  if (moderator && !item.deleted) {
    actions.push(...postModerationForms({ forumId: item.forumId, postId: item.postId, postState: item, done: redraw }));
    if (item.authorId && !own && !(theForum.moderators ?? []).includes(item.authorId)) {
      actions.push(...sanctionForms({ forumId: item.forumId, accountId: item.authorId, name: item.authorName, done: redraw }));
    }
  }
  return h('li', { 'data-testid': `post-${item.postId}`, id: `post-${item.postId}` },
    h('article', { 'aria-label': `Post by ${item.authorName ?? 'someone'}` },
      h('p', { class: 'muted flush-tight' }, h('strong', {}, item.authorName ?? 'someone'), ' · ', time(item.createdAt),
        item.editedAt && !item.deleted ? ' · edited' : ''),
      content,
      actions.length ? h('div', { class: 'post-actions' }, actions) : null));
}

/** Report a post or a member: the reason (the API's ReportReason), a short note, and what happens next. */
function reportForm({ summary, what, path }) {
  const details = h('details', { class: 'post-action' }, h('summary', { class: 'link-button' }, summary));
  const choices = REPORT_REASONS.map(([value, label]) => {
    const id = `r${Math.random().toString(36).slice(2, 9)}`;
    return h('div', { class: 'choice' }, h('input', { type: 'radio', name: 'reason', value, id, required: true }),
      h('label', { for: id }, label));
  });
  const reasonHolder = h('div', { class: 'field', 'data-field': 'reason' },
    h('fieldset', {}, h('legend', {}, `Why are you reporting ${what}?`), choices,
      h('p', { class: 'hint flush' }, 'If you are worried about someone\'s safety, moderators see your report first. '
        + 'If anyone is in immediate danger, call your local emergency number now.')),
    h('span', { class: 'error' }));
  const theForm = form({ 'aria-label': summary }, [
    reasonHolder,
    field('A short note for the moderators (optional)', textarea('note', '', { maxlength: 500, rows: 2 }),
      'At most 500 characters. The person you report is not told who reported them.'),
    h('div', {}, h('button', { type: 'submit' }, 'Send report')),
  ], async (values) => {
    if (!values.reason) {
      throw new ApiError(400, { title: 'Please choose a reason.', errors: [{ field: 'reason', message: 'Please choose why you are reporting.' }] });
    }
    let receipt;
    try {
      receipt = await post(path, { reason: values.reason, note: values.note });
    } catch (failure) {
      throw explain(failure);
    }
    theForm.replaceWith(receiptView(receipt));
    announce(receipt.crisisMessage ?? receipt.message ?? 'Thank you: your report is sent.');
  });
  details.append(theForm);
  return details;
}

function receiptView(receipt) {
  return h('div', { role: 'status' },
    h('p', { class: 'notice good' }, receipt.message ?? 'Thank you: the moderators will review your report.'),
    receipt.crisisMessage ? h('div', { class: 'notice' },
      h('p', {}, receipt.crisisMessage),
      receipt.crisisResources?.length ? h('ul', {}, receipt.crisisResources.map((resource) => h('li', {},
        h('strong', {}, resource.name), ': ',
        /^https:\/\//.test(resource.contact) ? h('a', { href: resource.contact, rel: 'noopener', target: '_blank' }, resource.contact)
          : resource.contact,
        resource.where ? ` (${resource.where})` : ''))) : null) : null);
}
