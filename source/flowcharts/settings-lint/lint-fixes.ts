import {shellLine} from '../../fixes/apply-go-env.js';
import type {SettingLint} from '../../go/lint-settings.js';
import {showLookalikes, type LookalikeFinding} from '../../go/lookalike-characters.js';
import {say} from '../../i18n/index.js';
import {messagesOf, type Text} from '../../i18n/message.js';
import type {Fix} from '../../model/report.js';
import {en} from './text.en.js';

/** The module's own messages (what `run.text` and the findings' `text` are), for the helpers that are given none. */
const words = messagesOf(en.messages, ['flowcharts', 'settings-lint', 'messages']);

/**
Each look-alike as the finding names it: the character (its glyph when it has one, and its code point), the text
it follows in its entry or pattern, and what go makes of it there.
*/
export function describeLookalikes(lookalikes: readonly LookalikeFinding[]): Text {
	const text = say.lint.lookalike;
	return words.lookalikes(
		lookalikes.flatMap((item) => {
			const where =
				item.before.trim() === ''
					? item.after.trim() === ''
						? ''
						: text.before(showLookalikes(item.after))
					: text.after(showLookalikes(item.before));
			const written = `${item.before}${item.char}${item.after}`.trim();
			// For a host name: the host alone, as go looks it up.
			const token = showLookalikes(
				item.effect === 'host' ? (written.replace(/^[a-z][a-z\d+.-]*:\/\//i, '').split(/[/?#]/)[0] ?? written) : written,
			);
			const character = text.character(
				text.names[item.lookalike.name],
				item.lookalike.invisible ? '' : item.char,
				item.lookalike.codePoint,
				where,
			);
			return [character, text.effects[item.effect](token)];
		}),
	);
}

/** What too broad patterns cover, in words: a sample path under a made-up owner stands for every module on its host. */
function coverage(covers: readonly string[]): Text {
	return say.common.list(
		covers.map((sample) => (sample.includes('/gomod-doctor-sample/') ? say.lint.advice.everyModuleOn(sample.split('/')[0]!) : sample)),
	);
}

/**
The fixes of one lint: the corrected value written where the setting comes from (`go env -w`/`-u` for the GOENV
file and go's defaults, an `export`/`unset` line for the OS environment), or advice where only the user can tell
what is right. `working`: a proxy measured to serve the module, for a GOPROXY that must be replaced. Pure.
*/
export function lintFixes(lint: SettingLint, working?: string): Fix[] {
	const text = say.lint;
	const id = `settings-${lint.kind}-${lint.setting.toLowerCase()}`;
	if (lint.kind === 'shadowed') {
		return [
			{
				id,
				title: text.shadowed.title(lint.setting),
				detail: text.shadowed.detail(lint.setting, lint.hidden?.value ?? ''),
				kind: 'shell',
				shell: [shellLine(lint.setting, undefined)],
				env: {[lint.setting]: undefined},
				scope: 'persistent',
				weakensSecurity: false,
			},
		];
	}

	if (lint.kind === 'too-broad') {
		return [
			{
				id,
				title: text.advice.tooBroadTitle(lint.setting),
				detail: text.advice.tooBroadDetail(lint.setting, coverage(lint.covers ?? [])),
				kind: 'info',
				scope: 'persistent',
				weakensSecurity: false,
			},
		];
	}

	const value = lint.needsWorkingProxy === true ? (working === undefined ? undefined : `${working},direct`) : lint.repaired;
	if (value === undefined && lint.unset !== true) {
		return lint.needsWorkingProxy === true
			? [
					{
						id,
						title: text.advice.noProxyTitle,
						detail: text.advice.noProxyDetail,
						kind: 'info',
						scope: 'persistent',
						weakensSecurity: false,
					},
				]
			: [];
	}

	const extra = working === undefined || value === undefined ? '' : text.working(working);
	const title = value === undefined ? text.set.titleUnset(lint.setting) : text.set.title(lint.setting, value);
	if (lint.source === 'environment') {
		return [
			{
				id,
				title,
				detail: say.common.sentences([text.set.shellDetail(lint.setting), extra]),
				kind: 'shell',
				shell: [shellLine(lint.setting, value)],
				env: {[lint.setting]: value},
				scope: 'persistent',
				weakensSecurity: false,
			},
		];
	}

	return [
		{
			id,
			title,
			detail: say.common.sentences([text.set.goEnvDetail(lint.setting), extra]),
			kind: 'go-env',
			argv: value === undefined ? ['go', 'env', '-u', lint.setting] : ['go', 'env', '-w', `${lint.setting}=${value}`],
			changes: [{key: lint.setting, value}],
			scope: 'persistent',
			weakensSecurity: false,
		},
	];
}
