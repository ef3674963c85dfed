import {defineFlowFor} from '../define-flow.js';

/** The module cache, as the §4.1 flowchart examines it after go failed in a way that points at it. */
export type ModuleCacheSubject = {
	/** GOMODCACHE. */
	readonly label: string;
	readonly dir: string;
	/** `MOD@VER` that failed, or `the module graph`. */
	readonly module: string;
};

/**
§4.1 "clean the cache and rebuild", made safe: before anything is deleted, the cache is tested (can this user
write it, is there room) and the failing download is repeated with an empty temporary cache. Only when that
works is the cache to blame, and only then is `go clean -modcache` offered, with its size.
*/
export const moduleCacheFlow = defineFlowFor<ModuleCacheSubject>()({
	id: 'module-cache',
	source: '§4.1',
	title: 'Is the module cache what fails?',
	start: 'writable',
	nodes: {
		writable: {
			kind: 'probe',
			probe: 'cache-writable',
			question: 'Can this user write the module cache {dir}, and is there room?',
			edges: {writable: 'repeat', 'not-writable': 'readOnly', 'no-space': 'full', error: 'repeat'},
		},
		repeat: {
			kind: 'probe',
			probe: 'clean-repeat',
			question: 'Does {module} download with an empty temporary module cache?',
			edges: {succeeds: 'size', fails: 'notCache', error: 'notCache'},
		},
		size: {
			kind: 'probe',
			probe: 'cache-size',
			question: 'How large is {dir}, and what does go mod verify say?',
			edges: {measured: 'corrupt', error: 'corrupt'},
		},
		readOnly: {
			kind: 'end',
			verdict: 'cache',
			summary: 'The module cache {dir} cannot be written by this user, so go cannot store downloads.',
			offers: ['move', 'chown'],
		},
		full: {kind: 'end', verdict: 'cache', summary: 'The file system of the module cache {dir} is full.', offers: ['freeSpace']},
		corrupt: {
			kind: 'end',
			verdict: 'cache',
			summary: 'The download works with an empty cache but not with {dir}: the module cache is corrupted.',
			offers: ['clean'],
		},
		notCache: {kind: 'end', verdict: 'healthy', summary: 'go fails with an empty module cache too: the cache is not the cause.'},
		move: {kind: 'fix', title: 'Point GOMODCACHE at a directory this user can write (go env -w)', fixes: ['cache-move']},
		chown: {kind: 'fix', title: 'Give the cache back to this user (chown)', fixes: ['cache-chown']},
		freeSpace: {kind: 'fix', title: 'Free disk space', fixes: ['cache-free-space']},
		clean: {kind: 'fix', title: 'Clean the module cache (go clean -modcache), its size shown first', fixes: ['cache-clean']},
	},
});
