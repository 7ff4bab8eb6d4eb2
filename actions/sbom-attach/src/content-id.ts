import { createHash } from 'node:crypto';

// RFC 4122 URL namespace: the name hashed below is a content digest, not a URL, but any fixed namespace works.
const NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** SHA-256 of a text, hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A name-based (version 5) UUID of a document's content digest: the same content always gets the
 * same serial number, different content a different one. CycloneDX's schema accepts versions 1–5 only.
 */
export function contentUuid(contentDigest: string): string {
  const h = createHash('sha1').update(NAMESPACE).update(`release-kit:sbom:${contentDigest}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
