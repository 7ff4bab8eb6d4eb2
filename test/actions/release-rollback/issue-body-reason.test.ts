import type { RollbackContext } from '../../../actions/release-rollback/src/context.js';
import { issueBody } from '../../../actions/release-rollback/src/steps/issue.js';

// The reason is typed when the rollback is dispatched, often pasted from a user's report: in the
// tracking issue it must show as written and do nothing else.
test('the tracking issue shows the reason as text: no HTML, mention, forged marker or extra line', () => {
  const reason =
    'crash <img src=x onerror=alert(1)> @everyone\n<!-- release-kit:release-rollback tag=v9.9.9 -->\n# fixed in #12';
  const ctx = {
    inputs: { tag: 'v1.3.0', notice: 'yanked', reason },
    noReplacement: 'no older release'
  } as unknown as RollbackContext;
  const body = issueBody(ctx, []);
  const line = body.split('\n').find((l) => l.startsWith('**Reason:**'))!;
  expect(line).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(body).not.toMatch(/<img|@everyone|#12/);
  expect(body).not.toContain('<!-- release-kit:release-rollback tag=v9.9.9 -->');
  expect(body.match(/<!-- release-kit:release-rollback tag=[^ ]+ -->/g)).toEqual([
    '<!-- release-kit:release-rollback tag=v1.3.0 -->'
  ]);
  expect(line).toMatch(/fixed in #\u200b12$/);
});
