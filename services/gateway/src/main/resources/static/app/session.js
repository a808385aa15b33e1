// Who is signed in. The access token lives only in this module's memory; the refresh token is in an HttpOnly cookie
// the gateway sets on /web/session, out of reach of any script. A page load, or an expired access token, asks the
// gateway for a new access token with that cookie.

import { ApiError } from './errors.js';

let token = null;
let person = null;
let refreshTimer = null;
let refreshing = null;
const listeners = new Set();

export const accessToken = () => token;

/** The signed-in person: {id, name, roles} or null. */
export const currentPerson = () => person;

export const hasRole = (role) => Boolean(person?.roles.includes(role));

/** Calls `listener(person)` whenever someone signs in or out. */
export function onSessionChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function signIn(email, password) {
  const answer = await sessionRequest('POST', '/web/session', { email, password });
  if (!answer.ok) {
    throw new ApiError(answer.status, answer.body);
  }
  adopt(answer.body);
}

/** A new access token from the refresh cookie; false when there is no session (anymore). Concurrent calls share one. */
export function refreshSession() {
  refreshing ??= oneTabAtATime(() => sessionRequest('POST', '/web/session/refresh')).then((answer) => {
    if (answer.ok) {
      adopt(answer.body);
      return true;
    }
    forget();
    return false;
  }).catch(() => false).finally(() => { refreshing = null; });
  return refreshing;
}

/**
 * Refreshes from several tabs must not overlap: each rotates the cookie, and profiles takes a second use of a rotated
 * token as theft and revokes the whole login. Under the lock, a tab that waited sends the cookie the first one got.
 */
function oneTabAtATime(task) {
  return navigator.locks ? navigator.locks.request('rematch-session-refresh', task) : task();
}

export async function signOut() {
  await sessionRequest('DELETE', '/web/session').catch(() => null);
  forget();
}

function adopt(answer) {
  token = answer.access_token;
  person = personIn(token);
  clearTimeout(refreshTimer);
  // renew a minute before it runs out, so requests rarely meet an expired token
  const renewIn = Math.max(10, (answer.expires_in ?? 300) - 60) * 1000;
  refreshTimer = setTimeout(refreshSession, renewIn);
  listeners.forEach((listener) => listener(person));
}

function forget() {
  const had = token !== null;
  token = null;
  person = null;
  clearTimeout(refreshTimer);
  if (had) listeners.forEach((listener) => listener(null));
}

function personIn(jwt) {
  const payload = JSON.parse(new TextDecoder().decode(
    Uint8Array.from(atob(jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))));
  return { id: payload.sub, name: payload.name ?? '', roles: payload.roles ?? [] };
}

async function sessionRequest(method, path, body) {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  let answer = null;
  try {
    answer = text ? JSON.parse(text) : null;
  } catch {
    answer = { title: `Signing in is not available right now (${response.status}).` };
  }
  return { ok: response.ok, status: response.status, body: answer };
}
