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

  // crypto.subtle answers each digest through a promise; asking for a batch at once and then
  // reading the answers in order is several times faster than one at a time, and still finds the
  // lowest nonce, as the Java solver does.
  var BATCH = 256;

  async function solve(challenge, difficulty, subtle) {
    var encoder = new TextEncoder();
    subtle = subtle || root.crypto.subtle;
    for (var start = 0; ; start += BATCH) {
      var pending = [];
      for (var n = start; n < start + BATCH; n++) {
        pending.push(subtle.digest('SHA-256', encoder.encode(challenge + n)));
      }
      var digests = await Promise.all(pending);
      for (var i = 0; i < BATCH; i++) {
        if (leadingZeroBits(new Uint8Array(digests[i])) >= difficulty) {
          return String(start + i);
        }
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
