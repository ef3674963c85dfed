import {fromModule} from '../../probes/network-probes.js';
import {probeGitCredentialHelper, probeGitInsteadOf, probeGitLsRemote} from '../../probes/probe-git.js';

/** The git checks of a private module, as probe objects over the git probes the vcs flowchart shares. */
export const gitCredentialHelperProbe = fromModule('git-credential-helper', ['set', 'unset', 'error'], probeGitCredentialHelper);
export const gitInsteadOfProbe = fromModule('git-insteadof', ['rewrites', 'none', 'error'], probeGitInsteadOf);
export const gitLsRemoteProbe = fromModule(
	'git-ls-remote',
	['ok', 'auth', 'not-found', 'unreachable', 'timeout', 'error'],
	probeGitLsRemote,
);
