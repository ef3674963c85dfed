/**
Children run in their own process group (`detached: true` makes each one a session and group leader), so that
a deadline or a cancel reaches everything they started: `go` runs `git`, `git` runs `ssh`, and signalling only
the direct child would leave those running. The price of a separate group is that the terminal's Ctrl-C no
longer reaches them, and execa's own clean-up skips detached children; so this module kills every group that is
still alive when this process exits or is told to stop by a signal.
*/

import {unwatchProcessGroup, watchProcessGroup} from './watchdog.js';

const liveGroups = new Set<number>();
const exitSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let exitHookInstalled = false;
let signalHandlersInstalled = false;

/** Sends `signal` to the whole process group led by `pid`. Returns false when the group is already gone. */
export function signalProcessGroup(pid: number, signal: NodeJS.Signals): boolean {
	try {
		process.kill(-pid, signal);
		return true;
	} catch {
		return false;
	}
}

/** Remembers a live group, so that it is killed if this process exits first. */
export function trackProcessGroup(pid: number): void {
	liveGroups.add(pid);
	// A SIGKILL of this process runs none of the hooks below: the watchdog ends the group then.
	watchProcessGroup(pid);
	installHooks();
}

/** Forgets a group whose leader has exited and whose output is drained. */
export function untrackProcessGroup(pid: number): void {
	liveGroups.delete(pid);
	unwatchProcessGroup(pid);
	if (liveGroups.size === 0) {
		uninstallSignalHandlers();
	}
}

function killAllGroups(): void {
	for (const pid of liveGroups) {
		signalProcessGroup(pid, 'SIGKILL');
	}

	liveGroups.clear();
	uninstallSignalHandlers();
}

function onSignal(signal: NodeJS.Signals): void {
	// When this handler is the only one, the signal would otherwise be swallowed: restore the default
	// behaviour (die by that signal) by removing the handler and raising the signal again.
	const onlyHandler = process.listenerCount(signal) === 1;
	killAllGroups();
	if (onlyHandler) {
		process.kill(process.pid, signal);
	}
}

function uninstallSignalHandlers(): void {
	if (!signalHandlersInstalled) {
		return;
	}

	signalHandlersInstalled = false;
	for (const signal of exitSignals) {
		process.removeListener(signal, onSignal);
	}
}

function installHooks(): void {
	if (!exitHookInstalled) {
		exitHookInstalled = true;
		process.on('exit', killAllGroups);
	}

	// Signal handlers only while children run, so that the process's own signal behaviour is untouched otherwise.
	if (!signalHandlersInstalled) {
		signalHandlersInstalled = true;
		for (const signal of exitSignals) {
			process.on(signal, onSignal);
		}
	}
}
