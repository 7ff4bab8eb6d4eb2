import { neutraliseCommands } from '../../../actions/sha256sums/src/log-text.js';

describe('neutraliseCommands', () => {
  it.each([
    ['::add-mask::x', '%3A:add-mask::x'],
    ['  ::stop-commands::t', '  %3A:stop-commands::t'],
    ['ok\n::error::x', 'ok\n%3A:error::x'],
    ['ok\r::warning::x', 'ok\r%3A:warning::x'],
    ['ok\r\n\t::set-output name=a::b', 'ok\r\n\t%3A:set-output name=a::b'],
    ['x ##[set-output name=a;]b', 'x #%23[set-output name=a;]b']
  ])('neutralises %j', (text, expected) => {
    expect(neutraliseCommands(text)).toBe(expected);
    for (const line of neutraliseCommands(text).split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^\s*::|##\[/);
  });

  it.each(['a: OK', 'dist/a::b', 'x :: y', ''])('leaves %j alone', (text) => {
    expect(neutraliseCommands(text)).toBe(text);
  });
});
