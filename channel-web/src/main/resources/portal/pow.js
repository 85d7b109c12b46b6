// The anti-automation proof each report and each follow carries when the province turned it on
// (GET /api/web/challenge says whether). Work starts when the citizen starts the form, in a Web
// Worker, so the answer is usually ready when they press Send; each proof buys one request.
import { getJson } from '/portal-shared/api.js';

const MARGIN_MS = 30_000;
let ready = null;

/** Starts on the next proof now (idempotent until it is taken). */
export function prepare() {
  if (!ready) {
    ready = solveFresh();
    ready.catch(() => {
      ready = null;
    });
  }
  return ready;
}

/** The X-Pow header value for one request (null when none is needed); prepares the next. */
export async function take() {
  let proof = ready ? await ready.catch(() => null) : null;
  ready = null;
  if (!proof || proof.expiresAt - MARGIN_MS < Date.now()) {
    proof = await solveFresh();
  }
  return proof.header;
}

async function solveFresh() {
  const c = await getJson('/api/web/challenge');
  if (!c.required) {
    return { header: null, expiresAt: Infinity };
  }
  const nonce = await solve(c.challenge, c.difficulty);
  return { header: `${c.challenge}:${nonce}`, expiresAt: Date.parse(c.expiresAt) };
}

function solve(challenge, difficulty) {
  return new Promise((resolve, reject) => {
    let worker;
    try {
      worker = new Worker('/portal/pow-worker.js');
    } catch (e) {
      solveHere(challenge, difficulty).then(resolve, reject);
      return;
    }
    worker.onmessage = (event) => {
      worker.terminate();
      if (event.data.nonce !== undefined) {
        resolve(event.data.nonce);
      } else {
        solveHere(challenge, difficulty).then(resolve, reject);
      }
    };
    worker.onerror = () => {
      worker.terminate();
      solveHere(challenge, difficulty).then(resolve, reject);
    };
    worker.postMessage({ challenge, difficulty });
  });
}

// Without workers: the same solver on the page, still asynchronous (it awaits crypto.subtle).
async function solveHere(challenge, difficulty) {
  if (!window.HubPow) {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/portal/pow-solver.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
  }
  return window.HubPow.solve(challenge, difficulty);
}
