// Calls to the platform's API through the gateway, with the signed-in person's access token. Every failure becomes an
// ApiError carrying the problem's fields, so forms can show what is wrong next to the field concerned.
import { ApiError } from './errors.js';
import { accessToken, refreshSession } from './session.js';

export { ApiError };

/** api('GET', '/api/notifications?page=0') → the parsed JSON body (null when there is none). */
export async function api(method, path, body, { headers = {}, retry = true } = {}) {
  const response = await send(method, path, body, headers);
  if (response.status === 401 && retry && await refreshSession()) {
    return api(method, path, body, { headers, retry: false });
  }
  return read(response);
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body);
export const put = (path, body, headers) => api('PUT', path, body, { headers });
export const patch = (path, body) => api('PATCH', path, body);
export const del = (path) => api('DELETE', path);

async function send(method, path, body, headers) {
  const token = accessToken();
  try {
    return await fetch(path, {
      method,
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch (unreachable) {
    throw new ApiError(0, { title: 'Rematch cannot be reached. Check your connection and try again.' });
  }
}

async function read(response) {
  const text = await response.text();
  const json = text ? safeJson(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, json ?? { title: response.statusText });
  }
  return json;
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { title: text.slice(0, 200) };
  }
}
