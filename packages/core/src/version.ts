/** release-kit's version, sent in the User-Agent of every request. Kept in step with package.json by a test. */
export const RELEASE_KIT_VERSION = '0.1.0';

export const USER_AGENT = `release-kit/${RELEASE_KIT_VERSION} (+https://github.com/release-kit/release-kit)`;
