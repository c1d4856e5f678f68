// The signed-in user and what is being viewed (organisation, year); kept for the tab in sessionStorage.

function load(key) {
  try { return JSON.parse(sessionStorage.getItem(key)); } catch (e) { return null; }
}

export const state = {
  me: null,
  org: load('ptdv.org'),
  // null until chosen: the pages then open on the latest year with data in the user's scope (GET dashboard/latest-year)
  year: load('ptdv.year') || null,
};

export function setOrganization(org) {
  state.org = org;
  sessionStorage.setItem('ptdv.org', JSON.stringify(org));
}

export function setYear(year) {
  if (!Number.isInteger(year)) return;
  state.year = year;
  sessionStorage.setItem('ptdv.year', JSON.stringify(year));
}

/**
 * Whether the signed-in user has the permission, as GET auth/me tells (the server decides every call; this only hides
 * what would fail).
 */
export function can(permission) {
  return !!state.me && (state.me.permissions || []).includes(permission);
}
