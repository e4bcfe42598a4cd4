import { memo, useEffect, useState } from 'react';
import type { SprintNotesDocument } from '../../domain/sprint-notes-document';
import { markdownParts } from '../../domain/sprint-notes-render';
import { SprintNotesDocumentView } from './sprint-notes-document-view';

/** How long one slice of the work may take before the page gets its turn: well under a long task. */
const SLICE_MS = 30;
const PARTS_PER_SLICE = 12;

const PreviewPart = memo(SprintNotesDocumentView);

/**
 * The issue as it will read, drawn a few blocks at a time: an issue of a couple of thousand
 * items takes seconds to write out and draw, and done at once it would freeze the page. Each
 * slice writes a few blocks and gives the browser its turn; the parts already drawn stay while
 * a change is written out again, so the preview does not flicker as the person works.
 */
export function ComposerPreview({ document }: { document: SprintNotesDocument }) {
  const [parts, setParts] = useState<string[]>([]);
  const [total, setTotal] = useState<{ done: boolean; count: number }>({ done: false, count: 0 });

  useEffect(() => {
    const iterator = markdownParts(document, { title: false });
    const written: string[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const slice = () => {
      const start = performance.now();
      let finished = false;
      for (let count = 0; count < PARTS_PER_SLICE && performance.now() - start < SLICE_MS; count += 1) {
        const next = iterator.next();
        if (next.done === true) {
          finished = true;
          break;
        }
        written.push(next.value);
      }
      if (cancelled) return;
      setParts((shown) => (finished ? [...written] : [...written, ...shown.slice(written.length)]));
      setTotal({ done: finished, count: written.length });
      if (!finished) timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [document]);

  const blocks = document.sections.reduce((sum, section) => sum + section.blocks.length, 0);
  return (
    <div>
      <p className="govuk-body-s" role="status">
        {total.done ? '' : `Drawing the preview: ${String(Math.min(total.count, blocks))} of ${String(blocks)} blocks`}
      </p>
      <div className="app-sprint-notes-preview__document">
        {parts.map((part, index) => (
          // Parts are positions in the issue, redrawn in place as it changes.
          <PreviewPart key={index} markdown={part} />
        ))}
      </div>
    </div>
  );
}
