// The admin's screen: the moderator accounts, creating one, and disabling or enabling an account.
// API: services/profiles (GET|POST /api/accounts/moderators, POST /api/accounts/{accountId}/disable|enable).
import { announce, field, form, h, input, link } from '../dom.js';
import { get, post } from '../api.js';
import { actionButton, add, enc, loadFailed } from './forums.js';

export async function moderators(main, { navigate }) {
  add(main, h('h1', {}, 'Moderators'),
    h('p', { class: 'lead' }, 'Moderators keep the peer forums safe. Appoint them to forums under ',
      link('/moderation/forums', 'Manage forums'), '.'));
  let accounts;
  try {
    accounts = await get('/api/accounts/moderators');
  } catch (failure) {
    loadFailed(main, failure, () => navigate(location.pathname, { replace: true }));
    return;
  }
  const done = async (message) => {
    announce(message);
    navigate(location.pathname, { replace: true });
  };

  add(main, h('section', { 'aria-labelledby': 'create-heading' },
    h('h2', { id: 'create-heading' }, 'Create a moderator account'),
    form({ class: 'card', 'aria-label': 'Create a moderator account' }, [
      field('Name', input('displayName', { autocomplete: 'off', maxlength: 100, required: true }), 'Shown in the forums they moderate.'),
      field('Email', input('email', { type: 'email', autocomplete: 'off', maxlength: 254, required: true })),
      field('Password', input('password', { type: 'password', autocomplete: 'new-password', minlength: 12, required: true }),
        'At least 12 characters. Give it to them in person or by another safe channel, never by the same email.'),
      h('div', {}, h('button', { type: 'submit' }, 'Create moderator account')),
    ], async (values, element) => {
      const created = await post('/api/accounts/moderators', values);
      element.reset();
      await done(`${created.displayName} can now sign in as a moderator.`);
    })));

  add(main, h('h2', {}, 'Moderator accounts'));
  if (!accounts.length) {
    add(main, h('p', { class: 'muted' }, 'There are no moderators yet. Create the first one above.'));
    return;
  }
  const sorted = [...accounts].sort((a, b) => (a.displayName ?? '').localeCompare(b.displayName ?? ''));
  add(main, h('ul', { class: 'list' }, sorted.map((account) => h('li', { 'data-testid': `moderator-${account.accountId}` },
    h('div', { class: 'row' },
      h('div', { class: 'grow' }, h('strong', {}, account.displayName), h('br'), h('span', { class: 'muted' }, account.email)),
      account.disabled ? h('span', { class: 'state bad' }, 'Disabled') : h('span', { class: 'state good' }, 'Active')),
    h('div', { class: 'row' }, account.disabled
      ? actionButton(`Enable ${account.displayName}`, async () => {
        await post(`/api/accounts/${enc(account.accountId)}/enable`);
        await done(`${account.displayName} can sign in again.`);
      }, { className: 'secondary' })
      : actionButton(`Disable ${account.displayName}`, async () => {
        await post(`/api/accounts/${enc(account.accountId)}/disable`);
        await done(`${account.displayName} is disabled: they cannot sign in, and are signed out within 15 minutes.`);
      }, { className: 'danger', confirmText: `Disable ${account.displayName}? They can no longer sign in; their access ends within 15 minutes.` }))))));
}
