import {looksPrivateHost, moduleHost} from '../../classify/extract-details.js';
import type {InvestigationContext, MeasuredProxy} from '../../diagnose/investigation.js';
import {shellLine} from '../../fixes/apply-go-env.js';
import {matchPrefixPatterns} from '../../go/match-prefix-patterns.js';
import {gosumdbWithUrl, type SumdbConfig} from '../../go/sumdb-config.js';
import {redactUserinfo} from '../../model/format.js';
import type {Fix} from '../../model/report.js';
import type {Text} from '../../i18n/message.js';
import type {SumdbSubject} from './graph.js';
import type {SumdbMessages} from './text.en.js';
import {defaultDatabase} from './probe-sumdb-served.js';

/** A mirror of the same database in GOSUMDB (go's alias where it has one). */
export function useMirrorFix(
	config: Extract<SumdbConfig, {kind: 'on'}>,
	mirror: string,
	context: InvestigationContext,
	text: SumdbMessages,
): Fix {
	// Go's own alias reads better than the key and URL spelled out.
	const value =
		config.name === 'sum.golang.org' && mirror === 'https://sum.golang.google.cn' ? 'sum.golang.google.cn' : gosumdbWithUrl(config, mirror);
	return gosumdbFix(context, {
		id: 'sumdb-use-mirror',
		title: text.useMirrorTitle(redactUserinfo(mirror)),
		detail: text.useMirrorDetail(config.name, redactUserinfo(mirror)),
		value,
	});
}

/**
A fix that writes GOSUMDB (`go env -w`), or removes it (`go env -u`, `value` undefined); with the shell's line too
when the OS environment sets GOSUMDB and so hides what go env -w writes.
*/
function gosumdbFix(
	context: InvestigationContext,
	fix: {readonly id: string; readonly title: Text; readonly detail: Text; readonly value: string | undefined},
): Fix {
	const shadowed = context.snapshot.settings.find((setting) => setting.name === 'GOSUMDB')?.source === 'environment';
	return {
		id: fix.id,
		title: fix.title,
		detail: fix.detail,
		kind: 'go-env',
		argv: fix.value === undefined ? ['go', 'env', '-u', 'GOSUMDB'] : ['go', 'env', '-w', `GOSUMDB=${fix.value}`],
		changes: [{key: 'GOSUMDB', value: fix.value}],
		...(shadowed ? {shell: [shellLine('GOSUMDB', fix.value)]} : {}),
		scope: 'persistent',
		weakensSecurity: false,
	};
}

/**
Advice for private paths: the narrowest patterns are the private-looking requirements' hosts that GONOSUMDB (or
GOPRIVATE) does not already exempt. Undefined when there are none: a project of public modules has nothing to keep
away from the database, and the advice would only hide the real fix.
*/
export function privatePathsFix(context: InvestigationContext, text: SumdbMessages): Fix | undefined {
	const exempt = [context.snapshot.values['GONOSUMDB'], context.snapshot.values['GOPRIVATE']].filter(Boolean).join(',');
	const paths = (context.goMod?.requires ?? [])
		.map((require) => require.path)
		.filter((path) => looksPrivateHost(moduleHost(path)) && !matchPrefixPatterns(exempt, path));
	const patterns = [...new Set(paths.map((path) => moduleHost(path)))];
	if (patterns.length === 0) {
		return undefined;
	}

	return {
		id: 'sumdb-private-paths',
		title: text.privatePathsTitle,
		detail: text.privatePathsDetail(patterns.join(', ')),
		kind: 'info',
		scope: 'persistent',
		weakensSecurity: true,
	};
}

/** `go env -u GOSUMDB` (or the shell's `unset`): go.env's default database, which a GOPROXY entry serves. */
export function defaultDatabaseFix(subject: SumdbSubject, served: MeasuredProxy, context: InvestigationContext, text: SumdbMessages): Fix {
	return gosumdbFix(context, {
		id: 'sumdb-default',
		title: text.defaultTitle,
		detail: text.defaultDetail(subject.gosumdb, redactUserinfo(served.label)),
		value: undefined,
	});
}

/** `go env -w GOSUMDB=sum.golang.org <proxy>/sumdb/sum.golang.org`: the default database, through a candidate. */
export function servedDatabaseFix(served: MeasuredProxy, context: InvestigationContext, text: SumdbMessages): Fix {
	const value = `${defaultDatabase.name} ${served.url.replace(/\/+$/, '')}/sumdb/${defaultDatabase.name}`;
	return gosumdbFix(context, {
		id: 'sumdb-use-served',
		title: text.servedTitle(redactUserinfo(served.label)),
		detail: text.servedDetail(redactUserinfo(served.label)),
		value,
	});
}
