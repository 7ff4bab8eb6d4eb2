import type { SimResponse } from '../server.js';

/** An error crates.io answers with `{"errors":[{"detail":…}]}`, the shape cargo prints. */
export class CratesApiError extends Error {
  constructor(
    readonly status: number,
    detail: string
  ) {
    super(detail);
  }

  toResponse(): SimResponse {
    return { status: this.status, body: { errors: [{ detail: this.message }] } };
  }
}
