import type { CSSProperties } from 'react';

/** The themes a designer can switch between (toolbar "Theme"). */
export type ThemeName = 'light' | 'dark' | 'brand';

/**
 * "Ripple", a fictional platform, themes the hand-off only through the public `--hh-*` custom
 * properties of packages/core/src/styles.css: no selectors into the component.
 * Contrast: fg on bg 14.9:1, muted on bg 7.3:1, accent-fg on accent 7.6:1, accent on bg 7.4:1.
 */
export const BRAND_TOKENS = {
  '--hh-bg': '#fff7ef',
  '--hh-fg': '#2a1709',
  '--hh-muted': '#5c3d22',
  '--hh-accent': '#8a2f0c',
  '--hh-accent-fg': '#ffffff',
  '--hh-border': '#b07a4f',
  '--hh-focus': '#8a2f0c',
  '--hh-radius': '1.25rem',
  '--hh-control-radius': '999px',
  '--hh-font': 'Georgia, "Times New Roman", serif',
} as CSSProperties;

/** The page around the component: the host's own colours, as a platform would have them. */
export const HOST_PAGE: Record<ThemeName, CSSProperties> = {
  light: { background: '#f4f4f6', color: '#1d1d21' },
  dark: { background: '#0e0e12', color: '#f3f3f5', colorScheme: 'dark' },
  brand: { background: '#f6e9dc', color: '#2a1709' },
};
