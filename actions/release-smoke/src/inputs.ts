import { getErrorMessage, InputError } from '#core/errors.js';
import { InputReader, type Repository } from '#core/inputs.js';
import { parseChecksumsInput, parseTemplate, versionFromTag } from '#core/inventory.js';
import { splitWords } from '#core/isolated-command.js';
import { parsePlatform, PLATFORMS } from './platform.js';
import { INPUT_DECLARATIONS, Inputs, Outputs } from './generated/io.js';

/** Input and output names, generated from action.yml (see ./generated/io.ts). */
export { Inputs, Outputs };

export const MODES = ['test', 'plan'] as const;

/**
 * What the output must contain: literal text (with `pattern`, the same text where each `{version}` must
 * stand as a whole version), or a regular expression written `/…/flags`.
 */
export type Expectation = { text: string; pattern?: RegExp } | { regex: RegExp };

// A version stands whole when no digit (or digit and dot) comes right before it, and no digit (or dot
// and digit) right after: `1.2.3` is not in `1.2.30`, `1.2.3.4`, `11.2.3` or `0.1.2.3`.
const NOT_AFTER_VERSION_PART = '(?<![0-9]|[0-9]\\.)';
const NOT_BEFORE_VERSION_PART = '(?![0-9]|\\.[0-9])';

/**
 * The text form of `expect`: `{version}` replaced by the version, which must stand whole in the output
 * (a substring test alone would let `1.2.3` pass on a program printing `1.2.30`).
 * @param template the `expect` input (not a `/regex/`).
 * @param version the release's version.
 */
export function textExpectation(template: string, version: string): Expectation {
  const parts = template.split('{version}');
  const text = parts.join(version);
  if (parts.length === 1) return { text };
  const whole = `${NOT_AFTER_VERSION_PART}${escapeRegex(version)}${NOT_BEFORE_VERSION_PART}`;
  return { text, pattern: new RegExp(parts.map(escapeRegex).join(whole)) };
}

export interface SmokeInputs {
  mode: (typeof MODES)[number];
  tag: string;
  repository: Repository;
  token: string;
  version: string;
  /** The asset template. */
  asset: string;
  /** `auto`, `sidecars`, `none`, or the checksum file asset's name (templates expanded). */
  checksums: string;
  /** Platform name → target, in the order given. */
  targets: Map<string, string>;
  /** The `platform` input, when given. */
  platform?: string;
  binary?: string;
  versionCommand: string[];
  expect: Expectation;
  /** Each further smoke run as its argv (without the program). */
  commands: string[][];
  timeoutMs: number;
  installCommand?: string;
  installedBinary?: string;
  installTimeoutMs: number;
}

/**
 * Reads and validates every input before any request.
 * @throws ConfigurationError naming every missing or invalid input.
 */
export function parseInputs(reader = new InputReader()): SmokeInputs {
  reader.declare(INPUT_DECLARATIONS);
  const mode = reader.enum(Inputs.Mode, MODES);
  const testing = mode === 'test';
  const tag = reader.tag(Inputs.Tag, { required: testing, fromRef: true });
  const repository = reader.repository(Inputs.Repository, { required: testing });
  const token = reader.secret(Inputs.Token);
  const version = reader.optional(Inputs.Version) ?? (tag ? versionFromTag(tag) : '');
  const asset = reader.string(Inputs.Asset, { required: testing });
  const targetLines = reader.list(Inputs.Targets, { required: true, separators: 'newline' });
  const checksumsText = reader.string(Inputs.Checksums);
  const platform = reader.optional(Inputs.Platform);
  const binary = reader.optional(Inputs.Binary);
  const versionCommandText = reader.string(Inputs.VersionCommand);
  const expectText = reader.string(Inputs.Expect);
  const commandLines = reader.list(Inputs.Commands, { separators: 'newline' });
  const timeoutMs = reader.duration(Inputs.Timeout, { max: 3_600_000 });
  const installCommand = reader.optional(Inputs.InstallCommand);
  const installedBinary = reader.optional(Inputs.InstalledBinary);
  const installTimeoutMs = reader.duration(Inputs.InstallTimeout, { max: 6 * 3_600_000 });

  const known = PLATFORMS.join(', ');
  const targets = new Map<string, string>();
  for (const line of targetLines) {
    const eq = line.indexOf('=');
    const name = eq < 0 ? '' : line.slice(0, eq).trim().toLowerCase();
    const target = eq < 0 ? '' : line.slice(eq + 1).trim();
    if (!parsePlatform(name) || !target) {
      reader.fail(
        Inputs.Targets,
        `${JSON.stringify(line)} is not platform=target; platforms are ${known} (each has a GitHub-hosted runner).`
      );
    } else if (targets.has(name)) {
      reader.fail(Inputs.Targets, `platform ${name} is mapped twice.`);
    } else targets.set(name, target);
  }
  if (platform !== undefined && !parsePlatform(platform))
    reader.fail(Inputs.Platform, `${JSON.stringify(platform)} is not a platform; use one of ${known}.`);
  if (testing && asset) {
    try {
      parseTemplate(asset, Inputs.Asset);
    } catch (e) {
      if (e instanceof InputError) reader.add(e);
      else reader.fail(Inputs.Asset, getErrorMessage(e));
    }
  }
  const words = (name: string, line: string): string[] => {
    try {
      return splitWords(line);
    } catch (e) {
      reader.fail(name, getErrorMessage(e));
      return [];
    }
  };
  const versionCommand = words(Inputs.VersionCommand, versionCommandText);
  const commands = commandLines.map((l) => words(Inputs.Commands, l));
  let expect: Expectation = textExpectation(expectText, version);
  const regex = /^\/(.*)\/([dgimsuvy]*)$/s.exec(expectText);
  if (regex) {
    try {
      expect = { regex: new RegExp(regex[1].replaceAll('{version}', escapeRegex(version)), regex[2]) };
    } catch (e) {
      reader.fail(
        Inputs.Expect,
        `${JSON.stringify(expectText)} is not a valid regular expression: ${(e as Error).message}`
      );
    }
  } else if (testing && expectText.includes('{version}') && !version) {
    reader.fail(
      Inputs.Expect,
      'uses {version}, but there is no version (set the version input, or run on a tag).'
    );
  }
  let checksums = checksumsText.toLowerCase();
  if (testing) {
    try {
      checksums = parseChecksumsInput(checksumsText, { version, tag }, Inputs.Checksums);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      reader.add(e);
    }
  }
  if (timeoutMs === 0) reader.fail(Inputs.Timeout, '0 would kill every command at once; use at least 1s.');
  reader.finish();
  return {
    mode,
    tag: tag ?? '',
    repository,
    token,
    version,
    asset,
    checksums,
    targets,
    platform: platform?.trim().toLowerCase(),
    binary,
    versionCommand,
    expect,
    commands,
    timeoutMs,
    installCommand,
    installedBinary,
    installTimeoutMs
  };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
