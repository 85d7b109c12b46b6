// Where the matter is: the commune picked from the catalog's list as one types (diacritics
// folded: "tan an" finds "Phường Tân An"), and, when the province configured map tiles, a pin
// on a Leaflet map. Either, or the free address, is enough for the hub.
import { t, h, onLanguageChange } from '/portal-shared/portal.js';
import { search } from '/portal-shared/fold.js';

const MAX_OPTIONS = 8;

/**
 * An ARIA 1.2 combobox over the communes: arrows move, Enter picks, Escape closes. Returns
 * {code()}: the picked commune's code, or null while the text is not a picked name.
 */
export function communePicker(communes) {
  const input = document.getElementById('commune');
  const list = document.getElementById('commune-list');
  const count = document.getElementById('commune-count');
  let shown = [];
  let active = -1;
  let picked = null;

  function open(items) {
    shown = items.slice(0, MAX_OPTIONS);
    active = -1;
    list.replaceChildren(...shown.map((c, i) => h('li', {
      id: `commune-option-${i}`, role: 'option', 'aria-selected': 'false', 'data-code': c.code,
      onmousedown: (e) => e.preventDefault(), // keep focus in the input
      onclick: () => pick(c),
    }, c.name)));
    const any = shown.length > 0;
    list.hidden = !any;
    input.setAttribute('aria-expanded', String(any));
    input.removeAttribute('aria-activedescendant');
    count.textContent = input.value.trim()
      ? t(`${items.length} kết quả`, `${items.length} result${items.length === 1 ? '' : 's'}`) : '';
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const li = list.children[index];
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    }
  }

  function pick(commune) {
    picked = commune;
    input.value = commune.name;
    input.dataset.code = commune.code;
    close();
    count.textContent = t(`Đã chọn ${commune.name}`, `Chosen: ${commune.name}`);
  }

  input.addEventListener('input', () => {
    picked = null;
    delete input.dataset.code;
    open(input.value.trim() ? search(communes, input.value) : []);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) {
        open(search(communes, input.value));
      }
      if (shown.length) {
        const step = e.key === 'ArrowDown' ? 1 : -1;
        highlight((active + step + shown.length) % shown.length);
      }
    } else if (e.key === 'Enter' && !list.hidden) {
      e.preventDefault(); // picking is not sending
      const choice = shown[active >= 0 ? active : 0];
      if (choice) {
        pick(choice);
      }
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => {
    // A unique match typed in full counts as picked, as the citizen clearly meant it.
    if (!picked && input.value.trim()) {
      const found = search(communes, input.value);
      if (found.length === 1) {
        pick(found[0]);
      }
    }
    close();
  });
  return { code: () => (picked ? picked.code : null), input };
}

/**
 * The map, only when the province configured tiles: Leaflet is loaded then and not before (it
 * is most of a page's weight). Returns {point()} with {latitude, longitude} or null.
 */
export function mapPin(settings) {
  const tiles = settings && settings.map && settings.map.tiles;
  if (!tiles) {
    return { point: () => null, placeAt: () => false };
  }
  document.getElementById('map-off').hidden = true;
  document.getElementById('map-on').hidden = false;
  let marker = null;
  let map = null;
  let pending = null; // a place given before Leaflet is loaded
  let fromPhoto = false;
  const status = document.getElementById('pin-status');
  const clear = document.getElementById('pin-clear');

  function describe() {
    const where = marker ? format(marker.getLatLng()) : '';
    status.textContent = !marker ? t('Chưa ghim vị trí.', 'No pin yet.')
      : fromPhoto ? t(`Đã ghim theo vị trí trong ảnh: ${where}`, `Pinned where the photo was taken: ${where}`)
        : t(`Đã ghim: ${where}`, `Pinned: ${where}`);
    clear.hidden = !marker;
  }

  function place(latlng, photo = false) {
    fromPhoto = photo;
    if (marker) {
      marker.setLatLng(latlng);
    } else {
      marker = window.L.marker(latlng, { draggable: true, keyboard: true,
        alt: t('Vị trí đã ghim', 'Pinned place') }).addTo(map);
      marker.on('dragend', () => {
        fromPhoto = false;
        describe();
      });
    }
    describe();
  }

  loadLeaflet().then(() => {
    const L = window.L;
    map = L.map('map', { keyboard: true })
      .setView([settings.map.centerLatitude, settings.map.centerLongitude], settings.map.zoom);
    L.tileLayer(tiles.urlTemplate, { maxZoom: tiles.maxZoom, attribution: escape(tiles.attribution) })
      .addTo(map);
    map.on('click', (e) => place(e.latlng));
    document.getElementById('pin-center').addEventListener('click', () => place(map.getCenter()));
    clear.addEventListener('click', () => {
      marker.remove();
      marker = null;
      describe();
    });
    if (pending) {
      place(pending, true);
      map.setView(pending, Math.max(map.getZoom(), 16));
      pending = null;
    }
    describe();
    onLanguageChange(describe);
  }).catch(() => {
    status.textContent = t('Không tải được bản đồ; hãy chọn xã/phường hoặc ghi địa chỉ.',
      'The map could not be loaded; choose the commune or write the address.');
  });

  return {
    point: () => {
      if (!marker) {
        return null;
      }
      const p = marker.getLatLng();
      return { latitude: round(p.lat), longitude: round(p.lng) };
    },
    /** Pins where a photo was taken, unless the citizen pinned a place already; true if pinned. */
    placeAt: ({ latitude, longitude }) => {
      const latlng = { lat: latitude, lng: longitude };
      if (marker) {
        return false;
      }
      if (!map) {
        pending = pending || latlng;
        return true;
      }
      place(latlng, true);
      map.setView(latlng, Math.max(map.getZoom(), 16));
      return true;
    },
  };
}

function loadLeaflet() {
  return new Promise((resolve, reject) => {
    document.head.append(h('link', { rel: 'stylesheet', href: '/portal/leaflet/leaflet.css' }));
    document.head.append(h('script', { src: '/portal/leaflet/leaflet.js',
      onload: resolve, onerror: reject }));
  });
}

// Leaflet writes the attribution as markup; the setting is plain text.
function escape(text) {
  const div = document.createElement('div');
  div.textContent = text || '';
  return div.innerHTML;
}

const round = (x) => Math.round(x * 1e6) / 1e6;
const format = (p) => `${round(p.lat)}, ${round(p.lng)}`;
