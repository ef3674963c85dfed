import type {FlowTranslations} from '../flow-translations.js';

/**
排查流程图的中文文本，按流程图 id 和节点 id 组织。占位符（`{host}`、`{port}`、`{url}`、`{module}`、`{label}`、
`{proxy}`……）必须与英文原文一致，查到译文后再填入。test/unit/i18n-flows.test.ts 会检查每个流程图的每个节点。
*/
export const flows: FlowTranslations = {};
