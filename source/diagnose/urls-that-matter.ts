import {hasLookalike} from '../go/lookalike-characters.js';
import {directPatterns, matchPrefixPatterns} from '../go/match-prefix-patterns.js';
import {fetchesEverythingDirectly, fetchesNothing, parseGoproxyList} from '../go/parse-goproxy-list.js';
import {say, type Text} from '../i18n/index.js';
import type {AfterContext} from './investigation.js';

/** Where GOSUMDB's lookups go: the database's name and the host go connects to, or undefined for `off`. */
export type SumdbTarget = {readonly name: string; readonly url: string; readonly host: string};

/**
Reads GOSUMDB as go does: empty means `sum.golang.org`; `off` turns it off; otherwise `NAME`, `NAME+KEY` or
`NAME+KEY URL` (a URL without a scheme gets `https://`). Without a URL go connects to `https://NAME`. Pure.
*/
export function gosumdbTarget(value: string): SumdbTarget | undefined {
	const trimmed = value.trim();
	if (trimmed === 'off') {
		return undefined;
	}

	const [nameKey = 'sum.golang.org', url] = trimmed === '' ? ['sum.golang.org'] : trimmed.split(/\s+/);
	const name = nameKey.split('+')[0] ?? nameKey;
	const full = url === undefined ? `https://${name}` : /^[a-z][\w+.-]*:\/\//i.test(url) ? url : `https://${url}`;
	try {
		return {name, url: full, host: new URL(full).hostname.replaceAll(/^\[|]$/g, '')};
	} catch {
		return undefined;
	}
}

/** The URLs go contacts here, and what each is: every GOPROXY entry, the GOSUMDB host, the VCS hosts of direct paths. */
export function urlsThatMatter(context: AfterContext): Array<{readonly url: string; readonly role: Text}> {
	const {values} = context.snapshot;
	const urls: Array<{url: string; role: Text}> = [];
	const parsed = parseGoproxyList(values['GOPROXY'] ?? '');
	const {entries} = parsed;
	for (const [index, entry] of entries.entries()) {
		if (entry.kind === 'url' && (entry.scheme === 'http' || entry.scheme === 'https')) {
			urls.push({url: entry.url, role: say.findings.roles.goproxyEntry(index + 1)});
		}
	}

	const sumdb = fetchesNothing(parsed) ? undefined : gosumdbTarget(values['GOSUMDB'] ?? '');
	if (sumdb !== undefined) {
		urls.push({url: sumdb.url, role: 'GOSUMDB'});
	}

	// Go fetches these paths directly from their VCS host: the failing ones, and the private patterns that name a host.
	const privatePatterns = directPatterns(values);
	const directOnly = fetchesEverythingDirectly(parsed);
	for (const failure of context.reproduction?.failures ?? []) {
		if (directOnly || (privatePatterns !== '' && matchPrefixPatterns(privatePatterns, failure.module))) {
			urls.push({url: `https://${failure.module.split('/')[0] ?? ''}`, role: say.findings.roles.vcsHostOf(failure.module)});
		}
	}

	for (const pattern of privatePatterns.split(',')) {
		const first = pattern.trim().split('/')[0] ?? '';
		if (first.includes('.') && !/[*?[\]\\]/.test(first)) {
			urls.push({url: `https://${first}`, role: say.findings.roles.vcsHostOfPattern(pattern.trim())});
		}
	}

	for (const item of context.classified ?? []) {
		// A host with a look-alike character (`proxy.golang.org，direct`) is GOPROXY's text, which URL parsing would
		// turn into another name: the settings check reports it, nothing looks it up.
		if ((item.category === 'dns' || item.cause === 'dns') && item.host !== undefined && !hasLookalike(item.host)) {
			urls.push({url: `https://${item.host}`, role: say.findings.roles.namedInError});
		}
	}

	return urls;
}
