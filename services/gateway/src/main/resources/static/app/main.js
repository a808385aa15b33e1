// The web app's start: the screens, the menu for the signed-in person's roles, the session restored from the refresh
// cookie, and the live notification stream while someone is signed in.
import { h, link, announce } from './dom.js';
import { navigate, render, route, startRouter } from './router.js';
import { currentPerson, onSessionChange, refreshSession, signOut } from './session.js';
import { knownUnread, onNotification, startStream, stopStream, unread } from './stream.js';
import { get } from './api.js';

const MENTEE = ['MENTEE'];
const MENTOR = ['MENTOR'];
const PAIRED = ['MENTEE', 'MENTOR'];
const STAFF = ['MODERATOR', 'ADMIN'];
const ANYONE_SIGNED_IN = ['MENTEE', 'MENTOR', 'MODERATOR', 'ADMIN'];

const view = (name) => () => import(`./views/${name}.js`);

route('/', view('home'), 'home', { title: 'Welcome' });
route('/signin', view('auth'), 'signIn', { title: 'Sign in' });
route('/signup', view('auth'), 'signUp', { title: 'Sign up' });
route('/profile', view('profile'), 'profile', { roles: MENTEE, title: 'Your path' });
route('/pairings', view('pairings'), 'pairings', { roles: PAIRED, title: 'Mentorship' });
route('/pairings/:pairingId', view('pairings'), 'pairing', { roles: PAIRED, title: 'Mentorship' });
route('/mentors', view('directory'), 'directory', { roles: MENTEE, title: 'Find a mentor' });
route('/mentors/:mentorId', view('directory'), 'mentor', { roles: MENTEE, title: 'Mentor' });
route('/listing', view('listing'), 'listing', { roles: MENTOR, title: 'Your listing' });
route('/forums', view('forums'), 'forums', { roles: ANYONE_SIGNED_IN, title: 'Forums' });
route('/forums/:forumId', view('forums'), 'forum', { roles: ANYONE_SIGNED_IN, title: 'Forum' });
route('/forums/:forumId/threads/:threadId', view('forums'), 'thread', { roles: ANYONE_SIGNED_IN, title: 'Thread' });
route('/inbox', view('inbox'), 'inbox', { roles: ANYONE_SIGNED_IN, title: 'Inbox' });
route('/settings/notifications', view('inbox'), 'preferences', { roles: ANYONE_SIGNED_IN, title: 'Notification settings' });
route('/account', view('account'), 'account', { roles: ANYONE_SIGNED_IN, title: 'Your account' });
route('/moderation/queue', view('moderation'), 'queue', { roles: STAFF, title: 'Report queue' });
route('/moderation/forums', view('moderation'), 'manageForums', { roles: STAFF, title: 'Manage forums' });
route('/moderation/audit', view('moderation'), 'audit', { roles: STAFF, title: 'Audit log' });
route('/admin/moderators', view('admin'), 'moderators', { roles: ['ADMIN'], title: 'Moderators' });

/** The menu: what each role does most, then the inbox with its unread count, the account and signing out. */
function drawNav(person) {
  const nav = document.getElementById('nav');
  if (!person) {
    nav.replaceChildren(h('span', { class: 'spacer' }), link('/signin', 'Sign in'), link('/signup', 'Sign up'));
    return;
  }
  const has = (role) => person.roles.includes(role);
  nav.replaceChildren(...[
    has('MENTEE') ? [link('/pairings', 'My mentorship'), link('/profile', 'My path'), link('/mentors', 'Find a mentor')] : null,
    has('MENTOR') ? [link('/pairings', 'Mentees'), link('/listing', 'My listing')] : null,
    link('/forums', 'Forums'),
    has('MODERATOR') || has('ADMIN') ? [link('/moderation/queue', 'Reports'), link('/moderation/forums', 'Manage forums'),
      link('/moderation/audit', 'Audit log')] : null,
    has('ADMIN') ? link('/admin/moderators', 'Moderators') : null,
    h('span', { class: 'spacer' }),
    link('/inbox', 'Inbox', h('span', { class: 'badge', id: 'unread', hidden: unread() === 0 }, String(unread()))),
    link('/account', person.name || 'Account'),
    h('button', { type: 'button', class: 'link-button', onclick: async () => {
      await signOut();
      navigate('/');
      announce('You are signed out.', { toast: false });
    } }, 'Sign out'),
  ].flat().filter(Boolean));
}

function showUnread({ unreadCount }) {
  const badge = document.getElementById('unread');
  if (!badge) return;
  badge.textContent = String(unreadCount);
  badge.hidden = unreadCount === 0;
  badge.setAttribute('aria-label', `${unreadCount} unread`);
}

onNotification((event) => {
  showUnread(event);
  if (event.notification) announce(event.notification.title, { link: event.notification.link });
});

onSessionChange(async (person) => {
  drawNav(person);
  if (!person) {
    stopStream();
    return;
  }
  try {
    const page = await get('/api/notifications?page=0&size=1');
    knownUnread(page.unreadCount, page.streamPosition);
  } catch {
    // the count comes with the first live item then
  }
  startStream();
});

drawNav(null);
await refreshSession();
startRouter();
export { render, currentPerson };
