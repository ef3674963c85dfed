import {accessSync, constants} from 'node:fs';
import {homedir} from 'node:os';
import path from 'node:path';
import type {Environment} from './types.js';

/**
Gomod-doctor's state directory, as the journal and the transcripts find it: `$GOMOD_DOCTOR_STATE_DIR`, else
`$XDG_STATE_HOME/gomod-doctor` (absolute only), else `$HOME/.local/state/gomod-doctor` (the account's home directory
when HOME is unset).
*/
export function stateDirectory(env: Environment): string {
	const state = env['GOMOD_DOCTOR_STATE_DIR'];
	if (state !== undefined && state !== '' && path.isAbsolute(state)) {
		return state;
	}

	const xdg = env['XDG_STATE_HOME'];
	if (xdg !== undefined && xdg !== '' && path.isAbsolute(xdg)) {
		return path.join(xdg, 'gomod-doctor');
	}

	const home = env['HOME'];
	return path.join(home !== undefined && home !== '' ? home : homedir(), '.local', 'state', 'gomod-doctor');
}

/** Whether this process may read `file` now (a synchronous check, for a path shown on a screen being drawn). */
export function isReadableNow(file: string): boolean {
	try {
		accessSync(file, constants.R_OK);
		return true;
	} catch {
		return false;
	}
}
