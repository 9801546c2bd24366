/** copyText: the Clipboard API, else the copy command given the number itself, else a selection to copy by hand. */
import { describe, expect, it, vi } from 'vitest';
import { type CopySource, copyText } from '../src/index.js';

type Listener = (event: { clipboardData: { setData(format: string, data: string): void } | null; preventDefault(): void }) => void;

/** A document whose copy command runs its `copy` listeners as a browser does, then copies the data they set, else the selection. */
function page(commandWorks = true) {
  const listeners = new Set<Listener>();
  const state = { selected: undefined as unknown, copied: undefined as string | undefined };
  const node: CopySource = {
    ownerDocument: {
      getSelection: () => ({
        selectAllChildren: (selected: unknown) => {
          state.selected = selected;
        },
      }),
      execCommand: () => {
        if (!commandWorks) throw new Error('not allowed');
        const data = new Map<string, string>();
        let prevented = false;
        for (const listener of listeners)
          listener({
            clipboardData: { setData: (format, text) => data.set(format, text) },
            preventDefault: () => {
              prevented = true;
            },
          });
        state.copied = prevented ? data.get('text/plain') : 'Numéro gratuit : 3018';
        return true;
      },
      addEventListener: (_, listener) => listeners.add(listener),
      removeEventListener: (_, listener) => listeners.delete(listener),
    },
  };
  return { node, state, listeners };
}

describe('copyText', () => {
  it('copies with the Clipboard API when there is one', async () => {
    const { node, state } = page();
    const writeText = vi.fn(async () => {});
    expect(await copyText('3018', node, { writeText })).toBe(true);
    expect(writeText).toHaveBeenCalledWith('3018');
    expect(state.selected).toBeUndefined();
  });

  it.each([
    ['missing', undefined],
    ['denied', { writeText: () => Promise.reject(new Error('denied')) }],
  ])('with the Clipboard API %s, copies the number itself with the copy command, and leaves it selected', async (_, clipboard) => {
    const { node, state, listeners } = page();
    expect(await copyText('3018', node, clipboard)).toBe(true);
    expect(state).toEqual({ selected: node, copied: '3018' });
    expect(listeners.size).toBe(0);
  });

  it('when nothing can copy, resolves false with the number selected to copy by hand', async () => {
    const { node, state, listeners } = page(false);
    expect(await copyText('3018', node, undefined)).toBe(false);
    expect(state.selected).toBe(node);
    expect(listeners.size).toBe(0);
  });
});
