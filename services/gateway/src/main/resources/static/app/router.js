// Path URLs (/pairings/42), so links in notifications and emails open the right screen. Each route names the view
// module that draws it and who may see it; the gateway answers every app path with index.html.
import { h, link } from './dom.js';
import { currentPerson } from './session.js';

const routes = [];
let renderToken = 0;

/**
 * route('/forums/:forumId', () => import('./views/forums.js'), 'forum', {roles: ['MENTEE']}): the module's export
 * named `view` draws the screen: view(main, {params, query, navigate}) and may return a cleanup function.
 */
export function route(pattern, load, exportName, { roles = null, title = 'Rematch' } = {}) {
  const names = [];
  const regex = new RegExp('^' + pattern.replace(/:[a-zA-Z]+/g, (name) => {
    names.push(name.slice(1));
    return '([^/]+)';
  }) + '/?$');
  routes.push({ regex, names, load, exportName, roles, title });
}

let cleanup = null;

export async function render() {
  const main = document.getElementById('main');
  const url = new URL(location.href);
  const match = find(url.pathname);
  const mine = ++renderToken;
  cleanup?.();
  cleanup = null;
  markCurrent(url.pathname);
  if (!match) {
    main.replaceChildren(h('h1', {}, 'Page not found'), h('p', {}, 'There is nothing at this address. ', link('/', 'Go to the start.')));
    return;
  }
  const person = currentPerson();
  if (match.route.roles && !person) {
    navigate(`/signin?next=${encodeURIComponent(url.pathname + url.search)}`, { replace: true });
    return;
  }
  if (match.route.roles && !match.route.roles.some((role) => person.roles.includes(role))) {
    main.replaceChildren(h('h1', {}, 'Not for your account'), h('p', {}, 'This page is for another kind of account. ', link('/', 'Go to your start page.')));
    return;
  }
  document.title = `${match.route.title} - Rematch`;
  const context = { params: match.params, query: url.searchParams, navigate };
  try {
    const module = await match.route.load();
    if (mine !== renderToken) return; // another navigation began meanwhile
    main.replaceChildren();
    const leave = await module[match.route.exportName](main, context) ?? null;
    if (mine !== renderToken) {
      leave?.(); // left while it was still drawing: the new screen owns the page now
      return;
    }
    cleanup = leave;
  } catch (failure) {
    if (mine !== renderToken) return;
    main.replaceChildren(h('h1', {}, 'This page could not be loaded'), h('p', { role: 'alert' }, failure.message),
      h('p', {}, h('button', { type: 'button', onclick: () => render() }, 'Try again')));
  }
  if (mine === renderToken) focusHeading(main);
}

export function navigate(path, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', path); else history.pushState(null, '', path);
  render();
}

export function startRouter() {
  window.addEventListener('popstate', render);
  document.addEventListener('click', (event) => {
    const anchor = event.target.closest('a[data-link]');
    if (!anchor || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(anchor.getAttribute('href'));
  });
  render();
}

function find(pathname) {
  for (const candidate of routes) {
    const found = candidate.regex.exec(pathname);
    if (found) {
      const params = Object.fromEntries(candidate.names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      return { route: candidate, params };
    }
  }
  return null;
}

/** Screen-reader users hear the new screen's heading, keyboard users continue from the top of it. */
function focusHeading(main) {
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }
}

function markCurrent(pathname) {
  document.querySelectorAll('#nav a[data-link]').forEach((anchor) => {
    const href = anchor.getAttribute('href');
    const current = href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(href + '/');
    if (current) anchor.setAttribute('aria-current', 'page'); else anchor.removeAttribute('aria-current');
  });
}
