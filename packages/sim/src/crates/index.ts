import type { SimModule } from '../module.js';
import { registerApiRoutes } from './api-routes.js';
import { dlTemplate, registerIndexRoutes } from './index-routes.js';
import type { CratesStateSeed } from './records.js';
import { CratesState } from './state.js';

export { CratesState, canonicalName, sha256Hex } from './state.js';
export type {
  CrateRecord,
  CrateSeed,
  CrateVersionRecord,
  CrateVersionSeed,
  CratesStateSeed,
  PropagationLag
} from './records.js';
export { buildCrateFile, listTarEntries, packTar, type CrateFileSpec, type VcsInfo } from './crate-file.js';
export {
  encodePublishBody,
  parsePublishBody,
  type IndexDependency,
  type PublishMetadata
} from './publish-request.js';
export { indexPath } from './index-path.js';

/** The crates.io module; `state` is live, so tests seed crates, tokens and lags through it. */
export interface CratesModule extends SimModule {
  name: 'crates';
  readonly state: CratesState;
}

/**
 * The simulated crates.io: the web API under `/crates/api/v1`, the sparse index under `/index/`
 * (its `config.json` names the API and download locations), and `.crate` downloads under
 * `/downloads/crates/`. Its state file section is a `CratesStateSeed`.
 */
export function createCratesModule(seed: CratesStateSeed = {}): CratesModule {
  let state = new CratesState(seed);
  return {
    name: 'crates',
    get state() {
      return state;
    },
    register(server, ctx) {
      const template = () => dlTemplate(ctx);
      registerApiRoutes(
        server,
        () => state,
        ctx,
        (crate, version) =>
          template()
            .replace(/\{crate\}/g, crate)
            .replace(/\{version\}/g, version)
      );
      registerIndexRoutes(server, () => state, ctx);
    },
    load(section) {
      state = new CratesState((section ?? {}) as CratesStateSeed);
    },
    save() {
      return state.toJSON();
    }
  };
}
