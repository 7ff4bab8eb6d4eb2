/** The cargo-audit release fetched when `install-cargo-audit` is on (prebuilt, statically linked). */
export const CARGO_AUDIT_VERSION = '0.21.2';

/** The release archive `install-cargo-audit` fetches; its SHA-256 is the `cargo-audit-sha256` input. */
export const CARGO_AUDIT_ARCHIVE = `cargo-audit-x86_64-unknown-linux-musl-v${CARGO_AUDIT_VERSION}.tgz`;
