// The start page: what Rematch is, for someone not signed in; their own start page for someone who is.
import { h, link } from '../dom.js';
import { currentPerson } from '../session.js';

const START = [['MENTEE', '/pairings'], ['MENTOR', '/pairings'], ['MODERATOR', '/moderation/queue'], ['ADMIN', '/admin/moderators']];

export function home(main, { navigate }) {
  const person = currentPerson();
  const start = person && START.find(([role]) => person.roles.includes(role));
  if (start) {
    navigate(start[1], { replace: true });
    return;
  }
  main.append(
    h('h1', {}, 'Unmatched is not the end of the road'),
    h('p', { class: 'lead' }, 'Rematch pairs International Medical Graduates who did not match into a US residency with '
      + 'mentors who walked the same road, and with peer forums of people in the same spot.'),
    h('div', { class: 'card' },
      h('h2', {}, 'How it works'),
      h('ol', {},
        h('li', {}, 'Describe your path: specialty, where you trained, exams, visa, attempts and goals.'),
        h('li', {}, 'Within seconds we ask the mentor whose journey fits yours best, and tell you why.'),
        h('li', {}, 'Join forums of people on the same path while you wait, and after.'))),
    h('p', { class: 'row' }, link('/signup', 'Create an account'), ' or ', link('/signin', 'sign in')));
  main.querySelector('a[href="/signup"]').classList.add('button');
}
