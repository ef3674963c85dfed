import {fromModule} from '../../probes/network-probes.js';
import {probeGitVersion} from '../../probes/probe-git.js';

/** `git --version`: is git on go's PATH, and which? */
export const gitVersionProbe = fromModule('git-version', ['present', 'missing', 'error'], probeGitVersion);
