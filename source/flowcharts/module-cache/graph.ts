import type {Text} from '../../i18n/message.js';
import {defineGraph} from '../define-flowchart.js';
import {cacheSizeProbe, cacheWritableProbe, cleanRepeatProbe} from './probe-cache.js';

/** The module cache, as the §4.1 flowchart examines it after go failed in a way that points at it. */
export type ModuleCacheSubject = {
	/** GOMODCACHE. */
	readonly label: string;
	readonly dir: string;
	/** `MOD@VER` that failed, or `the module graph` as a message (see `failed`), for the node texts. */
	readonly module: Text;
	/** `MOD@VER` that failed; absent when go named no module: the clean repeat downloads the whole graph. */
	readonly failed?: string;
};

/**
§4.1 "clean the cache and rebuild", made safe: before anything is deleted, the cache is tested (can this user
write it, is there room) and the failing download is repeated with an empty temporary cache. Only when that
works is the cache to blame, and only then is `go clean -modcache` offered, with its size.
*/
export const moduleCacheGraph = defineGraph<ModuleCacheSubject>()({
	source: '§4.1',
	start: 'writable',
	nodes: {
		writable: {
			kind: 'probe',
			probe: cacheWritableProbe,
			edges: {writable: 'repeat', 'not-writable': 'readOnly', 'no-space': 'full', error: 'repeat'},
		},
		repeat: {kind: 'probe', probe: cleanRepeatProbe, edges: {succeeds: 'size', fails: 'notCache', error: 'notCache'}},
		size: {kind: 'probe', probe: cacheSizeProbe, edges: {measured: 'corrupt', error: 'corrupt'}},
		readOnly: {kind: 'end', verdict: 'cache', offers: ['move', 'chown']},
		full: {kind: 'end', verdict: 'cache', offers: ['freeSpace']},
		corrupt: {kind: 'end', verdict: 'cache', offers: ['clean']},
		notCache: {kind: 'end', verdict: 'healthy'},
		move: {kind: 'fix', fixes: ['cache-move']},
		chown: {kind: 'fix', fixes: ['cache-chown']},
		freeSpace: {kind: 'fix', fixes: ['cache-free-space']},
		clean: {kind: 'fix', fixes: ['cache-clean']},
	},
});
