import LZString from 'lz-string';

/** cmi.suspend_data is a CMIString4096 in SCORM 1.2: an LMS may refuse or cut anything longer. */
export const SUSPEND_DATA_LIMIT = 4096;

/** Marks our suspend data (and its version): anything else in cmi.suspend_data is another package's. */
const TAG = 'opl1:';
/** Far above our data (a few kilobytes of JSON); LZ text could unpack to far more (a decompression bomb). */
const MAX_JSON_LENGTH = 200_000;

/**
 * JSON, compressed by lz-string into base64 (letters, digits, '+', '/', '='), which every LMS stores as it
 * is, behind a tag. Null when the result would not fit cmi.suspend_data.
 */
export function encodeSuspendData(value: unknown): string | null {
  const text = TAG + LZString.compressToBase64(JSON.stringify(value));
  return text.length <= SUSPEND_DATA_LIMIT ? text : null;
}

/**
 * What `encodeSuspendData` packed; 'foreign' for text that is not ours or cannot be unpacked (cut off,
 * damaged, another version), 'empty' for none. Never throws.
 */
export function decodeSuspendData(text: string): { value: unknown } | 'empty' | 'foreign' {
  if (text === '') return 'empty';
  if (!text.startsWith(TAG) || text.length > SUSPEND_DATA_LIMIT) return 'foreign';
  try {
    const json = LZString.decompressFromBase64(text.slice(TAG.length));
    if (!json || json.length > MAX_JSON_LENGTH) return 'foreign';
    return { value: JSON.parse(json) as unknown };
  } catch {
    return 'foreign';
  }
}
