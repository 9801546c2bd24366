/**
 * Copies `text`: the Clipboard API where allowed (secure contexts), else the old `copy`
 * command on a selection of `node`. Either way the number ends up selected when copying fails,
 * so the person can copy it by hand. Resolves to whether the text was copied.
 */
export async function copyNumber(text: string, node: Node | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return selectAndCopy(node);
  }
}

function selectAndCopy(node: Node | null): boolean {
  const doc = node?.ownerDocument;
  const selection = doc?.getSelection();
  if (!node || !doc || !selection) return false;
  const range = doc.createRange();
  range.selectNodeContents(node);
  selection.removeAllRanges();
  selection.addRange(range);
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  }
}
