// The console's entry point: who is signed in, and which screen the address (#/…) asks for.
import { api, whenSessionLost } from './api.js';
import { renderAgencies, renderAgency } from './agencies.js';
import { clearNotice, h, notify, setChannels, show } from './dom.js';
import { renderCoordination, renderLeague } from './coordination.js';
import { renderInbox } from './inbox.js';
import { renderKnowledge } from './knowledge.js';
import { renderSignIn } from './signin.js';
import { renderTicket } from './ticket.js';

const session = { staff: null, catalog: null };
let renderCount = 0;
let previousRoute = null;

function coordinating() {
  return session.staff && ['COORDINATOR', 'ADMINISTRATOR'].includes(session.staff.role);
}

const routes = [
  [/^#\/tickets\/(\d+)$/, (ctx, m) => renderTicket(ctx, m[1]), 'nav-inbox'],
  [/^#\/coordination$/, (ctx, m, params) => (coordinating() ? renderCoordination(ctx, params)
    : ctx.navigate('#/inbox')), 'nav-coordination'],
  [/^#\/league$/, (ctx) => renderLeague(ctx), 'nav-league'],
  [/^#\/agencies(?:\/([^/]+))?$/, (ctx, m) => (!coordinating() ? ctx.navigate('#/inbox')
    : m[1] ? renderAgency(ctx, decodeURIComponent(m[1])) : renderAgencies(ctx)), 'nav-agencies'],
  [/^#\/inbox$/, (ctx, m, params) => renderInbox(ctx, params), 'nav-inbox'],
  [/^#\/knowledge$/, (ctx) => renderKnowledge(ctx), 'nav-knowledge'],
];

async function route() {
  const token = ++renderCount;
  if (!session.staff) {
    renderSignIn(signedIn);
    return;
  }
  const [path, query = ''] = (location.hash || '#/inbox').split('?');
  const found = routes.find(([pattern]) => pattern.test(path));
  if (!found) {
    navigate('#/inbox');
    return;
  }
  const [pattern, render, navId] = found;
  const fromRoute = previousRoute;
  previousRoute = path;
  markNav(navId);
  const ctx = {
    session,
    isCurrent: () => token === renderCount && session.staff !== null,
    navigate,
    cameFromList: () => fromRoute !== null && !fromRoute.startsWith('#/tickets/'),
  };
  try {
    await render(ctx, path.match(pattern), new URLSearchParams(query));
  } catch (e) {
    if (ctx.isCurrent()) {
      failed(e);
    }
  }
}

function failed(e) {
  if (e.status === 401) {
    return; // whenSessionLost shows the sign-in form
  }
  show(h('h1', {}, 'Không mở được trang'),
    h('p', { id: 'page-error', class: 'form-error', role: 'alert' }, e.message || String(e),
      e.messageEn ? h('span', { class: 'en', lang: 'en' }, ' ' + e.messageEn) : null),
    h('p', {}, h('a', { href: '#/inbox' }, 'Về hộp phiếu')));
}

function navigate(hash) {
  if (location.hash === hash) {
    route();
  } else {
    location.hash = hash;
  }
}

function markNav(activeId) {
  for (const link of document.querySelectorAll('#nav a')) {
    if (link.id === activeId) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

async function signedIn(staff) {
  if (staff.role === 'HOTLINE_OPERATOR') {
    // Operators have no inbox and no ticket page: their screen is the hotline's.
    window.location.assign('/hotline');
    return;
  }
  session.staff = staff;
  try {
    session.catalog = session.catalog || await api.catalog();
  } catch (e) {
    session.catalog = { categories: [], communes: [], agencies: [], channels: [] };
    notify('Không tải được danh mục lĩnh vực, xã phường, cơ quan: ' + e.message, 'error');
  }
  setChannels(session.catalog.channels);
  showWho();
  clearNotice();
  route();
}

function showWho() {
  const staff = session.staff;
  const signed = staff !== null;
  document.getElementById('nav').hidden = !signed;
  document.getElementById('whoami').hidden = !signed;
  document.getElementById('nav-coordination').hidden = !coordinating();
  document.getElementById('nav-agencies').hidden = !coordinating();
  document.getElementById('nav-knowledge').hidden = !(coordinating()
    || (signed && staff.role === 'AGENCY_LEAD'));
  if (!signed) {
    return;
  }
  const agency = staff.agencyCode
    ? (session.catalog.agencies.find((a) => a.code === staff.agencyCode) || { name: staff.agencyCode }).name
    : 'Toàn tỉnh';
  document.getElementById('whoami-name').textContent = staff.displayName;
  const role = document.getElementById('whoami-role');
  role.textContent = staff.roleLabel;
  role.title = staff.roleLabelEn;
  role.dataset.role = staff.role;
  document.getElementById('whoami-agency').textContent = agency;
}

function signedOut(reason) {
  session.staff = null;
  showWho();
  renderCount++;
  renderSignIn(signedIn, reason);
}

document.getElementById('signout').addEventListener('click', async () => {
  try {
    await api.signOut();
  } catch (e) {
    // Already signed out on the server (expired, or signed out elsewhere): nothing to undo.
  }
  clearNotice();
  history.replaceState(null, '', '#/inbox');
  previousRoute = null;
  signedOut('Bạn đã đăng xuất.');
});

whenSessionLost((failure) => signedOut(failure.message));
window.addEventListener('hashchange', route);

(async function start() {
  try {
    const staff = await api.me();
    await signedIn(staff);
  } catch (e) {
    if (e.status === 401 || e.status === 403) {
      signedOut();
    } else {
      failed(e);
    }
  }
}());
