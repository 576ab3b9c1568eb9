import fc from "fast-check";

/**
 * Property tests run with one fixed seed in `npm test`, so a clean clone passes or fails the same way
 * every time. `npm run fuzz` runs them again with fresh seeds (FC_SEED=random, or a number to replay
 * a failure fast-check printed).
 */
const seed = process.env.FC_SEED;
if (seed !== "random") fc.configureGlobal({ seed: seed ? Number(seed) : 20261205 });
