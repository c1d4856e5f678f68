// The signed-in user and what is being viewed (organisation, year); kept for the tab in sessionStorage.

const PERMISSIONS = {
  READ_ADMISSIONS: ['SYSTEM_ADMIN', 'ADMIN', 'DATA_ENTRY'],
  WRITE_ADMISSIONS: ['SYSTEM_ADMIN', 'ADMIN', 'DATA_ENTRY'],
  DOWNLOAD_NAMED_LISTS: ['SYSTEM_ADMIN', 'ADMIN', 'DATA_ENTRY', 'POLITICAL_CENTRE'],
  MANAGE_EMULATION: ['SYSTEM_ADMIN', 'ADMIN', 'EMULATION_SECRETARY'],
};

function load(key) {
  try { return JSON.parse(sessionStorage.getItem(key)); } catch (e) { return null; }
}

export const state = {
  me: null,
  org: load('ptdv.org'),
  year: load('ptdv.year') || new Date().getFullYear(),
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

/** Whether the signed-in user's role has the permission (the server decides; this only hides what would fail). */
export function can(permission) {
  return !!state.me && (PERMISSIONS[permission] || []).includes(state.me.role);
}
