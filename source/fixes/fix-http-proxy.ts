import {say} from '../i18n/index.js';
import type {Fix} from '../model/report.js';
import {readProxySettings} from '../go/proxy-for-url.js';
import type {Environment} from '../system/types.js';
import type {Text} from '../i18n/message.js';

/** The proxy a walk goes through, as the credentials fix needs it. */
type ProxyOfSubject = {readonly proxyUrl: string; readonly proxyHost: string; readonly proxyPort: number; readonly variable: string};

/*
The fixes of the HTTP(S) proxy flowcharts (http-proxy, proxy-settings): NO_PROXY, unsetting the proxy variable,
credentials in the proxy URL, and exporting the proxy into go's environment.
*/

/** A value as a POSIX shell reads it back: bare when safe, else single-quoted. */
export function shellQuote(value: string): string {
	return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", String.raw`'\''`)}'`;
}

/**
The fix that sends `hosts` direct: NO_PROXY (and no_proxy, for the other tools) with the hosts appended to what go
reads now. Verified by running go with it.
*/
export function noProxyFix(env: Environment, hosts: readonly string[]): Fix {
	const current = readProxySettings(env).noProxy?.value ?? '';
	const entries = current
		.split(',')
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
	const added = hosts.filter((host) => !entries.map((entry) => entry.toLowerCase()).includes(host.toLowerCase()));
	const value = [...entries, ...added].join(',');
	const names = hosts.join(', ');
	return {
		id: 'proxy-no-proxy',
		title: say.net.noProxyFix.title(names),
		detail: say.net.noProxyFix.detail(names),
		kind: 'shell',
		shell: [`export NO_PROXY=${shellQuote(value)}`, `export no_proxy=${shellQuote(value)}`],
		env: {NO_PROXY: value, no_proxy: value},
		scope: 'session',
		weakensSecurity: false,
	};
}

/** The fix that unsets the variable go takes its proxy from (both cases, or go falls back on the other). */
export function unsetProxyFix(variable: string, proxyShown: string): Fix {
	const upper = variable.toUpperCase();
	const names = [upper, upper.toLowerCase()];
	return {
		id: 'proxy-unset',
		title: say.net.unsetFix.title(names.join(' ')),
		detail: say.net.unsetFix.detail(proxyShown),
		kind: 'shell',
		shell: [`unset ${names.join(' ')}`],
		env: Object.fromEntries(names.map((name) => [name, undefined])),
		scope: 'session',
		weakensSecurity: false,
	};
}

/** Advice only: the proxy URL with `USER:PASSWORD@` (gomod-doctor cannot know them). */
export function credentialsFix(subject: ProxyOfSubject, challenge: string): Fix {
	let template: string;
	try {
		const url = new URL(subject.proxyUrl);
		template = `${url.protocol}//USER:PASSWORD@${url.host}`;
	} catch {
		template = `http://USER:PASSWORD@${subject.proxyHost}:${subject.proxyPort}`;
	}

	const line = `export ${subject.variable.toUpperCase()}=${template}`;
	return {
		id: 'proxy-credentials',
		title: say.net.credentialsFix.title,
		detail: say.net.credentialsFix.detail(challenge, line),
		kind: 'info',
		shell: [line],
		scope: 'session',
		weakensSecurity: false,
	};
}

/** The fix that exports proxy variables (from ALL_PROXY, the GOENV file or the profile) into go's environment. */
export function exportProxyFix(assignments: ReadonlyArray<{name: string; value: string | undefined}>, from: Text): Fix {
	const names = assignments.map((item) => item.name).join(' ');
	return {
		id: 'proxy-export',
		title: say.net.exportFix.title(names, from),
		detail: say.net.exportFix.detail(from),
		kind: 'shell',
		shell: assignments.map((item) => (item.value === undefined ? `unset ${item.name}` : `export ${item.name}=${shellQuote(item.value)}`)),
		env: Object.fromEntries(assignments.map((item) => [item.name, item.value])),
		scope: 'session',
		weakensSecurity: false,
	};
}
