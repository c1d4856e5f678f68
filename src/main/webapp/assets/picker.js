// Organisation picker: a lazily loaded tree (ARIA tree pattern, keyboard) starting at the user's scope, and a
// diacritics-insensitive search. The server limits both to the user's scope.
import { get, query } from './api.js';
import { h, replace, id as newId } from './dom.js';
import { byName } from './format.js';

/** Opens the picker; resolves to {code, name} or null when closed without a choice. */
export function pickOrganization({ scope, year }) {
  // the tree as it stands at the end of the chosen year, or on the last day of the user's unit when it ended before
  // (a district committee closed on 30/6/2025 shows its communes and cells of that day)
  let date = `${year}-12-31`;
  return new Promise((resolve) => {
    let chosen = null;
    const titleId = newId('picker-title');
    const searchId = newId('picker-search');
    const search = h('input', { id: searchId, type: 'search', autocomplete: 'off', placeholder: 'Ví dụ: nam ma, bảo thắng' });
    const results = h('ul', { class: 'picker-results', 'aria-label': 'Kết quả tìm kiếm' });
    const tree = h('ul', { role: 'tree', class: 'tree', 'aria-labelledby': titleId });
    const status = h('p', { class: 'muted', role: 'status' });
    const dialog = h('dialog', { class: 'picker', 'aria-labelledby': titleId },
      h('div', { class: 'picker-head' },
        h('h2', { id: titleId }, 'Chọn tổ chức đảng'),
        h('button', { type: 'button', class: 'link', onclick: () => dialog.close() }, 'Đóng')),
      h('label', { for: searchId }, 'Tìm theo tên (có dấu hoặc không dấu)'),
      search, status, results,
      h('p', { class: 'hint' }, 'Hoặc duyệt cây: mũi tên lên/xuống để di chuyển, phải/trái để mở/đóng, Enter để chọn.'),
      tree);
    document.body.append(dialog);

    function choose(org) {
      chosen = { code: org.code, name: org.name };
      dialog.close();
    }
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(chosen);
    });

    // ---- tree
    function item(org) {
      const li = h('li', { role: 'treeitem', tabindex: '-1', 'aria-expanded': org.kind === 'CELL' ? null : 'false',
        dataset: { code: org.code } },
      h('span', { class: 'tree-label' }, h('span', { class: 'tree-toggle', 'aria-hidden': 'true' }, org.kind === 'CELL' ? '·' : '▸'),
        org.name, ' ', h('small', { class: 'muted' }, org.code)));
      li.org = org;
      li.querySelector('.tree-label').addEventListener('click', (e) => {
        e.stopPropagation();
        focusItem(li);
        if (e.target.classList.contains('tree-toggle')) toggle(li);
        else choose(org);
      });
      return li;
    }
    async function expand(li) {
      if (!li.hasAttribute('aria-expanded')) return;
      li.setAttribute('aria-expanded', 'true');
      li.querySelector('.tree-toggle').textContent = '▾';
      if (li.querySelector('ul')) return;
      const group = h('ul', { role: 'group' }, h('li', { class: 'muted', role: 'none' }, 'Đang tải…'));
      li.append(group);
      try {
        const children = await get(`organizations/${encodeURIComponent(li.dataset.code)}/children${query({ date })}`);
        replace(group, byName(children).map(item));
        if (!children.length) {
          li.removeAttribute('aria-expanded');
          li.querySelector('.tree-toggle').textContent = '·';
          group.remove();
        }
      } catch (e) {
        replace(group, h('li', { role: 'none', class: 'field-error' }, e.detail || e.message));
      }
    }
    function collapse(li) {
      if (li.getAttribute('aria-expanded') !== 'true') return;
      li.setAttribute('aria-expanded', 'false');
      li.querySelector('.tree-toggle').textContent = '▸';
    }
    function toggle(li) {
      if (li.getAttribute('aria-expanded') === 'true') collapse(li); else expand(li);
    }
    function visibleItems() {
      return [...tree.querySelectorAll('[role=treeitem]')].filter((li) => {
        for (let p = li.parentElement.closest('[role=treeitem]'); p; p = p.parentElement.closest('[role=treeitem]')) {
          if (p.getAttribute('aria-expanded') !== 'true') return false;
        }
        return true;
      });
    }
    function focusItem(li) {
      for (const x of tree.querySelectorAll('[role=treeitem]')) x.tabIndex = -1;
      li.tabIndex = 0;
      li.focus();
    }
    tree.addEventListener('keydown', async (e) => {
      const li = e.target.closest('[role=treeitem]');
      if (!li) return;
      const items = visibleItems();
      const i = items.indexOf(li);
      const handled = true;
      switch (e.key) {
        case 'ArrowDown': if (items[i + 1]) focusItem(items[i + 1]); break;
        case 'ArrowUp': if (i > 0) focusItem(items[i - 1]); break;
        case 'Home': focusItem(items[0]); break;
        case 'End': focusItem(items[items.length - 1]); break;
        case 'ArrowRight':
          if (li.getAttribute('aria-expanded') === 'false') await expand(li);
          else if (li.getAttribute('aria-expanded') === 'true') {
            const first = li.querySelector('[role=group] > [role=treeitem]');
            if (first) focusItem(first);
          }
          break;
        case 'ArrowLeft':
          if (li.getAttribute('aria-expanded') === 'true') collapse(li);
          else {
            const parent = li.parentElement.closest('[role=treeitem]');
            if (parent) focusItem(parent);
          }
          break;
        case 'Enter': case ' ': choose(li.org); break;
        default: return;
      }
      if (handled) e.preventDefault();
    });

    // ---- search
    let timer = null;
    let seq = 0;
    search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(runSearch, 250);
    });
    search.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') {
        const first = results.querySelector('button') || tree.querySelector('[role=treeitem]');
        if (first) {
          e.preventDefault();
          if (first.getAttribute('role') === 'treeitem') focusItem(first); else first.focus();
        }
      }
    });
    results.addEventListener('keydown', (e) => {
      const buttons = [...results.querySelectorAll('button')];
      const i = buttons.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' && buttons[i + 1]) { e.preventDefault(); buttons[i + 1].focus(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? buttons[i - 1] : search).focus(); }
    });
    async function runSearch() {
      const q = search.value.trim();
      const mine = ++seq;
      if (q.length < 2) {
        replace(results);
        status.textContent = '';
        return;
      }
      try {
        const found = await get(`organizations${query({ q, date, limit: 30 })}`);
        if (mine !== seq) return;
        status.textContent = found.length ? `${found.length} kết quả` : 'Không tìm thấy tổ chức nào.';
        replace(results, byName(found).map((o) => h('li', {},
          h('button', { type: 'button', class: 'result', onclick: () => choose(o) },
            o.name, ' ', h('small', { class: 'muted' }, `${o.code} · ${o.kindLabel}`)))));
      } catch (e) {
        if (mine === seq) status.textContent = e.detail || e.message;
      }
    }

    dialog.showModal();
    search.focus();
    if (scope) {
      // a unit that ended before the date is not valid on it: then its latest record, and the tree of its last day
      get(`organizations/${encodeURIComponent(scope)}${query({ date })}`)
        .catch(() => get(`organizations/${encodeURIComponent(scope)}`)).then((root) => {
        if (root.validTo && root.validTo < date) date = root.validTo;
        const li = item(root);
        li.tabIndex = 0;
        replace(tree, li);
        expand(li);
      }).catch((e) => replace(tree, h('li', { role: 'none', class: 'field-error' }, e.detail || e.message)));
    } else {
      replace(tree, h('li', { role: 'none', class: 'muted' }, 'Tài khoản quản trị hệ thống: hãy tìm tổ chức theo tên.'));
    }
  });
}
