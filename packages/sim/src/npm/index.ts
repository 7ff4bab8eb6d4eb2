import type { SimModule } from '../module.js';
import { registerNpmRoutes } from './routes.js';
import { defaultNpmSeed, NpmState, type NpmStateSeed } from './state.js';

export { NpmState, defaultNpmSeed, NPM_SEVERITIES } from './state.js';
export type {
  NpmAdvisory,
  NpmAdvisorySeed,
  NpmPackageSeed,
  NpmSeverity,
  NpmStateSeed,
  NpmVersionSeed
} from './state.js';

/** The npm module; `state` is live (tests seed and change advisories through it). */
export interface NpmModule extends SimModule {
  name: 'npm';
  readonly state: NpmState;
}

/**
 * The simulated npm registry. Seeded with `defaultNpmSeed()` (minimist's prototype-pollution
 * advisory) unless a state file's `npm` section replaces it.
 */
export function createNpmModule(seed: NpmStateSeed = defaultNpmSeed()): NpmModule {
  let state = new NpmState(seed);
  return {
    name: 'npm',
    get state() {
      return state;
    },
    register(server, ctx) {
      registerNpmRoutes(
        server,
        () => state,
        () => ctx.urls.npm
      );
    },
    load(section) {
      state = new NpmState((section ?? {}) as NpmStateSeed);
    },
    save() {
      return state.toJSON();
    }
  };
}
