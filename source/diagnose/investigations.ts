import type {Flow} from '../flow/define-flow.js';
import {connectivityFlow} from '../flow/graphs/connectivity.js';
import {flowTitleText} from '../i18n/flow-text.js';
import type {AnyInvestigation} from './investigation.js';
import {goSumInvestigation} from './investigations/go-sum.js';
import {minimalReproInvestigation} from './investigations/minimal-repro.js';
import {moduleCacheInvestigation} from './investigations/module-cache.js';
import {notFoundInvestigation} from './investigations/not-found.js';
import {toolchainInvestigation} from './investigations/toolchain.js';
import {checksumInvestigation, verificationOffInvestigation} from './investigations/checksum.js';
import {mirrorChoiceInvestigation} from './investigations/mirror-choice.js';
import {modulePathInvestigation} from './investigations/module-path.js';
import {privateModuleInvestigation} from './investigations/private-module.js';
import {vcsInvestigation} from './investigations/vcs.js';
import {proxyServerInvestigation} from './investigations/proxy-server.js';
import {shortReadInvestigation} from './investigations/short-read.js';
import {settingsLintInvestigation} from './investigations/settings-lint.js';
import {privatePatternsInvestigation} from './investigations/private-patterns.js';
import {sumdbInvestigation} from './investigations/sumdb.js';
import {tlsInvestigation} from './investigations/tls.js';
import {dnsInvestigation, routeInvestigation} from './investigations/dns.js';
import {httpProxyInvestigation, proxySettingsInvestigation} from './investigations/http-proxy.js';
import {slowAnswerInvestigation} from './investigations/slow-answer.js';
import {directHostsInvestigation} from './investigations/direct-hosts.js';

/**
Every flowchart the diagnosis runs besides the connectivity walks of the GOPROXY entries, in the order their
findings are listed. Each investigation decides for itself whether it applies (its `subjects`).
*/
export const investigations: readonly AnyInvestigation[] = [
	// One line per investigation module.
	mirrorChoiceInvestigation,
	checksumInvestigation,
	sumdbInvestigation,
	verificationOffInvestigation,
	settingsLintInvestigation,
	privatePatternsInvestigation,
	proxyServerInvestigation,
	shortReadInvestigation,
	tlsInvestigation,
	privateModuleInvestigation,
	vcsInvestigation,
	modulePathInvestigation,
	notFoundInvestigation,
	moduleCacheInvestigation,
	toolchainInvestigation,
	goSumInvestigation,
	minimalReproInvestigation,
	dnsInvestigation,
	routeInvestigation,
	httpProxyInvestigation,
	proxySettingsInvestigation,
	slowAnswerInvestigation,
	directHostsInvestigation,
];

/** Every flowchart the diagnosis can walk: connectivity, then each investigation's. */
export function allFlows(): ReadonlyArray<Flow<string, never>> {
	return [connectivityFlow, ...investigations.map((investigation) => investigation.flow)] as ReadonlyArray<Flow<string, never>>;
}

/** The flowchart with this id, or undefined. */
export function findFlow(id: string): Flow<string, never> | undefined {
	return allFlows().find((flow) => flow.id === id);
}

/** The title of the flowchart with this id, in the current language (the id itself for an unknown one). */
export function flowTitle(id: string): string {
	const english = findFlow(id)?.title;
	return english === undefined ? id : flowTitleText(id, english);
}

