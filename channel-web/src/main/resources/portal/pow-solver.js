/*
 * The portal's proof-of-work solver (vendored, no dependencies, no CDN). Asks the hub for a
 * challenge, finds the first decimal nonce 0, 1, 2... such that SHA-256(challenge + nonce) has
 * `difficulty` leading zero bits (the same search as ProofOfWorkSolver.java, so both find the same
 * nonce), and returns the X-Pow header value to send with POST /api/web/reports.
 *
 *   const pow = await HubPow.headerFor('/api/web/challenge');   // null when not required
 *   if (pow) headers['X-Pow'] = pow;
 */
(function (root) {
  'use strict';

  function leadingZeroBits(bytes) {
    var bits = 0;
    for (var i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0) { bits += 8; continue; }
      return bits + Math.clz32(bytes[i]) - 24;
    }
    return bits;
  }

  async function solve(challenge, difficulty, subtle) {
    var encoder = new TextEncoder();
    subtle = subtle || root.crypto.subtle;
    for (var n = 0; ; n++) {
      var digest = await subtle.digest('SHA-256', encoder.encode(challenge + n));
      if (leadingZeroBits(new Uint8Array(digest)) >= difficulty) {
        return String(n);
      }
    }
  }

  async function headerFor(challengeUrl) {
    var response = await fetch(challengeUrl, { cache: 'no-store' });
    var c = await response.json();
    if (!c.required) { return null; }
    return c.challenge + ':' + await solve(c.challenge, c.difficulty);
  }

  root.HubPow = { solve: solve, headerFor: headerFor, leadingZeroBits: leadingZeroBits };
})(typeof window !== 'undefined' ? window : globalThis);
