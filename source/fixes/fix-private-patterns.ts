import {say} from '../i18n/index.js';
import {broadPatterns} from '../go/lint-settings.js';
import {matchPrefixPatterns} from '../go/match-prefix-patterns.js';
import type {Fix, SettingSource} from '../model/report.js';
import {shellLine} from './apply-go-env.js';
import {narrowestPrivatePattern} from './fix-private.js';

/**
`value` without its patterns that cover public code (`github.com/*`, `*`), and with the narrowest pattern of each
path in `privatePaths` that the rest does not already cover (`github.com/acme` for github.com/acme/lib, the host
for a company's own host), in order, without duplicates; '' when nothing is left (then: remove the setting). Pure.
*/
export function narrowedPrivatePatterns(value: string, privatePaths: readonly string[]): string {
	const broad = new Set(broadPatterns(value));
	const kept = value.split(',').filter((glob) => glob !== '' && !broad.has(glob));
	for (const path of privatePaths) {
		const pattern = narrowestPrivatePattern(path);
		if (pattern !== undefined && !matchPrefixPatterns(kept.join(','), path)) {
			kept.push(pattern);
		}
	}

	return [...new Set(kept)].join(',');
}

/**
The change that keeps only the private paths in GOPRIVATE or GONOPROXY: `narrowed` written where the setting comes
from (`go env -w`, or an `export` line for the OS environment), or the setting removed (`go env -u`, `unset`) when
nothing private is left. Never weakens security: the public modules go back to the proxy and the checksum database.
*/
export function privatePatternsFix(input: {
	readonly setting: string;
	readonly source: SettingSource;
	readonly narrowed: string;
	readonly kept: readonly string[];
	/** `narrowed` also keeps the main module's organisation (an alternative: if its code is private). */
	readonly owner?: boolean;
}): Fix {
	const text = say.lint;
	const value = input.narrowed === '' ? undefined : input.narrowed;
	const id = input.owner === true ? 'settings-narrow-private-owner' : 'settings-narrow-private';
	const title = value === undefined ? text.set.titleUnset(input.setting) : text.set.title(input.setting, value);
	const why =
		input.owner === true && value !== undefined
			? text.narrowPrivateOwner(input.setting, value)
			: text.narrowPrivate(input.setting, input.kept);
	if (input.source === 'environment') {
		return {
			id,
			title,
			detail: say.common.sentences([why, text.set.shellDetail(input.setting)]),
			kind: 'shell',
			shell: [shellLine(input.setting, value)],
			env: {[input.setting]: value},
			scope: 'persistent',
			weakensSecurity: false,
		};
	}

	return {
		id,
		title,
		detail: say.common.sentences([why, text.set.goEnvDetail(input.setting)]),
		kind: 'go-env',
		argv: value === undefined ? ['go', 'env', '-u', input.setting] : ['go', 'env', '-w', `${input.setting}=${value}`],
		changes: [{key: input.setting, value}],
		scope: 'persistent',
		weakensSecurity: false,
	};
}
