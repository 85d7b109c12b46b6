// The place a phone's camera wrote into a JPEG (EXIF GPS IFD: latitude and longitude as degrees,
// minutes and seconds, with N/S and E/W), read from the original file before photos.js scales it
// down, since drawing it on a canvas drops every EXIF tag. Written here rather than taken from a
// library: only these four tags are wanted, and no EXIF reader is published as a WebJar (docs/adr/0006).
// Reads the first 128 KB of the file only (an APP1 segment is at most 64 KB and comes first).

const HEAD = 128 * 1024;
const GPS_IFD_POINTER = 0x8825;
const LATITUDE_REF = 0x0001;
const LATITUDE = 0x0002;
const LONGITUDE_REF = 0x0003;
const LONGITUDE = 0x0004;
const RATIONAL = 5;
const ASCII = 2;

/** {latitude, longitude} from the photo's EXIF GPS, rounded to 6 decimals; null when none. */
export async function readGps(file) {
  try {
    const view = new DataView(await file.slice(0, HEAD).arrayBuffer());
    const tiff = findExif(view);
    return tiff === null ? null : gpsOf(view, tiff);
  } catch (e) {
    return null; // a damaged or unusual file: no place from it, the citizen can still pin one
  }
}

/** The offset of the TIFF header inside the JPEG's "Exif" APP1 segment, or null. */
function findExif(view) {
  if (view.byteLength < 4 || view.getUint16(0) !== 0xFFD8) {
    return null;
  }
  let at = 2;
  while (at + 4 <= view.byteLength) {
    const marker = view.getUint16(at);
    if ((marker & 0xFF00) !== 0xFF00 || marker === 0xFFDA) {
      return null; // not a marker, or the image data starts: no EXIF before it
    }
    const length = view.getUint16(at + 2);
    if (marker === 0xFFE1 && at + 10 <= view.byteLength
        && view.getUint32(at + 4) === 0x45786966 && view.getUint16(at + 8) === 0) { // "Exif\0\0"
      return at + 10;
    }
    at += 2 + length;
  }
  return null;
}

function gpsOf(view, tiff) {
  const order = view.getUint16(tiff);
  if (order !== 0x4949 && order !== 0x4D4D) {
    return null;
  }
  const little = order === 0x4949;
  const u16 = (o) => view.getUint16(tiff + o, little);
  const u32 = (o) => view.getUint32(tiff + o, little);
  if (u16(2) !== 42) {
    return null;
  }
  const entries = (ifd) => {
    const list = new Map();
    const n = u16(ifd);
    for (let i = 0; i < n; i++) {
      const e = ifd + 2 + i * 12;
      list.set(u16(e), { type: u16(e + 2), count: u32(e + 4), entry: e + 8 });
    }
    return list;
  };
  const pointer = entries(u32(4)).get(GPS_IFD_POINTER);
  if (!pointer) {
    return null;
  }
  const gps = entries(u32(pointer.entry));
  const ref = (tag) => {
    const e = gps.get(tag);
    return e && e.type === ASCII ? String.fromCharCode(view.getUint8(tiff + e.entry)) : null;
  };
  const degrees = (tag) => {
    const e = gps.get(tag);
    if (!e || e.type !== RATIONAL || e.count !== 3) {
      return null;
    }
    const at = u32(e.entry);
    const part = (i) => {
      const den = u32(at + i * 8 + 4);
      return den === 0 ? NaN : u32(at + i * 8) / den;
    };
    return part(0) + part(1) / 60 + part(2) / 3600;
  };
  const lat = degrees(LATITUDE);
  const lon = degrees(LONGITUDE);
  const latRef = ref(LATITUDE_REF);
  const lonRef = ref(LONGITUDE_REF);
  if (lat === null || lon === null || !Number.isFinite(lat) || !Number.isFinite(lon)
      || !'NS'.includes(latRef || '?') || !'EW'.includes(lonRef || '?')) {
    return null;
  }
  const latitude = round(latRef === 'S' ? -lat : lat);
  const longitude = round(lonRef === 'W' ? -lon : lon);
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || (latitude === 0 && longitude === 0)) {
    return null; // a camera without a fix writes zeros
  }
  return { latitude, longitude };
}

function round(x) {
  return Math.round(x * 1e6) / 1e6;
}
