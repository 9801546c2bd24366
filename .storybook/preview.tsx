import type { Decorator, Preview } from '@storybook/react-vite';
import '@helpline-handoff/react/styles.css';
import './preview.css';
import { BRAND_TOKENS, HOST_PAGE, type ThemeName } from '../stories/support/themes.ts';
import { describeInstant, zonedInstant } from '../stories/support/time.ts';

/**
 * The host page every story renders in: the theme (data-theme, or the brand's --hh-* tokens),
 * the writing direction and the language of the hand-off, like a platform page would set them.
 * A caption states the pinned Paris time, so a screenshot says which instant it shows.
 */
const withHostPage: Decorator = (Story, context) => {
  const theme = (context.globals.theme ?? 'light') as ThemeName;
  const dir = (context.globals.dir ?? 'ltr') as 'ltr' | 'rtl';
  const locale = typeof context.args.locale === 'string' && context.args.locale ? context.args.locale : 'fr';
  const parisTime = typeof context.args.parisTime === 'string' ? context.args.parisTime : undefined;
  const caption = context.parameters.hostCaption !== false && parisTime !== undefined;
  return (
    <div
      className={context.viewMode === 'story' ? 'sb-host sb-host-page' : 'sb-host'}
      data-theme={theme === 'dark' ? 'dark' : 'light'}
      data-brand={theme === 'brand' ? 'ripple' : undefined}
      dir={dir}
      style={{ ...HOST_PAGE[theme], ...(theme === 'brand' ? BRAND_TOKENS : {}) }}
    >
      {caption ? (
        <p className="sb-caption" lang="en" dir="ltr">
          Pinned to {describeInstant(zonedInstant(parisTime), 'en-GB')}, Paris time
        </p>
      ) : null}
      <div lang={locale}>
        <Story />
      </div>
    </div>
  );
};

const preview: Preview = {
  decorators: [withHostPage],
  globalTypes: {
    theme: {
      description: 'Theme of the hand-off and its host page',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Platform brand (--hh-* tokens)' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Writing direction of the host page',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr' },
  parameters: {
    layout: 'fullscreen',
    // axe runs after every story, in the browser and in the story tests; a violation fails the test.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'none' },
    docs: { toc: true },
    options: {
      storySort: {
        order: ['Introduction', 'Docs', 'Handoff', ['React', 'Web Component'], 'Flows', 'Helplines'],
      },
    },
  },
};

export default preview;
