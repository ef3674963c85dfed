import type {Setting, SettingSource} from '../model/report.js';
import {findLookalikes, repairLookalikes, type LookalikeFinding} from './lookalike-characters.js';
import {matchPrefixPatterns} from './match-prefix-patterns.js';
import {formatGoproxyList, parseGoproxyList} from './parse-goproxy-list.js';

/**
What is wrong with one of go's settings (§3.3, §5):
- `goproxy-off`: GOPROXY=off: go may download nothing (`module lookup disabled by GOPROXY=off`).
- `goproxy-empty`: GOPROXY holds only separators (`GOPROXY list is not the empty string, but contains no entries`),
  or is set to the empty string in the GOENV file (go then fetches every module directly from its VCS).
- `goproxy-invalid`: entries go rejects (`invalid proxy URL missing scheme`, a scheme other than http/https/file).
- `goproxy-pasted`: entries pasted with markdown, backticks, quotes or spaces around them.
- `direct-first`: `direct` (or `off`) before a mirror, so go never asks the mirror.
- `pattern-never-matches`: a GONOPROXY/GOPRIVATE/GONOSUMDB/GOINSECURE pattern that can match no module path
  (a URL with a scheme, a space go does not trim, a malformed glob).
- `too-broad`: such a pattern covers public code hosts or every module (`*`), far more than the private paths.
- `insecure-flag`: a leftover `-insecure` in GOFLAGS (`go: -insecure flag is no longer supported; use GOINSECURE instead`).
- `shadowed`: an OS variable hides a different value written with `go env -w`.
- `lookalike`: a character that looks like `,` `|` `:` or a space, or like nothing (zero-width, curly quotes), in
  GOPROXY, GOSUMDB or a pattern setting, where go reads it as an ordinary character (lookalike-characters.ts).
*/
export type LintKind =
	| 'goproxy-off'
	| 'goproxy-empty'
	| 'goproxy-invalid'
	| 'goproxy-pasted'
	| 'direct-first'
	| 'pattern-never-matches'
	| 'too-broad'
	| 'insecure-flag'
	| 'shadowed'
	| 'lookalike';

/** One problem the linter found in one setting. */
export type SettingLint = {
	readonly kind: LintKind;
	/** The setting, e.g. `GOPROXY`. */
	readonly setting: string;
	/** Its effective value (redact before display). */
	readonly value: string;
	/** Where the effective value comes from. */
	readonly source: SettingSource;
	/** `error` when go cannot download with it; `warning` when it works but not as the user meant. */
	readonly severity: 'error' | 'warning';
	/** The parts of the value at fault (entries, patterns, flags), as written. */
	readonly culprits: readonly string[];
	/**
	The value that repairs it, when the linter can compute it alone (`undefined` with `unset: true` means remove
	the setting); absent when a working proxy must be measured first (`needsWorkingProxy`) or only advice fits.
	*/
	readonly repaired?: string;
	/** Repair by removing the setting (`go env -u`, or `unset` in the shell). */
	readonly unset?: boolean;
	/** GOPROXY is unusable: the repair needs a proxy that works (measured by the flowchart). */
	readonly needsWorkingProxy?: boolean;
	/** For `shadowed`: the value the OS environment hides, and where it is. */
	readonly hidden?: {readonly source: SettingSource; readonly value: string};
	/** For `too-broad`: public module paths the patterns cover. */
	readonly covers?: readonly string[];
	/** For `lookalike`: each character, where it is and what go makes of it. */
	readonly lookalikes?: readonly LookalikeFinding[];
};

/** The settings whose values are module-path patterns (go help module-private). */
export const patternSettings = ['GONOPROXY', 'GOPRIVATE', 'GONOSUMDB', 'GOINSECURE'] as const;

/**
Public module paths no one's private patterns should cover: a pattern that matches one of them sends public
code around the proxy (GONOPROXY, GOPRIVATE), skips its checksum verification (GONOSUMDB, GOPRIVATE) or
allows it over plain HTTP (GOINSECURE). The owner names are made up so that only host-wide patterns match.
*/
export const publicSamplePaths = [
	'github.com/gomod-doctor-sample/module',
	'gitlab.com/gomod-doctor-sample/module',
	'bitbucket.org/gomod-doctor-sample/module',
	'golang.org/x/mod',
	'google.golang.org/protobuf',
	'gopkg.in/yaml.v3',
	'go.uber.org/zap',
	'k8s.io/client-go',
] as const;

/** Characters a pasted entry carries around a URL: markdown link syntax, backticks, quotes, angle brackets, spaces. */
const pastedCharacters = /[[\]()`"'<>\s]/;

/**
Lints go's effective configuration. Pure: reads the settings (with their sources) and the effective values of
`go env -json`, and returns every problem found, most serious first. Pattern matching follows go's own rules
(`matchPrefixPatterns`).
*/
export function lintSettings(settings: readonly Setting[], values: Readonly<Record<string, string>>): SettingLint[] {
	const found: SettingLint[] = [];
	const setting = (name: string): Setting =>
		settings.find((item) => item.name === name) ?? {name, value: values[name] ?? '', source: 'default'};

	found.push(...(lintLookalikes(setting('GOPROXY')) ?? lintGoproxy(setting('GOPROXY'))), ...(lintLookalikes(setting('GOSUMDB')) ?? []));
	for (const name of patternSettings) {
		// Unset, GONOPROXY and GONOSUMDB take GOPRIVATE's value (go env shows it as theirs): GOPRIVATE's lint says it once.
		if (inheritsGoprivate(setting(name), values)) {
			continue;
		}

		found.push(...(lintLookalikes(setting(name)) ?? lintPatterns(setting(name))));
	}

	const goflags = setting('GOFLAGS');
	found.push(...lintFlags(goflags, 'insecure-flag', 'warning', /^--?insecure(=.*)?$/));

	for (const item of settings) {
		if (item.shadowed !== undefined && item.source === 'environment' && item.shadowed.value !== item.value) {
			found.push({
				kind: 'shadowed',
				setting: item.name,
				value: item.value,
				source: item.source,
				severity: 'warning',
				culprits: [item.name],
				unset: true,
				hidden: item.shadowed,
			});
		}
	}

	return [...found.filter((lint) => lint.severity === 'error'), ...found.filter((lint) => lint.severity !== 'error')];
}

/** GOFLAGS entries matching `pattern`, as one lint whose repair is GOFLAGS without them (or unset when none is left). */
function lintFlags(goflags: Setting, kind: 'insecure-flag', severity: 'error' | 'warning', pattern: RegExp): SettingLint[] {
	const flags = goflags.value.split(/\s+/).filter((flag) => flag !== '');
	const culprits = flags.filter((flag) => pattern.test(flag));
	if (culprits.length === 0) {
		return [];
	}

	const rest = flags.filter((flag) => !culprits.includes(flag)).join(' ');
	return [
		{
			kind,
			setting: 'GOFLAGS',
			value: goflags.value,
			source: goflags.source,
			severity,
			culprits,
			...(rest === '' ? {unset: true} : {repaired: rest}),
		},
	];
}

/**
A look-alike character in GOPROXY, GOSUMDB or a pattern setting that changes what go does: one `lookalike` lint
(it replaces the setting's other lints, which would describe the same characters less truly), repaired with the
ASCII it imitates and, where that value still has a problem the linter can repair, that repair too. Undefined
when the value has none.
*/
function lintLookalikes(setting: Setting): SettingLint[] | undefined {
	const lookalikes = findLookalikes(setting.name, setting.value);
	if (lookalikes.length === 0) {
		return undefined;
	}

	const cleaned = repairLookalikes(setting.name, setting.value);
	const next =
		setting.name === 'GOPROXY'
			? lintGoproxy({...setting, value: cleaned})[0]
			: setting.name === 'GOSUMDB'
				? undefined
				: lintPatterns({...setting, value: cleaned}).find((lint) => lint.kind === 'pattern-never-matches');
	const repaired = next?.repaired ?? (next?.unset === true ? '' : cleaned);
	const unusable = next?.needsWorkingProxy === true;
	const patterns = (patternSettings as readonly string[]).includes(setting.name);
	return [
		{
			kind: 'lookalike',
			setting: setting.name,
			value: setting.value,
			source: setting.source,
			severity: patterns ? 'warning' : 'error',
			culprits: lookalikes.map((item) => item.char),
			lookalikes,
			...(unusable ? {needsWorkingProxy: true} : repaired.trim() === '' ? {unset: true} : {repaired}),
		},
	];
}

function lintGoproxy(setting: Setting): SettingLint[] {
	const base = {setting: 'GOPROXY', value: setting.value, source: setting.source} as const;
	const {value} = setting;
	if (value.trim() === '') {
		// Unset, go's default applies and `go env` shows it; empty only when written so on purpose.
		return setting.source === 'default'
			? []
			: [{...base, kind: 'goproxy-empty', severity: 'warning', culprits: [], needsWorkingProxy: true}];
	}

	const tokens = value.split(/[,|]/).map((token) => token.trim());
	const pasted = tokens.filter((token) => token !== '' && pastedCharacters.test(token));
	if (pasted.length > 0) {
		const repaired = cleanPastedList(value);
		return [
			{
				...base,
				kind: 'goproxy-pasted',
				severity: 'error',
				culprits: pasted,
				...(repaired === undefined ? {needsWorkingProxy: true} : {repaired}),
			},
		];
	}

	const parsed = parseGoproxyList(value);
	if (parsed.entries.length === 0 && parsed.invalid.length === 0) {
		return [{...base, kind: 'goproxy-empty', severity: 'error', culprits: [value], needsWorkingProxy: true}];
	}

	if (parsed.entries[0]?.kind === 'off') {
		return [{...base, kind: 'goproxy-off', severity: 'error', culprits: ['off'], needsWorkingProxy: true}];
	}

	if (parsed.invalid.length > 0) {
		const valid = parsed.entries.filter((entry) => entry.kind !== 'off');
		const usable = valid.some((entry) => entry.kind === 'url');
		return [
			{
				...base,
				kind: 'goproxy-invalid',
				severity: 'error',
				culprits: parsed.invalid,
				...(usable ? {repaired: formatGoproxyList(valid)} : {needsWorkingProxy: true}),
			},
		];
	}

	const ended = parsed.entries.findIndex((entry) => entry.kind === 'direct' || entry.kind === 'off');
	const mirrorsLost = parsed.ignored.filter((token) => token !== 'direct' && token !== 'off');
	if (ended !== -1 && mirrorsLost.length > 0) {
		const before = parsed.entries.slice(0, ended).map((entry) => ({raw: entry.raw, fallBackOnError: false}));
		const repaired = formatGoproxyList([
			...before,
			...mirrorsLost.map((raw) => ({raw, fallBackOnError: false})),
			{raw: parsed.entries[ended]!.raw, fallBackOnError: false},
		]);
		return [{...base, kind: 'direct-first', severity: 'warning', culprits: mirrorsLost, repaired}];
	}

	return [];
}

/**
The URL inside each pasted entry: `[https://goproxy.cn](https://goproxy.cn)` → `https://goproxy.cn`;
`` `https://goproxy.cn` ``, `"https://goproxy.cn,direct"`, `<https://goproxy.cn>` likewise; the separators
stay. Undefined when no entry is left.
*/
export function cleanPastedList(value: string): string | undefined {
	const entries: Array<{raw: string; fallBackOnError: boolean}> = [];
	let rest = value;
	while (rest !== '') {
		const index = rest.search(/[,|]/);
		const token = index === -1 ? rest : rest.slice(0, index);
		const fallBackOnError = index !== -1 && rest[index] === '|';
		rest = index === -1 ? '' : rest.slice(index + 1);
		const link = /\[[^\]]*]\(([^)]*)\)/.exec(token);
		const cleaned = (link?.[1] ?? token).replaceAll(/[[\]()`"'<>\s]/g, '');
		if (cleaned !== '') {
			entries.push({raw: cleaned, fallBackOnError});
		}
	}

	if (entries.length === 0) {
		return undefined;
	}

	const list = formatGoproxyList(entries);
	return parseGoproxyList(list).invalid.length === 0 ? list : undefined;
}

/** Whether a glob can match any module path at all, and why not. */
export function unmatchablePattern(glob: string): 'scheme' | 'space' | 'malformed' | undefined {
	if (glob.includes('://')) {
		return 'scheme';
	}

	if (/\s/.test(glob)) {
		return 'space';
	}

	// Path.Match reports a malformed pattern (an unclosed class, a trailing backslash) as ErrBadPattern, and
	// go's MatchPrefixPatterns takes that as "no match".
	if (/(^|[^\\])\\$/.test(glob) || glob.split('[').length !== glob.split(']').length) {
		return 'malformed';
	}

	return undefined;
}

function lintPatterns(setting: Setting): SettingLint[] {
	const globs = setting.value.split(',');
	const lints: SettingLint[] = [];
	const never = globs.filter((glob) => glob.trim() !== '' && unmatchablePattern(glob) !== undefined);
	if (never.length > 0) {
		const kept = globs
			.map((glob) => (unmatchablePattern(glob) === undefined ? glob : repairPattern(glob)))
			.filter((glob): glob is string => glob !== undefined && glob !== '')
			.join(',');
		lints.push({
			kind: 'pattern-never-matches',
			setting: setting.name,
			value: setting.value,
			source: setting.source,
			severity: 'warning',
			culprits: never,
			...(kept === '' ? {unset: true} : {repaired: kept}),
		});
	}

	const broad = broadPatterns(setting.value);
	if (broad.length > 0) {
		lints.push({
			kind: 'too-broad',
			setting: setting.name,
			value: setting.value,
			source: setting.source,
			severity: 'warning',
			culprits: broad,
			covers: publicSamplePaths.filter((sample) => matchPrefixPatterns(broad.join(','), sample)),
		});
	}

	return lints;
}

/** The patterns of a comma-separated list that cover public code ({@link publicSamplePaths}), as written. Pure. */
export function broadPatterns(value: string): string[] {
	return value.split(',').filter((glob) => glob !== '' && publicSamplePaths.some((sample) => matchPrefixPatterns(glob, sample)));
}

/** Whether a GONOPROXY or GONOSUMDB that is not set shows GOPRIVATE's value (go's default for both). */
function inheritsGoprivate(setting: Setting, values: Readonly<Record<string, string>>): boolean {
	return (
		(setting.name === 'GONOPROXY' || setting.name === 'GONOSUMDB') &&
		setting.source === 'default' &&
		setting.value === (values['GOPRIVATE'] ?? '')
	);
}

/**
The setting go takes the patterns of the modules it fetches directly from: GONOPROXY when it is set, else
GOPRIVATE (GONOPROXY's default); undefined when neither is. Pure.
*/
export function directPatternSetting(
	settings: readonly Setting[],
	values: Readonly<Record<string, string>>,
): 'GONOPROXY' | 'GOPRIVATE' | undefined {
	const gonoproxy = settings.find((item) => item.name === 'GONOPROXY');
	if (gonoproxy !== undefined && gonoproxy.value !== '' && !inheritsGoprivate(gonoproxy, values)) {
		return 'GONOPROXY';
	}

	return (values['GOPRIVATE'] ?? '') === '' ? undefined : 'GOPRIVATE';
}

/** `https://git.corp.example/team` → `git.corp.example/team`; ` corp.example ` → `corp.example`. */
function repairPattern(glob: string): string | undefined {
	const repaired = glob
		.trim()
		.replace(/^[a-z][a-z\d+.-]*:\/\//i, '')
		.replace(/\.git$/, '');
	return repaired === '' || unmatchablePattern(repaired) !== undefined ? undefined : repaired;
}

/** Whether a lint's fix changes the GOENV file (`go env -w`/`-u`) or the shell's environment. */
export function fixScope(lint: SettingLint): 'go-env' | 'shell' {
	return lint.source === 'environment' ? 'shell' : 'go-env';
}
