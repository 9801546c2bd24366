/** The Clipboard API, as `copyText` uses it: `navigator.clipboard`, missing outside secure contexts. */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

/** The `copy` event, as `copyText` fills it. */
interface CopyEventLike {
  clipboardData: { setData(format: string, data: string): void } | null;
  preventDefault(): void;
}

/** The element that shows the number (a DOM element), as `copyText` selects it. */
export interface CopySource {
  ownerDocument: {
    // `never`: a DOM selection takes any DOM node, which a structural type cannot name.
    getSelection(): { selectAllChildren(node: never): void } | null;
    execCommand(command: 'copy'): boolean;
    addEventListener(type: 'copy', listener: (event: CopyEventLike) => void): void;
    removeEventListener(type: 'copy', listener: (event: CopyEventLike) => void): void;
  };
}

/**
 * Copies `text` with `clipboard`, else with the old `copy` command. Either way `text` itself is
 * copied, not what `node` shows ("Numéro gratuit : 3018"), and when both fail `node` stays
 * selected, for the person to copy by hand. Resolves to whether the text was copied.
 */
export async function copyText(text: string, node: CopySource, clipboard: ClipboardLike | undefined): Promise<boolean> {
  try {
    await (clipboard as ClipboardLike).writeText(text); // none: a TypeError, and the fallback
    return true;
  } catch {
    const doc = node.ownerDocument;
    const fill = (event: CopyEventLike): void => {
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
    };
    doc.getSelection()?.selectAllChildren(node as never);
    doc.addEventListener('copy', fill);
    try {
      return doc.execCommand('copy');
    } catch {
      return false;
    } finally {
      doc.removeEventListener('copy', fill);
    }
  }
}
