import {checksumFlowchart} from './checksum/index.js';
import type {Flowchart} from './define-flowchart.js';
import {directHostsFlowchart} from './direct-hosts/index.js';
import {dnsFlowchart} from './dns/index.js';
import {goSumFlowchart} from './go-sum/index.js';
import {httpProxyFlowchart} from './http-proxy/index.js';
import {minimalReproFlowchart} from './minimal-repro/index.js';
import {mirrorChoiceFlowchart} from './mirror-choice/index.js';
import {moduleCacheFlowchart} from './module-cache/index.js';
import {modulePathFlowchart} from './module-path/index.js';
import {notFoundFlowchart} from './not-found/index.js';
import {privateModuleFlowchart} from './private-module/index.js';
import {privatePatternsFlowchart} from './private-patterns/index.js';
import {proxyServerFlowchart} from './proxy-server/index.js';
import {proxySettingsFlowchart} from './proxy-settings/index.js';
import {routeFlowchart} from './route/index.js';
import {settingsLintFlowchart} from './settings-lint/index.js';
import {shortReadFlowchart} from './short-read/index.js';
import {slowAnswerFlowchart} from './slow-answer/index.js';
import {sumdbFlowchart} from './sumdb/index.js';
import {tlsFlowchart} from './tls/index.js';
import {toolchainFlowchart} from './toolchain/index.js';
import {vcsFlowchart} from './vcs/index.js';
import {vendorFlowchart} from './vendor/index.js';
import {verificationOffFlowchart} from './verification-off/index.js';

/**
Every flowchart the diagnosis runs besides the connectivity walks of the GOPROXY entries, in the order their
findings are listed. Each decides for itself whether it applies (its `subjects`). A flowchart module
(`source/flowcharts/<id>/`) is registered with one line here.
*/
export const flowcharts: ReadonlyArray<Flowchart<any>> = [
	mirrorChoiceFlowchart,
	checksumFlowchart,
	sumdbFlowchart,
	verificationOffFlowchart,
	settingsLintFlowchart,
	vendorFlowchart,
	privatePatternsFlowchart,
	proxyServerFlowchart,
	shortReadFlowchart,
	tlsFlowchart,
	privateModuleFlowchart,
	vcsFlowchart,
	modulePathFlowchart,
	notFoundFlowchart,
	moduleCacheFlowchart,
	toolchainFlowchart,
	goSumFlowchart,
	minimalReproFlowchart,
	dnsFlowchart,
	routeFlowchart,
	httpProxyFlowchart,
	proxySettingsFlowchart,
	slowAnswerFlowchart,
	directHostsFlowchart,
];
