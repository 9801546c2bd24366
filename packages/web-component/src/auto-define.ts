// `import '@helpline-handoff/web-component/define'`: registers <helpline-handoff> on import.
import { define } from './define.js';

define();

export * from './index.js';
