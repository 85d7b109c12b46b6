// Up to five photos: picked with the file input (the phone's camera or gallery), previewed, each
// removable. At sending, a large photo is scaled down in the browser (longest side 1600 px, JPEG),
// so it goes up in seconds on a mobile network, and its EXIF data (the phone's GPS position
// among it) stays behind: so the place is read from the original file when it is picked, and
// handed to onLocation (the report form pins it).
import { t, h, onLanguageChange } from '/portal-shared/portal.js';
import { readGps } from '/portal/exif-gps.js';

const LONGEST_SIDE = 1600;
const KEEP_BELOW_BYTES = 1_000_000;

/**
 * @param max the most photos a report takes
 * @param onLocation called with {latitude, longitude} of the first picked photo that carries one
 */
export function photoPicker(max, onLocation = () => {}) {
  const input = document.getElementById('photos');
  const previews = document.getElementById('photo-previews');
  const error = document.getElementById('photos-error');
  const chosen = []; // {file, url}

  function say(vi, en) {
    error.textContent = vi ? t(vi, en) : '';
    error.hidden = !vi;
  }

  function render() {
    previews.replaceChildren(...chosen.map((photo, i) => h('li', { class: 'photo' },
      h('img', { src: photo.url, alt: t(`Ảnh ${i + 1}`, `Photo ${i + 1}`), width: 96, height: 96 }),
      h('button', { type: 'button', class: 'button secondary', 'data-index': i,
        onclick: () => remove(i) }, t(`Xóa ảnh ${i + 1}`, `Remove photo ${i + 1}`)))));
  }

  function remove(index) {
    URL.revokeObjectURL(chosen[index].url);
    chosen.splice(index, 1);
    say(null);
    render();
    const next = previews.querySelector('button') || input;
    next.focus();
  }

  input.addEventListener('change', () => {
    let skipped = 0;
    for (const file of input.files) {
      if (!file.type.startsWith('image/')) {
        skipped++;
        continue;
      }
      if (chosen.length >= max) {
        say(`Chỉ gửi được tối đa ${max} ảnh.`, `At most ${max} photos can be sent.`);
        break;
      }
      chosen.push({ file, url: URL.createObjectURL(file) });
      readGps(file).then((place) => place && onLocation(place));
    }
    if (skipped) {
      say('Chỉ nhận tệp ảnh.', 'Only image files are accepted.');
    }
    input.value = '';
    render();
  });
  onLanguageChange(render);

  return {
    count: () => chosen.length,
    /** The photos as they will be sent: scaled down where large. */
    prepare: () => Promise.all(chosen.map((photo) => shrink(photo.file))),
  };
}

async function shrink(file) {
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, LONGEST_SIDE / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size < KEEP_BELOW_BYTES && file.type === 'image/jpeg') {
      bitmap.close();
      return file;
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    return blob ? new File([blob], 'photo.jpg', { type: 'image/jpeg' }) : file;
  } catch (e) {
    return file; // a format the browser cannot draw: sent as it is, the server judges it
  }
}
