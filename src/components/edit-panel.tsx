import { type ReactNode, type RefObject, useRef, useState } from 'react';

export interface EditPanelState<T> {
  open: boolean;
  /** The record as someone else saved it while this person was editing, once a save has been refused for it. */
  theirs: T | null;
  showTheirs: (record: T | null) => void;
  toggle: RefObject<HTMLButtonElement | null>;
  /** Opens or shuts the form from its button, forgetting an earlier conflict. */
  flip: () => void;
  /** Shuts the form after a save or a cancel, and gives focus back to its button, next to the message. */
  close: () => void;
}

/** The state of a form that opens from a button on a page and edits one versioned record. */
export function useEditPanel<T>(): EditPanelState<T> {
  const [open, setOpen] = useState(false);
  const [theirs, showTheirs] = useState<T | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  return {
    open,
    theirs,
    showTheirs,
    toggle,
    flip: () => {
      showTheirs(null);
      setOpen((shown) => !shown);
    },
    close: () => {
      setOpen(false);
      showTheirs(null);
      toggle.current?.focus();
    },
  };
}

/**
 * A button that shows and hides a form below it, and a status line that says what happened
 * (saving, saved) where a screen reader hears it. The form is rendered only while open, so it
 * starts from the record as it stands each time.
 */
export function EditPanel({
  id,
  open,
  toggle,
  onFlip,
  button,
  status,
  children,
}: {
  id: string;
  open: boolean;
  toggle: RefObject<HTMLButtonElement | null>;
  /** Opens or shuts the form, and resets whatever else an earlier attempt left, such as a failed save's messages. */
  onFlip: () => void;
  button: ReactNode;
  status: string;
  children: ReactNode;
}) {
  return (
    <div>
      <button
        ref={toggle}
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
        aria-expanded={open}
        aria-controls={id}
        onClick={onFlip}
      >
        {button}
      </button>
      <p className="govuk-body" role="status">
        {status}
      </p>
      <div id={id} hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  );
}
