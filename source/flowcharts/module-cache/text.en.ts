import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {moduleCacheGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Is the module cache what fails?',
	nodes: {
		writable: {question: 'Can this user write the module cache {dir}, and is there room?'},
		repeat: {question: 'Does {module} download with an empty temporary module cache?'},
		size: {question: 'How large is {dir}, and what does go mod verify say?'},
		readOnly: {summary: 'The module cache {dir} cannot be written by this user, so go cannot store downloads.'},
		full: {summary: 'The file system of the module cache {dir} is full.'},
		corrupt: {summary: 'The download works with an empty cache but not with {dir}: the module cache is corrupted.'},
		notCache: {summary: 'go fails with an empty module cache too: the cache is not the cause.'},
		move: {title: 'Point GOMODCACHE at a directory this user can write (go env -w)'},
		chown: {title: 'Give the cache back to this user (chown)'},
		freeSpace: {title: 'Free disk space'},
		clean: {title: 'Clean the module cache (go clean -modcache), its size shown first'},
	},
	messages: {
		chownTitle: 'Give the module cache back to your user (chown)',
		chownDetail: (line: string) => `Run as an administrator: ${line}`,
		freeSpaceTitle: 'Free disk space where the module cache lives',
		freeSpaceDetail: (dir: string, free: string) => `Only ${free} is free on the file system of ${dir}.`,
	},
} satisfies FlowchartText<typeof moduleCacheGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type ModuleCacheMessages = Messages<typeof en.messages>;
