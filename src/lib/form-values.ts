/** A text field's value from a submitted form; a missing field or a file reads as empty. */
export function textValue(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
