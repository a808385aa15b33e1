// Signing up and signing in. After either, the person goes where they were heading, or to their start page.
import { field, form, h, input, link } from '../dom.js';
import { post } from '../api.js';
import { signIn as startSession } from '../session.js';

export function signIn(main, { query, navigate }) {
  main.append(
    h('h1', {}, 'Sign in'),
    form({ class: 'card', 'aria-label': 'Sign in' }, [
      field('Email', input('email', { type: 'email', autocomplete: 'username', required: true })),
      field('Password', input('password', { type: 'password', autocomplete: 'current-password', required: true })),
      h('div', {}, h('button', { type: 'submit' }, 'Sign in')),
    ], async ({ email, password }) => {
      await startSession(email ?? '', password ?? '');
      navigate(safeNext(query.get('next')), { replace: true });
    }),
    h('p', {}, 'New to Rematch? ', link('/signup', 'Create an account')));
}

export function signUp(main, { navigate }) {
  main.append(
    h('h1', {}, 'Create your account'),
    h('p', { class: 'lead' }, 'Went unmatched? Find a mentor who walked the same road. Matched already? Help someone who is where you were.'),
    form({ class: 'card', 'aria-label': 'Create your account' }, [
      h('fieldset', {}, h('legend', {}, 'I am joining as'),
        radio('role', 'MENTEE', 'A mentee: I am an IMG preparing to apply again', true),
        radio('role', 'MENTOR', 'A mentor: I matched and want to help')),
      field('Your name', input('displayName', { autocomplete: 'name', required: true, maxlength: 80 }),
        'Shown to your mentor or mentees and in forums.'),
      field('Email', input('email', { type: 'email', autocomplete: 'email', required: true })),
      field('Password', input('password', { type: 'password', autocomplete: 'new-password', required: true, minlength: 12 }),
        'At least 12 characters.'),
      h('div', {}, h('button', { type: 'submit' }, 'Create account')),
    ], async (values) => {
      await post('/api/auth/register', values);
      await startSession(values.email, values.password);
      navigate(values.role === 'MENTEE' ? '/profile' : '/listing', { replace: true });
    }),
    h('p', {}, 'Already have an account? ', link('/signin', 'Sign in')));
}

function radio(name, value, label, checked = false) {
  const id = `${name}-${value}`;
  return h('div', { class: 'choice' }, h('input', { type: 'radio', name, value, id, checked }), h('label', { for: id }, label));
}

/** Only paths inside the app: a crafted ?next= must not send anyone to another site. */
function safeNext(next) {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

