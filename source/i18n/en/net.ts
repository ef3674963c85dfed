/** §2.1, §2.3 and §3.2: DNS and routing, timeouts and refusals, HTTP(S) proxies, and the shell fixes they offer. */
export const net = {
	dnsSummary: (failing: readonly string[], resolved: readonly string[], kind: 'names' | 'resolver', resolver: string) =>
		`${failing.length === 0 ? 'The hosts go needs' : failing.join(', ')} ${failing.length === 1 ? 'does' : 'do'} not resolve${
			resolved.length === 0 ? '' : `, while ${resolved.join(', ')} ${resolved.length === 1 ? 'does' : 'do'}`
		}: ${
			kind === 'names'
				? 'other names resolve or the resolver answered that this one does not exist, so the name itself is at fault: mistyped, retired, not a valid DNS name, or known only inside another network (a VPN, a company DNS)'
				: 'nothing resolves, so local name resolution is broken'
		}.${resolver === '' ? '' : ` ${resolver}`}`,
	/** A name that does not resolve while others do: check it (typo, VPN), a fix the user carries out. */
	checkName: {
		title: (host: string) => `Check the name ${host}: connect the VPN or correct a typo, then run gomod-doctor again`,
		typoTitle: (host: string, near: string) => `Correct a typo? ${host} is one or two letters from ${near}`,
		detail: (host: string, role: string, near: string | undefined) =>
			`go looks up ${host} (${role}) exactly as the setting spells it, and the resolver here does not know it.${near === undefined ? '' : ` ${near} is a known host: if that is what was meant, correct the setting (go env -w, or your shell profile where the OS environment sets it).`} If the name exists only inside a company network, connect the VPN (or its DNS) and run gomod-doctor again. These commands show the name as go reads it and what the resolver says:`,
	},
	fixResolverTitle: 'Repair name resolution: a nameserver that answers in /etc/resolv.conf',
	fixResolverDetail: (resolver: string) =>
		`${resolver} Check what manages that file (NetworkManager, systemd-resolved: resolvectl status; a VPN client; WSL's generateResolvConf), then test with getent hosts proxy.golang.org. gomod-doctor changes nothing here: the file belongs to the system.`,
	proxyFinding: (summary: string, detail: string) => `${summary} ${detail}`,
	noProxyFix: {
		title: (hosts: string) => `Send ${hosts} direct: add it to NO_PROXY`,
		detail: (hosts: string) =>
			`go then connects to ${hosts} itself instead of asking the proxy, which cannot reach it (an internal host). Checked by running go with the line applied; add the line to your shell profile.`,
	},
	unsetFix: {
		title: (names: string) => `Unset ${names}: go connects directly`,
		detail: (proxy: string) =>
			`${proxy} does not work for go here. Checked by running go without the variable; remove it where your shell profile sets it.`,
	},
	credentialsFix: {
		title: 'Give the proxy its credentials (user:password in the proxy URL)',
		detail: (challenge: string, line: string) =>
			`The proxy asks for credentials${challenge === '' ? '' : ` (${challenge})`}. go sends them as Proxy-Authorization: Basic when the proxy URL holds them: ${line}, with your own user name and password (percent-encode @, : and / in them). gomod-doctor cannot know them, so it cannot check this line.`,
	},
	exportFix: {
		title: (names: string, from: string) => `Export ${names} in the environment go runs in (${from} has no effect on go)`,
		detail: (from: string) =>
			`go reads its proxy only from the OS environment: ${from}. Checked by running go with the lines applied; add them to your shell profile.`,
	},
	fromAllProxy: 'ALL_PROXY, which go never reads',
	fromGoenv: 'the GOENV file, which go env -w refuses for these variables',
	fromProfile: (file: string) => `${file}, which this shell has not read`,
	shellQuestion: 'Check them? [y/N]',
	shellConfirm: 'Checks these lines by running go with them (an empty module cache); nothing on your machine is changed.',
	shellFixed: (argv: string, took: string) =>
		`With these lines, ${argv} succeeds with an empty module cache (${took}). None of your settings was changed: add the lines to your shell profile (go env cannot hold these variables), then open a new shell.`,
	shellNotFixed: (headline: string) => `Even with these lines go still fails: ${headline}. None of your settings was changed.`,
	shellLinesTitle: 'For your shell profile (~/.bashrc, ~/.zshrc, …):',
	shellNothing: 'This fix has no lines to check.',
} as const;
