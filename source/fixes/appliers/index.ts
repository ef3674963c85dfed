/**
The fix appliers, one per kind of fix: a kind added to `Fix['kind']` without an applier here does not compile.
*/
import type {Fix} from '../../model/report.js';
import {applyCommandFix} from './command.js';
import {applyGoEnvFix} from './go-env.js';
import {applyInfoFix} from './info.js';
import {applyNetrcFix} from './netrc.js';
import {applyShellFix} from './shell.js';
import type {Applier, ApplyContext, FixOutcome} from './types.js';

export const appliers: Readonly<Record<Fix['kind'], Applier>> = {
	'go-env': applyGoEnvFix,
	shell: applyShellFix,
	command: applyCommandFix,
	info: applyInfoFix,
	netrc: applyNetrcFix,
};

/** Applies a confirmed fix with the applier of its kind. */
export async function applyFix(fix: Fix, context: ApplyContext): Promise<FixOutcome> {
	return appliers[fix.kind](fix, context);
}
