import {findFlow} from '../diagnose/investigations.js';
import {renderMermaid} from '../flow/render-mermaid.js';
import type {TextTree} from '../i18n/message.js';
import type {SessionState} from './reduce-session.js';

/** One mermaid diagram per walk, the path taken highlighted: what the transcript shows, in `tree`'s words. */
export function walkDiagrams(state: SessionState, tree: TextTree): Array<{title: string; mermaid: string}> {
	return state.walks.flatMap(({walk}) => {
		const flow = findFlow(walk.flow);
		return flow === undefined
			? []
			: [
					{
						title: `${walk.subject.label}${walk.phase === 'done' ? `: ${walk.verdict}` : ''}`,
						mermaid: renderMermaid(flow, {tree, subject: walk.subject, visits: walk.visits, current: walk.current}),
					},
				];
	});
}
