// The signed-in person's account: who they are, a download of everything Rematch holds on them
// (GET /api/accounts/me/export, assembled by the gateway), and erasing the account (DELETE /api/accounts/me).
import { announce, form, h, link } from '../dom.js';
import { ApiError, del, get } from '../api.js';
import { currentPerson, signOut } from '../session.js';

const ROLE_NAMES = { MENTEE: 'Mentee', MENTOR: 'Mentor', MODERATOR: 'Moderator', ADMIN: 'Administrator' };

export async function account(main, { navigate }) {
  const person = currentPerson();
  const downloads = [];
  main.append(h('h1', {}, 'Your account'));
  const container = h('div', {});
  main.append(container);

  let me = null;
  try {
    me = await get('/api/accounts/me');
  } catch {
    // the token still says who this is; the email address is what would be missing
  }
  if (!container.isConnected) return null;
  const roles = me?.roles ?? person?.roles ?? [];
  const name = me?.displayName ?? person?.name ?? '';

  container.append(
    h('section', { class: 'card', 'aria-labelledby': 'account-who' },
      h('h2', { id: 'account-who' }, 'Signed in as'),
      detail('Name', name || 'No name given'),
      me?.email ? detail('Email', breakable(me.email)) : null,
      detail(roles.length === 1 ? 'Role' : 'Roles',
        roles.length ? roles.map((role) => h('span', { class: 'tag' }, ROLE_NAMES[role] ?? role)) : 'None'),
      me ? null : h('p', { class: 'muted' }, 'Your email address could not be loaded just now.'),
      h('p', {}, link('/settings/notifications', 'Notification settings'), ': choose which notifications also come by email.')),
    exportSection(downloads),
    deleteSection(roles, navigate));

  return () => downloads.forEach((url) => URL.revokeObjectURL(url));
}

function detail(label, value) {
  return h('p', {}, h('span', { class: 'muted' }, label), h('br'), h('strong', {}, value));
}

/** A long address may wrap after its @ and dots on a narrow phone, instead of running off the screen. */
function breakable(text) {
  return text.split(/(?<=[@.])/).flatMap((part, i) => (i === 0 ? [part] : [h('wbr'), part]));
}

/** "Download my data": the gateway's export, saved as a JSON file through a Blob and an <a download>. */
function exportSection(downloads) {
  const result = h('div', { role: 'status' });
  const button = h('button', { type: 'button', class: 'secondary' }, 'Download my data');
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = 'Preparing your data…';
    result.replaceChildren();
    try {
      const data = await get('/api/accounts/me/export');
      const fileName = `rematch-data-${new Date().toISOString().slice(0, 10)}.json`;
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      downloads.push(url);
      const save = h('a', { href: url, download: fileName }, `Save ${fileName} again`);
      const start = h('a', { href: url, download: fileName, hidden: true });
      document.body.append(start);
      start.click();
      start.remove();
      result.replaceChildren(h('p', { class: 'notice good' }, 'Your data is downloaded as ', h('strong', {}, fileName),
        '. If it did not appear, ', save, '.'));
      announce(`Your data is downloaded as ${fileName}.`, { toast: false });
    } catch (failure) {
      result.replaceChildren(h('p', { class: 'notice bad', role: 'alert' }, exportProblem(failure)));
    } finally {
      button.disabled = false;
      button.textContent = 'Download my data';
    }
  });
  return h('section', { class: 'card', 'aria-labelledby': 'account-export' },
    h('h2', { id: 'account-export' }, 'Your data'),
    h('p', {}, 'Download everything Rematch holds on you, from every part of the platform, as one JSON file: your account, '
      + 'your path profile or mentor listing, your mentorships, your forum memberships, threads, posts and reports, and '
      + 'your inbox. Passwords are never included.'),
    h('div', {}, button),
    result);
}

function exportProblem(failure) {
  if (failure.status === 503) {
    const part = failure.problem?.service ? `the ${failure.problem.service} part of Rematch` : 'a part of Rematch';
    return `Your data could not be collected: ${part} is not answering, and a download without it would not show all we `
      + 'hold. Please try again in a few minutes.';
  }
  if (failure.status >= 500) return 'Your data could not be collected just now. Please try again in a few minutes.';
  return `Your data could not be downloaded: ${failure.message}`;
}

/** "Delete my account": a first button opens a plain statement of what goes and what stays, then a confirmation. */
function deleteSection(roles, navigate) {
  const has = (role) => roles.includes(role);
  const opener = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': 'account-delete-confirm' },
    'Delete my account');
  const confirmId = 'account-delete-understood';
  const confirmation = form({ class: 'card', 'aria-labelledby': 'account-delete-title' }, [
    h('h3', { id: 'account-delete-title' }, 'Delete your account for good?'),
    h('p', {}, 'This cannot be undone. If you may want your records, ', h('strong', {}, 'download your data first'), '.'),
    h('p', {}, 'Deleted at once, from every part of Rematch:'),
    h('ul', {},
      h('li', {}, 'your account: your name, email address, password and every sign-in'),
      has('MENTEE') ? h('li', {}, 'your path profile: exams and scores, visa, match attempts, training and goals') : null,
      has('MENTOR') ? h('li', {}, 'your mentor listing; mentees proposed to you or paired with you are offered another mentor') : null,
      has('MENTEE') || has('MENTOR') ? h('li', {}, 'your mentorships and proposals') : null,
      h('li', {}, 'your forum memberships and invitations'),
      h('li', {}, 'your inbox and your email choices')),
    h('p', {}, 'Kept, without your name:'),
    h('ul', {},
      h('li', {}, 'threads and posts you wrote stay in place so others\' replies still make sense, but show "[deleted]" '
        + 'as the author and lose their text (thread titles stay)'),
      h('li', {}, 'reports you made still count, without your name'),
      has('MODERATOR') || has('ADMIN')
        ? h('li', {}, 'the moderation log keeps each action you took, with your name replaced by "[erased]"') : null,
      has('MODERATOR') || has('ADMIN') ? h('li', {}, 'forums you created stay for their members, without your name') : null,
      has('MENTEE') || has('MENTOR')
        ? h('li', {}, 'records of mentorship changes stay in Rematch\'s internal event log for up to 7 days, then are gone')
        : null),
    h('div', { class: 'field', 'data-field': 'confirm' },
      h('div', { class: 'choice' },
        h('input', { type: 'checkbox', name: 'confirm', id: confirmId, 'aria-describedby': `${confirmId}-error` }),
        h('label', { for: confirmId }, 'I understand that my account and data will be deleted and this cannot be undone')),
      h('span', { class: 'error', id: `${confirmId}-error` })),
    h('div', { class: 'row' },
      h('button', { type: 'submit', class: 'danger' }, 'Delete my account for good'),
      h('button', { type: 'button', class: 'secondary', onclick: () => toggle(false) }, 'Keep my account')),
  ], async ({ confirm }) => {
    if (!confirm) {
      throw new ApiError(400, { title: 'Please confirm first.',
        errors: [{ field: 'confirm', message: 'Tick this box to confirm you want your account deleted.' }] });
    }
    try {
      await del('/api/accounts/me');
    } catch (failure) {
      if (failure.status === 409) {
        throw new ApiError(409, { title: 'You are the last administrator, and Rematch must keep one. Make another '
          + 'account an administrator first, then delete this one.' });
      }
      if (failure.status === 404) {
        // already erased (e.g. from another tab): nothing left to delete
      } else if (failure.status >= 500 || failure.status === 0) {
        throw new ApiError(failure.status, { title: 'Your account could not be deleted just now; nothing was deleted. '
          + 'Please try again in a few minutes.' });
      } else {
        throw failure;
      }
    }
    await signOut();
    navigate('/', { replace: true });
    announce('Your account and your data are deleted. Thank you for being part of Rematch.');
  });

  // the panel, not the form, is hidden: app.css gives forms a display, which `hidden` cannot beat
  const panel = h('div', { id: 'account-delete-confirm', hidden: true }, confirmation);

  function toggle(open) {
    panel.hidden = !open;
    opener.setAttribute('aria-expanded', String(open));
    if (open) {
      confirmation.querySelector('h3').setAttribute('tabindex', '-1');
      confirmation.querySelector('h3').focus();
    } else {
      confirmation.reset();
      confirmation.querySelectorAll('.form-error, .error').forEach((error) => { error.textContent = ''; });
      confirmation.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
      opener.focus();
    }
  }
  opener.addEventListener('click', () => toggle(panel.hidden));

  return h('section', { class: 'card', 'aria-labelledby': 'account-delete' },
    h('h2', { id: 'account-delete' }, 'Delete your account'),
    h('p', {}, 'Deleting your account removes you and your data from Rematch. You will see exactly what goes before '
      + 'anything is deleted.'),
    h('div', {}, opener),
    panel);
}
