import {fixesFor} from '../classify/category-fixes.js';
import type {ClassifiedItem} from '../classify/classify-go-error.js';
import {looksPrivateHost, moduleHost} from '../classify/extract-details.js';
import {matchPrefixPatterns} from '../go/match-prefix-patterns.js';
import {parseGoproxyList} from '../go/parse-goproxy-list.js';
import {say} from '../i18n/index.js';

/**
Go's error as the classifier read it from the text alone, read again with go's settings: a 403, 404 or 410 that a
GOPROXY entry answered for a module that no private pattern (GOPRIVATE, GONOPROXY, GONOSUMDB) covers and whose
host does not look private is a module (or version) the proxy lacks or refuses, `not-found`, never `private-auth`;
so is a bare 403 that the classifier, from the text alone, reads as the mirror's policy.
Go's text cannot show whether the proxy asked for credentials; the not-found flowchart asks the proxy (a 401 or a
WWW-Authenticate challenge leads to credentials there). A private-looking path stays `private-auth`: the advice
there is GOPRIVATE, not credentials for the proxy. Pure.
*/
export function refineClassified(items: readonly ClassifiedItem[], values: Readonly<Record<string, string>>): ClassifiedItem[] {
	const proxies = parseGoproxyList(values['GOPROXY'] ?? '').entries.flatMap((entry) =>
		entry.kind === 'url' ? [entry.url.replace(/\/+$/, '')] : [],
	);
	const patterns = ['GOPRIVATE', 'GONOPROXY', 'GONOSUMDB']
		.map((name) => values[name] ?? '')
		.filter((value) => value !== '' && value !== 'none')
		.join(',');
	return items.map((item) => {
		// The classifier reads a public mirror's bare 403 as its policy (proxy-bad-response); with the settings at hand the
		// not-found flowchart decides between a missing version and that policy (it asks the proxy for the canary).
		const refusedByMirror = item.category === 'proxy-bad-response' && item.status === 403;
		if (
			(item.category !== 'private-auth' && !refusedByMirror) ||
			item.module === undefined ||
			![403, 404, 410].includes(item.status ?? 0)
		) {
			return item;
		}

		const fromProxy = proxies.some((proxy) => item.line.includes(`${proxy}/`));
		if (!fromProxy || matchPrefixPatterns(patterns, item.module) || looksPrivateHost(moduleHost(item.module))) {
			return item;
		}

		const subject = `${item.module}${item.version === undefined ? '' : `@${item.version}`}`;
		return {
			...item,
			category: 'not-found',
			explanation: say.classifyItems.notFound(subject, item.host, item.status),
			fixes: fixesFor({
				category: 'not-found',
				module: item.module,
				...(item.version === undefined ? {} : {version: item.version}),
				...(item.host === undefined ? {} : {host: item.host}),
				text: item.line.toLowerCase(),
			}),
		};
	});
}
