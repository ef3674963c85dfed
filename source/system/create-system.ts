import {performance} from 'node:perf_hooks';
import {nodeFileSystem} from './file-system.js';
import {httpGet} from './http-client.js';
import {netClient} from './net-client.js';
import {runCommand} from './run-command.js';
import type {System} from './types.js';

/** The real adapters: processes through execa, HTTP through undici, sockets, DNS and files through Node. */
export function createSystem(): System {
	return {
		run: runCommand,
		http: httpGet,
		net: netClient,
		fs: nodeFileSystem,
		now: () => performance.now(),
	};
}
