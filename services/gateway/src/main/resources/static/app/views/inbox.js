// The inbox (GET /api/notifications: newest first, live new items on top) and the email choices per type of
// notification (GET|PUT /api/notifications/preferences). The inbox always has every item; email is what people choose.
import { announce, form, h, link, time } from '../dom.js';
import { get, post, put } from '../api.js';
import { currentPerson } from '../session.js';
import { knownUnread, onNotification } from '../stream.js';

const PAGE_SIZE = 20;

/** /inbox?page=2: one page of notifications (page 1 the newest), with live new items arriving at the top of page 1. */
export async function inbox(main, { query }) {
  const page = pageFrom(query);
  const shown = new Map(); // id → {item, element}
  const state = { unreadCount: 0, total: 0, ready: false, lastCount: null };
  const pending = []; // live items that came while the page was loading

  const summary = h('p', { class: 'grow', id: 'inbox-summary', tabindex: '-1' });
  // shown only while something is unread (in a slot: app.css gives buttons a display, which `hidden` cannot beat)
  const markAll = h('button', { type: 'button', class: 'secondary', onclick: () => markAllRead() }, 'Mark all read');
  const markAllSlot = h('span', {});
  const newer = h('div', { class: 'notice', role: 'status', hidden: true });
  const list = h('ul', { class: 'list', 'aria-labelledby': 'inbox-heading' });
  const empty = h('p', { class: 'muted', hidden: true });
  const pager = h('nav', { class: 'row', 'aria-label': 'Inbox pages' });
  const container = h('div', {},
    h('div', { class: 'row' }, summary, markAllSlot),
    newer,
    h('div', { class: 'card' }, h('h2', { id: 'inbox-heading', class: 'visually-hidden' }, 'Notifications'), list, empty),
    pager,
    h('p', { class: 'muted' }, 'Choose which of these also come by email: ',
      link('/settings/notifications', 'Email settings'), '.'));
  main.append(h('h1', {}, 'Inbox'), container);

  // listen before loading, so an item stored while the page loads is not missed (duplicates are dropped by id)
  const stop = onNotification((event) => {
    if (!state.ready) {
      if (event.notification) {
        pending.push(event.notification);
        state.lastCount = event.unreadCount;
      }
      return;
    }
    if (typeof event.unreadCount === 'number') setUnread(event.unreadCount);
    if (event.notification) arrived(event.notification, { live: true });
  });

  let answer;
  try {
    answer = await get(`/api/notifications?page=${page}&size=${PAGE_SIZE}`);
  } catch (failure) {
    stop();
    if (!container.isConnected) return null;
    container.replaceChildren(
      h('p', { class: 'notice bad', role: 'alert' }, 'Your notifications could not be loaded. ', failure.message),
      h('p', {}, link(location.pathname + location.search, 'Try again')));
    return null;
  }
  if (!container.isConnected) { // another screen was opened meanwhile
    stop();
    return null;
  }

  state.total = answer.total;
  answer.items.forEach((item) => list.append(draw(item)));
  // on the newest page, a live item not on it came after it was read; older pages take no live items
  const fresh = page === 0 ? pending.filter((item) => !shown.has(item.id)) : [];
  fresh.forEach((item) => arrived(item, { live: false }));
  const count = fresh.length > 0 && typeof state.lastCount === 'number' ? state.lastCount : answer.unreadCount;
  state.ready = true;
  setUnread(count);
  knownUnread(count, answer.streamPosition);
  drawEmpty();
  drawPager();
  return stop;

  function setUnread(count) {
    state.unreadCount = count;
    const all = `${state.total} notification${state.total === 1 ? '' : 's'} in all`;
    summary.textContent = count === 0
      ? (state.total === 0 ? '' : `Everything is read. ${all}.`)
      : `${count} unread. ${all}.`;
    markAllSlot.replaceChildren(count === 0 ? '' : markAll);
  }

  function drawEmpty() {
    empty.hidden = shown.size > 0;
    if (shown.size > 0) return;
    empty.replaceChildren(...(page === 0
      ? ['Nothing here yet. When something needs you (a mentor answers, a mentee is proposed to you, a forum invites '
        + 'you), it appears here at once, and by email as you choose in ', link('/settings/notifications', 'email settings'),
      '. Meanwhile, ', link('/forums', 'the forums'), ' are a good place to start.']
      : ['There is nothing on this page. ', link('/inbox', 'Go to your newest notifications'), '.']));
  }

  function drawPager() {
    const pages = Math.max(1, Math.ceil(state.total / PAGE_SIZE));
    pager.replaceChildren(...present(
      page > 0 ? link(Math.min(page, pages) <= 1 ? '/inbox' : `/inbox?page=${Math.min(page, pages)}`, 'Newer') : null,
      pages > 1 ? h('span', { class: 'muted grow' }, `Page ${page + 1} of ${pages}`) : null,
      (page + 1) * PAGE_SIZE < state.total ? link(`/inbox?page=${page + 2}`, 'Older') : null));
  }

  /** A new item: on top of the newest page; on an older page, a note leading to it. */
  function arrived(item, { live }) {
    if (shown.has(item.id)) return;
    state.total += 1;
    if (page === 0) {
      list.prepend(draw(item));
      drawEmpty();
    } else {
      newer.hidden = false;
      newer.replaceChildren('New notifications arrived. ', link('/inbox', 'Show the newest'));
    }
    if (live) {
      setUnread(state.unreadCount);
      drawPager();
    }
  }

  function draw(item) {
    const element = h('li', { 'data-testid': `notification-${item.id}` });
    shown.set(item.id, { item, element });
    redraw(item, element);
    return element;
  }

  function redraw(item, element) {
    element.classList.toggle('unread', !item.read);
    const title = inApp(item.link)
      ? link(item.link, item.title)
      : h('span', {}, item.title);
    // opening what it is about reads it
    if (!item.read) title.addEventListener('click', () => markRead(item, null));
    const button = item.read ? null : h('button', { type: 'button', class: 'secondary',
      'aria-label': `Mark read: ${item.title}` }, 'Mark read');
    button?.addEventListener('click', () => markRead(item, button));
    element.replaceChildren(...present(
      h('div', { class: 'row' },
        item.read ? null : h('span', { class: 'tag' }, 'Unread'),
        h('strong', { class: 'grow' }, title)),
      item.body ? h('p', {}, item.body) : null,
      h('div', { class: 'row' }, h('span', { class: 'muted grow' }, time(item.createdAt)), button)));
  }

  async function markRead(item, button) {
    if (item.read) return;
    if (button) button.disabled = true;
    try {
      await post(`/api/notifications/${encodeURIComponent(item.id)}/read`);
    } catch (failure) {
      if (button) {
        button.disabled = false;
        announce(`It could not be marked read: ${failure.message}`);
      }
      return;
    }
    item.read = true;
    const entry = shown.get(item.id);
    if (entry) redraw(item, entry.element);
    if (button) {
      (entry?.element.querySelector('a') ?? summary).focus();
      announce('Marked read.');
    }
    await recount(state.unreadCount - 1);
  }

  async function markAllRead() {
    markAll.disabled = true;
    try {
      const done = await post('/api/notifications/read');
      shown.forEach(({ item, element }) => {
        if (!item.read) {
          item.read = true;
          redraw(item, element);
        }
      });
      knownUnread(done.unreadCount); // redraws the summary and the menu's badge through the listeners
      summary.focus();
      announce(done.marked === 0 ? 'Everything was already read.'
        : `Marked ${done.marked} notification${done.marked === 1 ? '' : 's'} read.`);
    } catch (failure) {
      announce(`Nothing was marked read: ${failure.message}`);
    } finally {
      markAll.disabled = false;
    }
  }

  /** The unread count as the service has it now (a live item may have come meanwhile); `guess` if it cannot say. */
  async function recount(guess) {
    try {
      const now = await get('/api/notifications?page=0&size=1');
      knownUnread(now.unreadCount, now.streamPosition);
    } catch {
      knownUnread(Math.max(0, guess));
    }
  }
}

const CHOICES = {
  IMMEDIATELY: 'Email me right away',
  DAILY_DIGEST: 'Once a day, in the daily digest',
  OFF: 'No email (the inbox only)',
};

const SAID = {
  IMMEDIATELY: 'come by email right away',
  DAILY_DIGEST: 'come in the daily digest',
  OFF: 'no longer come by email (they still reach your inbox)',
};

const ANYONE = ['MENTEE', 'MENTOR', 'MODERATOR', 'ADMIN'];
const SECTIONS = [
  { title: 'Safety reports', types: { MODERATION_URGENT: ['MODERATOR', 'ADMIN'] } },
  { title: 'Mentorship', types: {
    PAIRING_PROPOSED: ['MENTOR'], PAIRING_REMINDER: ['MENTOR'], PAIRING_ACCEPTED: ['MENTEE'],
    PAIRING_REMATCHING: ['MENTEE'], PAIRING_ENDED: ['MENTEE', 'MENTOR'] } },
  { title: 'Forums', types: {
    FORUMS_RECOMMENDED: ['MENTEE'], FORUM_JOINED: ['MENTEE'], POST_HIDDEN: ANYONE, MUTED: ANYONE, BANNED: ANYONE,
    SUSPENDED: ANYONE } },
];

/** /settings/notifications: for each kind of notification this account can get, email right away, in a digest, or not. */
export async function preferences(main) {
  main.append(
    h('h1', {}, 'Notification settings'),
    h('p', { class: 'lead' }, 'Everything always reaches your ', link('/inbox', 'inbox'),
      '. Here you choose what also comes by email.'));
  const container = h('div', {});
  main.append(container);

  let answer;
  try {
    answer = await get('/api/notifications/preferences');
  } catch (failure) {
    container.replaceChildren(
      h('p', { class: 'notice bad', role: 'alert' }, 'Your email choices could not be loaded. ', failure.message),
      h('p', {}, link('/settings/notifications', 'Try again')));
    return;
  }

  const roles = currentPerson()?.roles ?? [];
  const current = new Map(answer.email.map((preference) => [preference.type, preference.email]));
  const known = new Set(SECTIONS.flatMap((section) => Object.keys(section.types)));
  const sections = [
    ...SECTIONS.map((section) => ({
      title: section.title,
      preferences: answer.email.filter((preference) => section.types[preference.type]?.some((role) => roles.includes(role))),
    })),
    { title: 'Other emails', preferences: answer.email.filter((preference) => !known.has(preference.type)) },
  ].filter((section) => section.preferences.length > 0);

  const saved = h('div', { class: 'notice good', role: 'status', tabindex: '-1', hidden: true });
  const settings = form({ 'aria-label': 'Email choices' }, [
    ...sections.map((section) => h('section', { class: 'card' },
      h('h2', {}, section.title),
      section.preferences.some((preference) => preference.choices.length > 1 && !preference.choices.includes('DAILY_DIGEST'))
        ? h('p', { class: 'muted' }, 'Some of these have no daily digest: they ask for an answer or change what you can '
          + 'do now, so a digest would tell you too late.')
        : null,
      section.preferences.map(choiceFor))),
    h('p', { class: 'muted' }, 'Only the emails your account can receive are listed. Every email you can turn off has '
      + 'an unsubscribe link too.'),
    saved,
    h('div', {}, h('button', { type: 'submit' }, 'Save email choices')),
  ], async (values) => {
    const changes = {};
    for (const [name, choice] of Object.entries(values)) {
      const type = name.replace(/^email\./, '');
      if (choice && current.get(type) !== choice) changes[type] = choice;
    }
    saved.hidden = false;
    if (Object.keys(changes).length === 0) {
      saved.replaceChildren('Nothing to save: these are already your choices.');
      announce('Nothing to save: these are already your choices.', { toast: false });
      return;
    }
    saved.hidden = true;
    const after = await put('/api/notifications/preferences', { email: changes });
    after.email.forEach((preference) => current.set(preference.type, preference.email));
    const about = new Map(after.email.map((preference) => [preference.type, preference.about]));
    saved.hidden = false;
    saved.replaceChildren(
      h('strong', {}, 'Your email choices are saved.'),
      h('ul', {}, Object.entries(changes).map(([type, choice]) =>
        h('li', {}, `Emails about ${about.get(type) ?? type} will ${SAID[current.get(type)] ?? SAID[choice]}.`))));
    saved.focus();
    announce('Your email choices are saved.');
  });
  container.append(settings);

  function choiceFor(preference) {
    const name = `email.${preference.type}`;
    const errorId = `${name}-error`;
    const topic = `Emails about ${preference.about}`;
    if (preference.choices.length <= 1) { // nothing to choose: say why
      return h('div', { class: 'field', 'data-field': name },
        h('fieldset', {},
          h('legend', {}, topic),
          h('p', {}, h('span', { class: 'state warn' }, 'Always on'), ' ',
            preference.choices[0] === 'IMMEDIATELY' ? 'Emailed to you right away.' : CHOICES[preference.choices[0]] ?? preference.choices[0]),
          h('p', { class: 'hint' }, whyAlwaysOn(preference.type))),
        h('span', { class: 'error', id: errorId }));
    }
    return h('div', { class: 'field', 'data-field': name },
      h('fieldset', { 'aria-describedby': errorId },
        h('legend', {}, topic),
        preference.choices.map((choice) => {
          const id = `${name}-${choice}`;
          return h('div', { class: 'choice' },
            h('input', { type: 'radio', name, value: choice, id, checked: preference.email === choice }),
            h('label', { for: id }, CHOICES[choice] ?? choice));
        })),
      h('span', { class: 'error', id: errorId }));
  }
}

function whyAlwaysOn(type) {
  if (type === 'MODERATION_URGENT') {
    return 'These cannot be turned off. Someone may be at risk, you may be the one person who can act, and the inbox '
      + 'is only seen when you sign in. The way to stop them is to stop moderating.';
  }
  return 'These cannot be turned off.';
}

/** ?page=2 is the second page (0-based 1 for the API); anything else is the first. */
function pageFrom(query) {
  const asked = Number.parseInt(query.get('page') ?? '1', 10);
  return Number.isFinite(asked) && asked >= 1 && asked <= 10_000 ? asked - 1 : 0;
}

/** replaceChildren() would write a null as the text "null". */
function present(...children) {
  return children.filter((child) => child !== null && child !== undefined && child !== false);
}

/** Only paths inside the app: an item's link opens a screen of Rematch, never another site. */
function inApp(href) {
  return typeof href === 'string' && href.startsWith('/') && !href.startsWith('//');
}
