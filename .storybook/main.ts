import type { StorybookConfig } from '@storybook/react-vite';
import { workspacePackages } from './workspace-packages.ts';

// Belt and braces: `core.disableTelemetry` below covers `storybook dev/build`, the variable
// also covers the Vitest plugin and any CLI call made before main.ts is read.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {
    // No network at run time: no telemetry, no "what's new" feed, no version check.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  // The components come built from dist (see workspace-packages.ts); their props are
  // documented by hand in the stories' argTypes and the MDX pages, so skip docgen.
  typescript: { reactDocgen: false },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      plugins: [workspacePackages()],
      // Built packages sit outside node_modules: let Vite serve them as they are.
      optimizeDeps: { exclude: ['@helpline-handoff/core', '@helpline-handoff/react', '@helpline-handoff/web-component'] },
      build: {
        // Storybook's own preview runtime is one large chunk; that is expected, not a warning.
        chunkSizeWarningLimit: 2000,
        rolldownOptions: {
          onwarn(warning: { code?: string }, warn: (warning: { code?: string }) => void) {
            // react's dist starts with 'use client' for React Server Components; irrelevant in Storybook.
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
            warn(warning);
          },
        },
      },
    });
  },
};

export default config;
