import {netrcFix} from '../../fixes/fix-private.js';
import {netrcPath} from '../../go/netrc.js';
import type {Fix} from '../../model/report.js';
import {defineFlowchart} from '../define-flowchart.js';
import {missingModuleExplains} from '../explains.js';
import {vcsGraph, type VcsSubject} from './graph.js';
import {gitVersionProbe} from './probe-git-version.js';
import {goGetMetaProbe} from './probe-go-get-meta.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/** Hosts whose VCS go knows without asking (cmd/go/internal/vcs's vcsPaths). */
const staticHosts = new Set(['github.com', 'bitbucket.org', 'hub.jazz.net', 'git.apache.org', 'git.openstack.org', 'chiselapp.com']);

/** A direct fetch that failed for a reason that is not credentials: is git there, and what does the host's go-import tag say? */
export const vcsFlowchart = defineFlowchart<VcsSubject>()({
	id: 'vcs',
	graph: vcsGraph,
	phase: 'after',
	subjects(context) {
		const seen = new Set<string>();
		return (context.classified ?? []).flatMap((item): VcsSubject[] => {
			if (item.category !== 'vcs' || item.module === undefined || seen.has(item.module)) {
				return [];
			}

			seen.add(item.module);
			const host = item.module.split('/')[0] ?? item.module;
			const known = staticHosts.has(host) || /\.(git|hg|svn|bzr|fossil)(\/|$)/.test(item.module) ? 'known' : 'ask';
			return [{label: item.module, module: item.module, host, known, goSays: item.line}];
		});
	},
	checks: {
		'git-version': async (_subject, run) =>
			gitVersionProbe.run({system: run.context.system, env: run.context.env, timeoutMs: run.timeoutMs, signal: run.signal}),
		'go-get-meta': async (subject, run) =>
			goGetMetaProbe.run({
				system: run.context.system,
				env: run.context.env,
				timeoutMs: run.timeoutMs,
				signal: run.signal,
				importPath: subject.module,
			}),
	},
	findings(walk, {context, evidence, text}) {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const {subject} = walk;
		const fixes = walk.offers.flatMap((id): Fix[] => {
			if (id === 'install-git') {
				return [
					{
						id: 'install-git',
						title: text.installGitTitle,
						detail: text.installGitDetail(subject.module, subject.host),
						kind: 'info',
						scope: 'persistent',
						weakensSecurity: false,
					},
				];
			}

			const file = netrcPath(context.env);
			return file === undefined ? [] : [netrcFix({machine: subject.host, file, replaces: false})];
		});
		return [
			{
				category: walk.verdict,
				severity: 'error',
				subject: subject.module,
				summary: walk.summary,
				evidence,
				fixes,
				explains: walk.verdict === 'not-found' ? missingModuleExplains(subject.module, subject.module) : [],
			},
		];
	},
	text: {en, zh},
});
