/**
 * After a conflict, puts the other person's values into the boxes of an uncontrolled form that
 * still show what the form opened with, leaving every box the person typed in as they left it.
 * Decision 0012 asks for both: what was typed stays, and a field the person never touched takes
 * the other person's value, so saving again does not quietly put back the old one. React cannot do
 * it by changing `defaultValue`: it marks a box as changed as soon as it fills it, so the browser
 * no longer lets the default through.
 *
 * `shown` and `theirs` give each box's value by its name, as the form shows it.
 */
export function showTheirsWhereUntouched(form: HTMLFormElement | null, shown: Record<string, string>, theirs: Record<string, string>): void {
  if (form === null) return;
  for (const [name, value] of Object.entries(shown)) {
    const control = form.elements.namedItem(name);
    if ((control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) && control.value === value) {
      control.value = theirs[name] ?? '';
    }
  }
}
