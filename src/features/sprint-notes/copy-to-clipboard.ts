// The async Clipboard API is missing outside secure contexts (a server reached over plain http) and
// in older browsers, though the DOM's types say it is always there; ClipboardItem came later still.
// Where it is missing, the older way is to select something on the page and ask the browser to copy it.

type MaybeClipboard = Partial<Pick<Clipboard, 'write' | 'writeText'>>;

function clipboardApi(): MaybeClipboard | undefined {
  return (navigator as { clipboard?: MaybeClipboard }).clipboard;
}

function clipboardItemClass(): typeof ClipboardItem | undefined {
  return (globalThis as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
}

/** Answers false, or throws, when the browser will not copy. */
function execCopy(): boolean {
  try {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- deprecated, but the only way to copy where the Clipboard API is missing
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  }
}

/** Off screen rather than hidden: a hidden element cannot be selected. */
function offScreen(element: HTMLElement): void {
  element.setAttribute('aria-hidden', 'true');
  element.style.position = 'fixed';
  element.style.top = '0';
  element.style.left = '-10000px';
  element.style.width = '600px';
}

/** Copies through a temporary element, then puts focus and the person's own selection back as they were. */
function copyThrough(element: HTMLElement, select: () => void): boolean {
  const focused = document.activeElement;
  const selection = window.getSelection();
  const kept = selection === null ? [] : Array.from({ length: selection.rangeCount }, (_, index) => selection.getRangeAt(index));
  offScreen(element);
  document.body.append(element);
  try {
    select();
    return execCopy();
  } finally {
    element.remove();
    selection?.removeAllRanges();
    for (const range of kept) selection?.addRange(range);
    if (focused instanceof HTMLElement) focused.focus();
  }
}

function copyTextByCommand(text: string): boolean {
  const box = document.createElement('textarea');
  box.value = text;
  box.readOnly = true;
  return copyThrough(box, () => box.select());
}

/**
 * Copies the HTML as rich text by selecting a rendered copy. The HTML is the export,
 * already cut by the renderer's sanitiser to headings, paragraphs, lists, emphasis and web or
 * email links, so drawing it here runs nothing.
 */
function copyHtmlByCommand(html: string): boolean {
  const copy = document.createElement('div');
  copy.innerHTML = html;
  return copyThrough(copy, () => {
    const range = document.createRange();
    range.selectNodeContents(copy);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  });
}

/** Puts plain text on the clipboard; false when the browser would not. */
export async function copyText(text: string): Promise<boolean> {
  const clipboard = clipboardApi();
  if (clipboard?.writeText !== undefined) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, or the page lost focus): the older way may still work.
    }
  }
  return copyTextByCommand(text);
}

/**
 * Puts the HTML on the clipboard as rich text, with a plain text version for where rich text
 * cannot go, so pasting into Medium or an email keeps the headings, lists and links.
 */
export async function copyRichText(html: string, text: string): Promise<boolean> {
  const clipboard = clipboardApi();
  const Item = clipboardItemClass();
  if (clipboard?.write !== undefined && Item !== undefined) {
    try {
      await clipboard.write([
        new Item({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return true;
    } catch {
      // Refused (no permission, or the page lost focus): the older way may still work.
    }
  }
  return copyHtmlByCommand(html);
}
