/** The shared stylesheet, inlined as text at build time (tsup `text` loader, Vite `?inline` in tests). */
declare module '@helpline-handoff/core/styles.css' {
  const css: string;
  export default css;
}
