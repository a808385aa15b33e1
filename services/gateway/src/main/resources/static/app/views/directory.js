// The mentor directory, for mentees: search with filters and pages (GET /api/mentors), sorted by the mentee's own
// match score by default (sort=match: each listing's matchScore, or a notice when matching could not answer), and one
// mentor's listing at /mentors/:mentorId with "Request this mentor" (POST /api/pairings/requests).
import { h, link, form, field, select } from '../dom.js';
import { get } from '../api.js';
import {
  SPECIALTIES, HELP_TOPICS, VISA_PATHS, WHAT_HELPED, label, countrySelect, languageSelect, languageName,
  journeySummary, availabilityBadge, scoreBadge, reasonsList, scoreParts, tags, requestMentorForm, disclosure,
  problemNote, day,
} from './mentorship-parts.js';

const PAGE_SIZE = 10;
const FILTERS = ['specialty', 'country', 'topic', 'language', 'visaPath', 'alternativeCareer', 'hasCapacity', 'sort'];
const SORTS = [['match', 'Best match for my path'], ['relevance', 'Taking mentees first'], ['newest', 'Newest mentors first']];

export async function directory(main, { query, navigate }) {
  const wanted = Object.fromEntries(FILTERS.map((name) => [name, query.get(name) ?? '']));
  wanted.sort ||= 'match';
  const page = Math.max(0, Number.parseInt(query.get('page') ?? '0', 10) || 0);

  main.append(
    h('h1', {}, 'Find a mentor'),
    h('p', { class: 'lead' }, 'Physicians who were IMGs and found their way: through the Match, after going unmatched, '
      + 'or to another career. Filter by the road you are on.'),
    filters(wanted, navigate));

  const results = h('section', { 'aria-labelledby': 'results-heading' },
    h('h2', { id: 'results-heading' }, 'Mentors'),
    h('p', { class: 'muted', role: 'status' }, 'Loading mentors...'));
  main.append(results);

  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(wanted)) if (value) search.set(name, value);
  search.set('page', String(page));
  search.set('size', String(PAGE_SIZE));
  try {
    const found = await get(`/api/mentors?${search}`);
    results.replaceChildren(...drawResults(found, wanted));
  } catch (error) {
    results.replaceChildren(h('h2', { id: 'results-heading' }, 'Mentors'),
      problemNote(error, () => navigate(location.pathname + location.search, { replace: true })));
  }
}

function filters(wanted, navigate) {
  const capacity = h('input', { type: 'checkbox', name: 'hasCapacity', id: 'filter-capacity',
    checked: wanted.hasCapacity === 'true' });
  const element = form({ class: 'card', role: 'search', 'aria-label': 'Filter mentors' }, [
    field('Sort', select('sort', SORTS, wanted.sort)),
    field('Specialty they matched into', select('specialty', [['', 'Any specialty'], ...SPECIALTIES], wanted.specialty)),
    field('Country of their medical school', countrySelect('country', wanted.country, { blank: 'Any country' })),
    field('They help with', select('topic', [['', 'Any topic'], ...HELP_TOPICS], wanted.topic)),
    field('They speak', languageSelect('language', wanted.language)),
    field('Visa they trained on', select('visaPath', [['', 'Any'], ...VISA_PATHS], wanted.visaPath)),
    field('What they do now', select('alternativeCareer', [['', 'Anything'], ['false', 'Residency or practice'],
      ['true', 'An alternative career (PA/NP, public health, industry, research)']], wanted.alternativeCareer)),
    h('div', { class: 'choice' }, capacity, h('label', { for: 'filter-capacity' }, 'Only mentors taking mentees now')),
    h('div', { class: 'row' }, h('button', { type: 'submit' }, 'Show mentors'),
      h('a', { href: '/mentors', 'data-link': true, class: 'button secondary' }, 'Clear filters')),
  ], async (values) => {
    const next = new URLSearchParams();
    for (const name of FILTERS) {
      const value = values[name];
      if (name === 'hasCapacity') {
        if (value) next.set(name, 'true');
      } else if (value) {
        next.set(name, value);
      }
    }
    navigate(`/mentors?${next}`);
  });
  const active = FILTERS.filter((name) => name !== 'sort' && wanted[name]).length;
  // on a phone the results come first; on a wider screen the filters are open beside them
  return h('details', { open: window.matchMedia('(min-width: 40rem)').matches, class: 'filters' },
    h('summary', {}, active ? `Filters and sort (${active} active)` : 'Filters and sort'), element);
}

function drawResults(found, wanted) {
  const nodes = [h('h2', { id: 'results-heading' }, found.total === 1 ? '1 mentor' : `${found.total} mentors`)];
  if (found.notice) {
    const noProfile = /profile/i.test(found.notice);
    nodes.push(h('div', { class: 'notice', role: 'status' }, noProfile
      ? ['Match scores appear once matching has your path. ', link('/profile', 'Describe your path'),
        ' if you have not yet. Sorted by who is taking mentees meanwhile.']
      : 'Match scores are not available right now, so mentors are sorted by who is taking mentees instead.'));
  }
  if (!found.items.length) {
    nodes.push(h('p', {}, 'No mentor fits all of these filters. Try fewer filters, or ',
      link('/mentors', 'clear them all'), '.'));
    return nodes;
  }
  nodes.push(h('ul', { class: 'list' }, found.items.map((listing) => h('li', { 'data-testid': `listing-${listing.mentorId}` },
    h('h3', {}, link(`/mentors/${encodeURIComponent(listing.mentorId)}`, listing.displayName)),
    h('p', { class: 'row' }, availabilityBadge(listing),
      listing.matchScore !== undefined && listing.matchScore !== null ? scoreBadge(listing.matchScore) : null),
    h('p', {}, journeySummary(listing)),
    tags(listing.topics, (topic) => label(HELP_TOPICS, topic)),
    listing.languages?.length ? h('p', { class: 'muted' }, `Speaks ${listing.languages.map(languageName).join(', ')}`) : null))));
  nodes.push(pager(found, wanted));
  return nodes;
}

function pager(found, wanted) {
  if (found.totalPages <= 1) return null;
  const at = (page) => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(wanted)) if (value) search.set(name, value);
    if (page > 0) search.set('page', String(page));
    return `/mentors?${search}`;
  };
  return h('nav', { class: 'row', 'aria-label': 'Pages' },
    found.page > 0 ? link(at(found.page - 1), 'Previous page') : null,
    h('span', { class: 'muted' }, `Page ${found.page + 1} of ${found.totalPages}`),
    found.page + 1 < found.totalPages ? link(at(found.page + 1), 'Next page') : null);
}

export async function mentor(main, { params, navigate }) {
  const mentorId = params.mentorId;
  const heading = h('h1', {}, 'Mentor');
  const body = h('div', {}, h('p', { class: 'muted', role: 'status' }, 'Loading...'));
  main.append(heading, body);

  const [listingAnswer, suggestionsAnswer, pairingsAnswer, profileAnswer] = await Promise.allSettled([
    get(`/api/mentors/${encodeURIComponent(mentorId)}`),
    get('/api/match/suggestions?limit=100'),
    get('/api/pairings'),
    get('/api/mentees/me'),
  ]);
  if (listingAnswer.status === 'rejected') {
    const error = listingAnswer.reason;
    body.replaceChildren(error.status === 404 || error.status === 400
      ? h('p', {}, 'This mentor is not in the directory (any more). ', link('/mentors', 'Find another mentor'))
      : problemNote(error, () => navigate(location.pathname, { replace: true })));
    return;
  }
  const listing = listingAnswer.value;
  heading.textContent = listing.displayName;
  document.title = `${listing.displayName} - Rematch`;
  const suggestion = suggestionsAnswer.status === 'fulfilled'
    ? suggestionsAnswer.value.suggestions.find((s) => s.mentorId === mentorId) : null;

  body.replaceChildren(
    h('article', { class: 'card', 'data-testid': `listing-${mentorId}` },
      h('p', { class: 'row' }, availabilityBadge(listing), suggestion ? scoreBadge(suggestion.score) : null),
      h('h2', {}, 'Their journey'),
      h('p', {}, journeySummary(listing)),
      listing.bio ? h('p', { class: 'prose' }, listing.bio) : null,
      listing.whatHelped?.length ? [h('h3', {}, 'What helped them match'),
        tags(listing.whatHelped, (value) => label(WHAT_HELPED, value))] : null,
      h('h2', {}, 'What they offer'),
      tags(listing.topics, (topic) => label(HELP_TOPICS, topic)),
      h('p', {}, `Speaks ${listing.languages.map(languageName).join(', ')}. `,
        `Time zone: ${listing.timeZone.replace(/_/g, ' ')}. `,
        `Mentors up to ${listing.capacity} mentee${listing.capacity === 1 ? '' : 's'} at a time.`),
      suggestion ? [reasonsList(suggestion.reasons, `Why ${listing.displayName} fits your path`),
        scoreParts(suggestion.components)] : null),
    requestSection(listing, pairingsAnswer, profileAnswer, suggestionsAnswer, navigate),
    h('p', {}, link('/mentors', 'Back to all mentors')));
}

/** Whether and how the mentee may ask this mentor now, and the form to do it. */
function requestSection(listing, pairingsAnswer, profileAnswer, suggestionsAnswer, navigate) {
  const name = listing.displayName;
  const section = (...children) => h('section', { class: 'card', 'aria-labelledby': 'request-heading' },
    h('h2', { id: 'request-heading' }, 'Request this mentor'), ...children);
  const mine = pairingsAnswer.status === 'fulfilled' ? pairingsAnswer.value : [];
  const open = mine.find((p) => p.state === 'PROPOSED' || p.state === 'ACCEPTED');
  const profile = profileAnswer.status === 'fulfilled' ? profileAnswer.value : null;

  if (!profile) {
    return section(h('p', {}, 'Describe your path first, so the mentor sees where you stand. ',
      link('/profile', 'Describe your path')));
  }
  if (open && open.mentorId === listing.mentorId) {
    return section(h('p', {}, open.state === 'ACCEPTED' ? `${name} is your mentor.` : `You have asked ${name}; `
      + 'we are waiting for their answer. '), link(`/pairings/${encodeURIComponent(open.id)}`, 'See this mentorship'));
  }
  if (open) {
    return section(h('p', {}, open.state === 'ACCEPTED'
      ? 'You have a mentor already. '
      : 'You have a proposal waiting for a mentor\'s answer; you can ask another mentor once it is decided. ',
    link('/pairings', 'See your mentorship')));
  }
  if (profile.status !== 'SEEKING') {
    return section(h('p', {}, 'Your path says you are not looking for a mentor right now. ', link('/profile', 'See your path')));
  }
  if (!listing.accepting) {
    return section(h('p', {}, listing.pausedUntil
      ? `${name} is taking a break until ${day(listing.pausedUntil)}. Ask again then, or choose another mentor.`
      : `${name} is not taking new mentees at the moment.`), link('/mentors', 'Find another mentor'));
  }
  const note = suggestionsAnswer.status === 'rejected' && suggestionsAnswer.reason?.status === 409
    ? h('p', { class: 'muted' }, 'Matching is still receiving your path; if the request is refused, try again in a few seconds.')
    : null;
  return section(
    h('p', {}, `We send ${name} your request with the parts of your path you share with mentors. They have a few days `
      + '(usually 72 hours) to answer; if they cannot, matching looks for your next mentor.'),
    note,
    disclosure('Request this mentor', () => requestMentorForm(listing.mentorId, name,
      (pairing) => navigate(`/pairings/${encodeURIComponent(pairing.id)}`)), { testid: `ask-${listing.mentorId}`, className: '' }));
}
