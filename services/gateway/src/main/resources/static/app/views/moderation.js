// The moderators' screens: the report queue, managing forums, and the audit log. API: services/forums
// (/api/moderation, /api/forums); moderator names for admins from services/profiles (GET /api/accounts/moderators).
import { announce, field, form, h, html, input, link, select, textarea, time } from '../dom.js';
import { get, post, put } from '../api.js';
import { currentPerson, hasRole } from '../session.js';
import {
  actionButton, add, enc, explain, loadFailed, moderates, pageNumber, pager, postModerationForms, reasonForm,
  sanctionForms, stateBadge, tagList,
} from './forums.js';

/** The forums whose queue and log the signed-in person sees: all for an admin, the ones they moderate otherwise. */
async function myForums() {
  const all = await get('/api/forums');
  return all.filter(moderates);
}

/** Admins may list moderator accounts (names for ids); for anyone else, only "you" is known. */
async function moderatorNames() {
  const names = new Map();
  const me = currentPerson();
  if (me) names.set(me.id, 'You');
  if (hasRole('ADMIN')) {
    try {
      (await get('/api/accounts/moderators')).forEach((account) => {
        if (account.accountId !== me?.id) names.set(account.accountId, account.displayName);
      });
    } catch {
      // names are a nicety: the screen still works without them
    }
  }
  return names;
}

function forumFilter(forums, chosen, onChange, allLabel) {
  const control = select('forumId', [['', allLabel], ...forums.map((forum) => [forum.forumId, forum.name])], chosen);
  control.addEventListener('change', () => onChange(control.value));
  return field('Forum', control);
}

const reload = (navigate) => navigate(location.pathname + location.search, { replace: true });

// ---------------------------------------------------------------------------------------------------------------------
// /moderation/queue

/** The report reasons as moderators read them (reporters see them in their own words, forums.js). */
const REASONS = {
  SPAM: 'Spam',
  HARASSMENT: 'Harassment',
  MISINFORMATION: 'Misinformation',
  SELF_HARM: 'Self-harm risk',
  OTHER: 'Other',
};

const KIND = {
  POST: 'Reported post',
  MEMBER: 'Reported member',
  AWAITING_APPROVAL: 'Post waiting for approval',
};

export async function queue(main, { query, navigate }) {
  add(main, h('h1', {}, 'Report queue'),
    h('p', { class: 'lead' }, 'Urgent reports (someone may be at risk) come first, then the longest waiting.'));
  const forumId = query.get('forumId') ?? '';
  const page = pageNumber(query);
  let forums;
  let items;
  try {
    [forums, items] = await Promise.all([myForums(),
      get(`/api/moderation/queue?page=${page}&size=20${forumId ? `&forumId=${enc(forumId)}` : ''}`)]);
  } catch (failure) {
    loadFailed(main, failure, () => reload(navigate));
    return;
  }
  const href = pageAddress('/moderation/queue', forumId);
  addForumFilter(main, forums, forumId, (id) => navigate(href(0, id)));
  const done = async (message) => {
    announce(message);
    reload(navigate);
  };
  add(main, h('p', { class: 'muted' }, `${items.total} item${items.total === 1 ? '' : 's'} waiting.`));
  if (!items.items.length) {
    add(main, h('p', { class: 'notice good' }, page > 0 ? 'Nothing more on this page. ' : 'Nothing waits for you. ',
      page > 0 ? link(href(0), 'Back to the first page.')
        : 'New reports appear here; urgent ones go to the top and you get a notice in your inbox.'));
    return;
  }
  const moderatorsOf = new Map(forums.map((theForum) => [theForum.forumId, theForum.moderators ?? []]));
  add(main, h('ul', { class: 'list' }, items.items.map((item) => queueItem(item, moderatorsOf.get(item.forumId) ?? [], done))),
    pager(items, (p) => href(p)));
}

function queueItem(item, forumModerators, done) {
  const isPost = item.targetKind === 'POST';
  const kind = item.kind === 'AWAITING_APPROVAL' ? KIND.AWAITING_APPROVAL : KIND[item.targetKind];
  const testid = item.reportIds?.length ? `report-${item.reportIds[0]}` : `held-${item.targetId}`;
  const snapshot = item.post;
  const authorId = isPost ? snapshot?.authorId : item.targetId;
  const authorName = isPost ? snapshot?.authorName : item.memberName;
  const threadHref = item.threadId ? `/forums/${enc(item.forumId)}/threads/${enc(item.threadId)}` : null;

  const context = [];
  context.push(h('p', { class: 'muted flush' }, 'In ', link(`/forums/${enc(item.forumId)}`, item.forumName ?? 'a forum'),
    isPost && item.threadTitle ? [', thread ', threadHref ? link(threadHref, item.threadTitle) : item.threadTitle] : null,
    isPost && authorName ? [' · written by ', h('strong', {}, authorName)] : null,
    !isPost ? [' · member ', h('strong', {}, authorName ?? 'a former member')] : null));
  if (isPost && snapshot) {
    const states = [snapshot.deleted ? h('span', { class: 'state' }, 'Deleted') : null,
      snapshot.hidden ? h('span', { class: 'state bad' }, snapshot.hiddenBy === 'REPORTS' ? 'Hidden by reports' : 'Hidden') : null,
      snapshot.held ? h('span', { class: 'state warn' }, 'Waiting for approval') : null].filter(Boolean);
    context.push(h('blockquote', { class: 'card quote' },
      states.length ? h('p', { class: 'row' }, states) : null,
      snapshot.html ? h('div', { class: 'prose' }, html(snapshot.html))
        : h('p', { class: 'muted' }, snapshot.deleted ? 'The post\'s words were removed.' : 'The post has no words to show.')));
  } else if (isPost) {
    context.push(h('p', { class: 'muted' }, 'The post no longer exists.'));
  }
  if (item.kind === 'REPORTED') {
    context.push(h('p', {}, `Reported by ${item.reportCount} member${item.reportCount === 1 ? '' : 's'}: `,
      (item.reasons ?? []).map((reason) => [h('span', { class: reason === 'SELF_HARM' ? 'state bad' : 'tag' }, REASONS[reason] ?? reason), ' ']),
      h('br'), 'First reported ', time(item.since), '.'));
    if (item.notes?.length) {
      context.push(h('div', {}, h('p', { class: 'flush' }, 'Their notes:'),
        h('ul', {}, item.notes.map((note) => h('li', {}, h('q', {}, note))))));
    }
  } else {
    context.push(h('p', { class: 'muted' }, 'Written by a new member; waiting since ', time(item.since), '.'));
  }

  const actions = [];
  if (isPost && snapshot && !snapshot.deleted) {
    actions.push(...postModerationForms({ forumId: item.forumId, postId: item.targetId, postState: snapshot, done }));
  }
  if (item.kind === 'REPORTED' && item.reportIds?.length) {
    const count = item.reportCount === 1 ? 'the report' : `all ${item.reportCount} reports`;
    actions.push(reasonForm({
      summary: 'Dismiss',
      submitLabel: `Dismiss ${count}: nothing wrong`,
      hint: isPost && snapshot?.hiddenBy === 'REPORTS' ? 'The post comes back for everyone. The audit log keeps this reason.'
        : 'The audit log keeps this reason.',
      onSubmit: async (values) => {
        const answer = await post(`/api/moderation/reports/${enc(item.reportIds[0])}/resolve`, { outcome: 'DISMISSED', reason: values.reason });
        await done(`Dismissed ${answer.resolvedReports} report${answer.resolvedReports === 1 ? '' : 's'}${answer.postRestored ? '; the post is shown again' : ''}.`);
      },
    }));
    actions.push(reasonForm({
      summary: 'Resolve as dealt with',
      submitLabel: `Resolve ${count} as dealt with`,
      hint: 'For reports you acted on some other way. The audit log keeps this reason.',
      onSubmit: async (values) => {
        const answer = await post(`/api/moderation/reports/${enc(item.reportIds[0])}/resolve`, { outcome: 'ACTED', reason: values.reason });
        await done(`Resolved ${answer.resolvedReports} report${answer.resolvedReports === 1 ? '' : 's'}.`);
      },
    }));
  }
  // nobody sanctions themselves or one of the forum's own moderators (the API refuses both)
  if (authorId && authorId !== currentPerson()?.id && !forumModerators.includes(authorId)) {
    actions.push(...sanctionForms({ forumId: item.forumId, accountId: authorId, name: authorName, done }));
  }

  return h('li', { 'data-testid': testid, class: item.urgent ? 'unread' : undefined },
    h('div', { class: 'row' },
      item.urgent ? h('span', { class: 'state bad' }, 'Urgent') : null,
      h('strong', { class: 'grow' }, kind)),
    item.urgent ? h('p', { class: 'notice bad' }, 'Someone may be at risk. Please look at this first; the reporter was shown crisis lines.') : null,
    context,
    h('div', { class: 'post-actions' }, actions));
}

// ---------------------------------------------------------------------------------------------------------------------
// /moderation/forums

const TAG_HINT = '1 to 10 tags, separated by commas: specialty:IM, country:PK, visa:J1, cycle:2026 or goal:research. '
  + 'Specialty, country and visa codes are kept upper case.';

const tagsFrom = (text) => (text ?? '').split(/[\s,]+/).map((tag) => tag.trim()).filter(Boolean);

function forumFields(existing = {}) {
  return [
    field('Name', input('name', { value: existing.name ?? '', maxlength: 80, required: true }), 'At most 80 characters; unique.'),
    field('Description', textarea('description', existing.description, { maxlength: 500, rows: 2 }), 'Optional; at most 500 characters.'),
    field('Rules', textarea('rules', existing.rules, { maxlength: 5000, rows: 5 }),
      'Optional; markdown (**bold**, lists, links), at most 5,000 characters. Everyone who opens the forum sees them.'),
    field('Tags', input('tags', { value: (existing.tags ?? []).join(', '), required: true }), TAG_HINT),
  ];
}

const forumBody = (values) => ({ name: values.name ?? '', description: values.description, rules: values.rules, tags: tagsFrom(values.tags) });

/** Saves a forum; the API names tag problems "tags[]" or "tags[2]", shown here beside the one Tags field. */
async function saveForum(send) {
  try {
    return await send();
  } catch (failure) {
    failure.fields = (failure.fields ?? []).map((error) => (String(error.field).startsWith('tags')
      ? { ...error, field: 'tags' } : error));
    throw explain(failure);
  }
}

export async function manageForums(main, { navigate }) {
  add(main, h('h1', {}, 'Manage forums'));
  let all;
  let names;
  let moderatorAccounts = [];
  try {
    [all, names] = await Promise.all([get('/api/forums'), moderatorNames()]);
    if (hasRole('ADMIN')) moderatorAccounts = await get('/api/accounts/moderators').catch(() => []);
  } catch (failure) {
    loadFailed(main, failure, () => reload(navigate));
    return;
  }
  const done = async (message) => {
    announce(message);
    reload(navigate);
  };

  add(main, h('section', { 'aria-labelledby': 'create-heading' },
    h('h2', { id: 'create-heading' }, 'Create a forum'),
    form({ class: 'card', 'aria-label': 'Create a forum' }, [
      ...forumFields(),
      h('div', {}, h('button', { type: 'submit' }, 'Create forum')),
    ], async (values, element) => {
      const created = await saveForum(() => post('/api/forums', forumBody(values)));
      element.reset();
      await done(`${created.name} is created.`);
    })));

  const mine = all.filter(moderates);
  add(main, h('h2', {}, hasRole('ADMIN') ? 'All forums' : 'Forums you moderate'));
  if (!mine.length) {
    add(main, h('p', { class: 'muted' }, 'You do not moderate a forum yet. Create one above: you become its first moderator.'));
    return;
  }
  add(main, h('ul', { class: 'list' }, mine.map((theForum) => manageItem(theForum, names, moderatorAccounts, done))));
}

function manageItem(theForum, names, moderatorAccounts, done) {
  const id = enc(theForum.forumId);
  const others = (theForum.moderators ?? []).filter((accountId) => !names.has(accountId)).length;
  const modText = [...(theForum.moderators ?? []).filter((accountId) => names.has(accountId)).map((accountId) => names.get(accountId)),
    others ? `${others} other moderator${others === 1 ? '' : 's'}` : null].filter(Boolean);
  const stateButtons = [];
  if (theForum.state === 'OPEN') {
    stateButtons.push(actionButton(`Lock ${theForum.name}`, async () => {
      await post(`/api/forums/${id}/lock`);
      await done(`${theForum.name} is locked: readable, no new posts.`);
    }, { className: 'secondary' }));
  } else {
    stateButtons.push(actionButton(`Reopen ${theForum.name}`, async () => {
      await post(`/api/forums/${id}/reopen`);
      await done(`${theForum.name} is open again.`);
    }, { className: 'secondary' }));
  }
  if (theForum.state !== 'ARCHIVED') {
    stateButtons.push(actionButton(`Archive ${theForum.name}`, async () => {
      await post(`/api/forums/${id}/archive`);
      await done(`${theForum.name} is archived.`);
    }, { className: 'danger', confirmText: `Archive ${theForum.name}? It stays readable, but nobody can join or post until it is reopened.` }));
  }

  const parts = [
    h('div', { class: 'row' }, h('h3', { class: 'grow flush' }, link(`/forums/${id}`, theForum.name)),
      stateBadge(theForum.state)),
    theForum.description ? h('p', {}, theForum.description) : null,
    tagList(theForum.tags),
    h('p', { class: 'muted' }, `${theForum.memberCount} member${theForum.memberCount === 1 ? '' : 's'} · moderated by `,
      modText.length ? modText.join(', ') : 'admins only'),
    h('div', { class: 'row' }, stateButtons),
  ];
  if (theForum.state !== 'ARCHIVED') {
    parts.push(h('details', {}, h('summary', { class: 'link-button' }, `Edit ${theForum.name}`),
      form({ 'aria-label': `Edit ${theForum.name}` }, [
        ...forumFields(theForum),
        h('div', {}, h('button', { type: 'submit' }, 'Save changes')),
      ], async (values) => {
        const saved = await saveForum(() => put(`/api/forums/${id}`, forumBody(values)));
        await done(`${saved.name} is saved.`);
      })));
  } else {
    parts.push(h('p', { class: 'muted' }, 'Reopen the forum to edit it.'));
  }
  parts.push(safeguards(theForum, done));
  if (hasRole('ADMIN')) {
    const candidates = moderatorAccounts.filter((account) => !account.disabled && !(theForum.moderators ?? []).includes(account.accountId));
    if (candidates.length) {
      parts.push(h('details', {}, h('summary', { class: 'link-button' }, 'Appoint a moderator'),
        form({ 'aria-label': `Appoint a moderator of ${theForum.name}` }, [
          field('Moderator', select('accountId', candidates.map((account) => [account.accountId, `${account.displayName} (${account.email})`]))),
          h('div', {}, h('button', { type: 'submit' }, `Appoint as moderator of ${theForum.name}`)),
        ], async (values) => {
          await post(`/api/forums/${id}/moderators`, { accountId: values.accountId });
          const who = candidates.find((account) => account.accountId === values.accountId)?.displayName ?? 'The moderator';
          await done(`${who} now moderates ${theForum.name}.`);
        })));
    }
  }
  return h('li', { 'data-testid': `forum-${theForum.forumId}` }, parts);
}

/** Slow mode and first-day holds: read when opened (GET), changed with a reason (PUT). */
function safeguards(theForum, done) {
  const path = `/api/moderation/forums/${enc(theForum.forumId)}/settings`;
  const holder = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
  const details = h('details', {}, h('summary', { class: 'link-button' }, 'New-member safeguards'), holder);
  let loaded = false;
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return;
    loaded = true;
    let settings;
    try {
      settings = await get(path);
    } catch (failure) {
      loaded = false;
      holder.replaceChildren(h('p', { class: 'error', role: 'alert' }, explain(failure).message));
      return;
    }
    const hold = h('input', { type: 'checkbox', name: 'holdFirstDayPosts', id: `hold-${theForum.forumId}`, checked: settings.holdFirstDayPosts });
    holder.replaceChildren(form({ 'aria-label': `Safeguards of ${theForum.name}` }, [
      field('Slow mode: posts per member per minute', input('slowModePostsPerMinute',
        { type: 'number', min: 0, max: 60, value: settings.slowModePostsPerMinute, inputmode: 'numeric' }), '0 turns slow mode off; at most 60.'),
      h('div', { class: 'field', 'data-field': 'holdFirstDayPosts' },
        h('div', { class: 'choice' }, hold, h('label', { for: hold.id }, 'Hold what new members write in their first 24 hours for approval')),
        h('span', { class: 'error' })),
      field('Reason', textarea('reason', '', { maxlength: 500, rows: 2, required: true }), 'The audit log keeps this reason.'),
      h('div', {}, h('button', { type: 'submit' }, 'Save safeguards')),
    ], async (values) => {
      const number = values.slowModePostsPerMinute === null ? 0 : Number(values.slowModePostsPerMinute);
      await put(path, { slowModePostsPerMinute: Number.isFinite(number) ? number : values.slowModePostsPerMinute,
        holdFirstDayPosts: values.holdFirstDayPosts, reason: values.reason });
      await done(`Safeguards of ${theForum.name} are saved.`);
    }));
  });
  return details;
}

// ---------------------------------------------------------------------------------------------------------------------
// /moderation/audit

const ACTIONS = {
  POST_HIDDEN: 'Post hidden',
  POST_HIDDEN_BY_REPORTS: 'Post hidden by member reports',
  POST_RESTORED: 'Post restored',
  POST_DELETED: 'Post deleted',
  POST_APPROVED: 'Post approved',
  POST_REJECTED: 'Post rejected',
  THREAD_LOCKED: 'Thread locked',
  THREAD_UNLOCKED: 'Thread unlocked',
  MEMBER_MUTED: 'Member muted',
  MEMBER_UNMUTED: 'Mute lifted',
  MEMBER_BANNED: 'Member banned',
  MEMBER_UNBANNED: 'Ban lifted',
  ACCOUNT_SUSPENDED: 'Account suspended from all forums',
  SUSPENSION_LIFTED: 'Suspension lifted',
  REPORTS_DISMISSED: 'Reports dismissed',
  REPORTS_ACTED_ON: 'Reports resolved as dealt with',
  SETTINGS_CHANGED: 'Safeguards changed',
};

/** "muted for PT12H" → "muted for 12 hours": ISO-8601 durations as people say them. */
function durationsInWords(text) {
  const units = { D: 'day', H: 'hour', M: 'minute', S: 'second' };
  return text.replace(/\bP(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?\b/g, (iso) => {
    const parts = [...iso.matchAll(/(\d+)([DHMS])/g)].map(([, n, unit]) => `${n} ${units[unit]}${n === '1' ? '' : 's'}`);
    return parts.length ? parts.join(' ') : iso;
  });
}

/**
 * Lifting a mute, ban or suspension early (the API's unmute, unban, unsuspend), offered on the entry that started it
 * while it may still be in force; the API answers 409 when there is nothing in force to lift.
 */
function liftForm(entry, redraw) {
  const lifts = {
    MEMBER_MUTED: ['Lift this mute', 'unmute', 'The mute is lifted.'],
    MEMBER_BANNED: ['Lift this ban', 'unban', 'The ban is lifted; they may join again.'],
    ACCOUNT_SUSPENDED: ['Lift this suspension', 'unsuspend', 'The suspension is lifted.'],
  };
  const lift = lifts[entry.action];
  if (!lift || !entry.subjectId || entry.subjectId === '[erased]') return null;
  if (entry.until && new Date(entry.until) <= new Date()) return null;
  if (entry.action === 'ACCOUNT_SUSPENDED' && !hasRole('ADMIN')) return null;
  const [summary, verb, message] = lift;
  const path = entry.action === 'ACCOUNT_SUSPENDED' ? `/api/moderation/accounts/${enc(entry.subjectId)}/${verb}`
    : `/api/moderation/forums/${enc(entry.forumId)}/members/${enc(entry.subjectId)}/${verb}`;
  return reasonForm({ summary, submitLabel: `Confirm: ${summary.toLowerCase()}`, onSubmit: async (values) => {
    await post(path, values);
    announce(message);
    redraw();
  } });
}

const TARGETS = { POST: 'a post', THREAD: 'a thread', MEMBER: 'a member', ACCOUNT: 'an account', FORUM: 'the forum' };

export async function audit(main, { query, navigate }) {
  add(main, h('h1', {}, 'Audit log'),
    h('p', { class: 'lead' }, 'Every moderation action, newest first, with the reason given. Nobody can change it.'));
  const forumId = query.get('forumId') ?? '';
  const page = pageNumber(query);
  let forums;
  let entries;
  let names;
  try {
    [forums, entries, names] = await Promise.all([myForums(),
      get(`/api/moderation/audit?page=${page}&size=20${forumId ? `&forumId=${enc(forumId)}` : ''}`), moderatorNames()]);
  } catch (failure) {
    loadFailed(main, failure, () => reload(navigate));
    return;
  }
  const forumNames = new Map(forums.map((theForum) => [theForum.forumId, theForum.name]));
  const href = pageAddress('/moderation/audit', forumId);
  addForumFilter(main, forums, forumId, (id) => navigate(href(0, id)));
  if (!entries.items.length) {
    add(main, h('p', { class: 'muted' }, page > 0 ? 'No more entries. ' : 'Nothing has been recorded yet. Actions on reports, posts, '
      + 'threads and members appear here as they are taken.', page > 0 ? link(href(0), 'Back to the newest.') : null));
    return;
  }
  const who = (actorId) => {
    if (actorId === 'system') return 'Automatically';
    if (actorId === '[erased]') return 'An erased account';
    return names.get(actorId) ?? (hasRole('ADMIN') ? 'An admin' : 'Another moderator or an admin');
  };
  add(main, h('p', { class: 'muted' }, `${entries.total} entr${entries.total === 1 ? 'y' : 'ies'}.`),
    h('ol', { class: 'list' }, entries.items.map((entry) => h('li', { 'data-testid': `audit-${entry.entryId}` },
      h('div', { class: 'row' }, h('strong', { class: 'grow' }, ACTIONS[entry.action] ?? entry.action), time(entry.at)),
      h('p', { class: 'muted flush' }, `${who(entry.actorId)} · ${TARGETS[entry.targetKind] ?? 'something'}`,
        entry.forumId ? [' in ', link(`/forums/${enc(entry.forumId)}`, forumNames.get(entry.forumId) ?? 'a forum')] : ' (all forums)'),
      entry.reason ? h('p', { class: 'after-small' }, 'Reason: ', h('q', {}, entry.reason)) : null,
      entry.detail || entry.until ? h('p', { class: 'muted flush' }, durationsInWords(entry.detail ?? ''),
        entry.until ? [entry.detail ? ' · ' : '', 'until ', time(entry.until)] : null) : null,
      liftForm(entry, () => reload(navigate))))),
    pager(entries, (p) => href(p), ['Newer entries', 'Older entries']));
}

/** The address of a page of a moderation list, narrowed to a forum: href(page, forumId), both optional. */
function pageAddress(path, forumId) {
  return (page, id = forumId) => {
    const params = new URLSearchParams();
    if (id) params.set('forumId', id);
    if (page) params.set('page', String(page));
    const text = params.toString();
    return `${path}${text ? `?${text}` : ''}`;
  };
}

/** The forum filter of a moderation list, when there is more than one forum to choose (or one chosen). */
function addForumFilter(main, forums, forumId, choose) {
  if (forums.length > 1 || forumId) {
    add(main, forumFilter(forums, forumId, choose, hasRole('ADMIN') ? 'All forums' : 'All forums you moderate'));
  }
}
