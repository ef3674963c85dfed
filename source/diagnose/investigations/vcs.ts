import {vcsFlow, type VcsSubject} from '../../flow/graphs/vcs.js';
import {netrcPath} from '../../go/netrc.js';
import {netrcFix} from '../../fixes/fix-private.js';
import {t} from '../../i18n/index.js';
import type {Finding, Fix} from '../../model/report.js';
import {probeGitVersion} from '../../probes/probe-git.js';
import {probeGoGetMeta} from '../../probes/probe-go-get-meta.js';
import type {Investigation} from '../investigation.js';
import {walkEvidence} from '../run-investigations.js';

/** Hosts whose VCS go knows without asking (cmd/go/internal/vcs's vcsPaths). */
const staticHosts = ['github.com', 'bitbucket.org', 'hub.jazz.net', 'git.apache.org', 'git.openstack.org', 'chiselapp.com'];

/** A direct fetch that failed for a reason that is not credentials: is git there, and what does the host's go-import tag say? */
export const vcsInvestigation: Investigation<VcsSubject> = {
	id: 'vcs',
	flow: vcsFlow,
	phase: 'after',
	subjects(context) {
		const seen = new Set<string>();
		return (context.classified ?? []).flatMap((item): VcsSubject[] => {
			if (item.category !== 'vcs' || item.module === undefined || seen.has(item.module)) {
				return [];
			}

			seen.add(item.module);
			const host = item.module.split('/')[0] ?? item.module;
			const known = staticHosts.includes(host) || /\.(git|hg|svn|bzr|fossil)(\/|$)/.test(item.module) ? 'known' : 'ask';
			return [{label: item.module, module: item.module, host, known, goSays: item.line}];
		});
	},
	async check(pending, subject, run) {
		const probeRun = {env: run.context.env, timeoutMs: run.timeoutMs, ...(run.signal === undefined ? {} : {signal: run.signal})};
		switch (pending.probe) {
			case 'git-version': {
				return probeGitVersion(run.context.system, probeRun);
			}

			case 'go-get-meta': {
				return probeGoGetMeta(run.context.system, {...probeRun, importPath: subject.module});
			}

			default: {
				throw new Error(`vcs has no check ${pending.probe}`);
			}
		}
	},
	findings(walk, context): Finding[] {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const {subject} = walk;
		const fixes = walk.offers.flatMap((id): Fix[] => {
			if (id === 'install-git') {
				return [{id: 'install-git', title: t().private.installGitTitle, detail: t().private.installGitDetail(subject.module, subject.host), kind: 'info', scope: 'persistent', weakensSecurity: false}];
			}

			if (id === 'netrc-entry') {
				const file = netrcPath(context.env);
				return file === undefined ? [] : [netrcFix({machine: subject.host, file, replaces: false})];
			}

			return [];
		});
		return [{category: walk.verdict, severity: 'error', subject: subject.module, summary: walk.summary, evidence: walkEvidence(walk), fixes}];
	},
};
