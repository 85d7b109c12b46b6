// Solves the portal's proof-of-work challenge off the page's thread, so typing and scrolling
// stay smooth while a phone hashes for a second or two. Same search as pow-solver.js (loaded
// here), so the nonce is the one the server's ProofOfWorkSolver would find.
importScripts('/portal/pow-solver.js');

self.onmessage = async (event) => {
  const { challenge, difficulty } = event.data;
  try {
    const nonce = await self.HubPow.solve(challenge, difficulty);
    self.postMessage({ nonce });
  } catch (e) {
    self.postMessage({ error: String(e) });
  }
};
